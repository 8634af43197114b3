package org.ilo.sstc.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.text.Fold;

/**
 * Where a person's name occurs in a folded text: in natural order ("jordan mwale") or surname first before a
 * comma ("mwale, jordan", "da silva gomes, albertina"), as contact rows and lists of authors write it.
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
        Matcher m = pattern(words).matcher(Fold.foldKeepingOffsets(text));
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    private static String join(List<String> words) {
        List<String> quoted = words.stream().map(Pattern::quote).toList();
        return String.join(BETWEEN_WORDS, quoted);
    }
}
