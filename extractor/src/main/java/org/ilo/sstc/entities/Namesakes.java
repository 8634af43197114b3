package org.ilo.sstc.entities;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words that make a country's name part of another proper name, from a profile's {@code [namesake-heads]}
 * ("Lake" Chad, "Gulf of" Guinea, "Port of" Spain) and {@code [namesake-tails]} (Kenya "Airways", Niger "Delta"):
 * the place, body or company is named after the country and is no mention of it. Immutable.
 */
final class Namesakes {

    /** Each head as its folded words ("gulf of" → [gulf, of]). */
    private final List<List<String>> heads;
    private final Set<String> tails;

    Namesakes(List<String> heads, List<String> tails) {
        this.heads = heads.stream().map(Namesakes::foldedWords).filter(w -> !w.isEmpty()).toList();
        this.tails = tails.stream().map(Namesakes::foldedWords).filter(w -> w.size() == 1).map(w -> w.get(0))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** True when a head ends right before word {@code from} of {@code words} or a tail follows word {@code to} - 1. */
    boolean around(String text, List<Word> words, int from, int to) {
        if (to < words.size() && tails.contains(words.get(to).folded()) && PlaceGazetteer.isGap(text, words.get(to - 1).end(), words.get(to).begin())) {
            return true;
        }
        for (List<String> head : heads) {
            int start = from - head.size();
            if (start >= 0 && matches(head, text, words, start, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<String> head, String text, List<Word> words, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!words.get(i).folded().equals(head.get(i - start))
                    || !PlaceGazetteer.isGap(text, words.get(i).end(), words.get(i + 1).begin())) {
                return false;
            }
        }
        return true;
    }

    private static List<String> foldedWords(String phrase) {
        return Word.split(phrase).stream().map(Word::folded).toList();
    }
}
