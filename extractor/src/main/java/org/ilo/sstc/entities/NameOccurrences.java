package org.ilo.sstc.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.text.Fold;

/**
 * Where a person's name occurs in a folded text: in natural order ("jordan mwale"), surname first before a
 * comma ("mwale, jordan", "da silva gomes, albertina"), or surname first in capitals ("TCHAD Amina"), as
 * contact rows and lists of authors write it.
 */
final class NameOccurrences {
    private NameOccurrences() {
    }

    private static final String BETWEEN_WORDS = "[^\\p{L}\\p{N}]+";
    private static final String COMMA = "[^\\p{L}\\p{N},]*,[^\\p{L}\\p{N}]*";

    /** The pattern of the name whose folded words are {@code words}, in either order, as whole words. */
    static Pattern pattern(List<String> words) {
        List<String> forms = new ArrayList<>();
        forms.add(join(words));
        for (int given = 1; given < words.size(); given++) {
            forms.add(join(words.subList(given, words.size())) + COMMA + join(words.subList(0, given)));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", forms) + ")(?![\\p{L}\\p{N}])");
    }

    /** The offsets of every occurrence of {@code name} in {@code text} (offsets of {@code text} itself). */
    static List<int[]> spans(String name, String text) {
        List<String> words = Word.split(name).stream().map(Word::folded).toList();
        List<int[]> spans = new ArrayList<>();
        if (words.isEmpty()) {
            return spans;
        }
        String folded = Fold.foldKeepingOffsets(text);
        Matcher m = pattern(words).matcher(folded);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        // "TCHAD Amina — coordinatrice …": surname first without a comma, the surname in capitals.
        for (int given = 1; given < words.size(); given++) {
            Matcher reversed = Pattern.compile("(?<![\\p{L}\\p{N}])" + join(words.subList(given, words.size())) + BETWEEN_WORDS
                    + join(words.subList(0, given)) + "(?![\\p{L}\\p{N}])").matcher(folded);
            while (reversed.find()) {
                String surname = text.substring(reversed.start(), reversed.start() + words.get(given).length());
                if (surname.codePoints().noneMatch(Character::isLowerCase)) {
                    spans.add(new int[] {reversed.start(), reversed.end()});
                }
            }
        }
        return spans;
    }

    private static String join(List<String> words) {
        List<String> quoted = words.stream().map(Pattern::quote).toList();
        return String.join(BETWEEN_WORDS, quoted);
    }
}
