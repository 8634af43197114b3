package org.ilo.sstc.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Regular-expression fragments made from word lists, so that patterns keep their words in data files. */
public final class WordPatterns {
    private WordPatterns() {
    }

    /**
     * A non-capturing group matching any of {@code words} as written: each quoted, its inner spaces
     * matching any run of white space, longest first so that "as well as" wins over "as". An empty list
     * gives a group that never matches.
     */
    public static String alternation(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> parts = new ArrayList<>();
        for (String word : sorted) {
            String[] pieces = word.strip().split("\\s+");
            List<String> quoted = new ArrayList<>();
            for (String piece : pieces) {
                quoted.add(Pattern.quote(piece));
            }
            parts.add(String.join("\\s+", quoted));
        }
        return parts.isEmpty() ? "(?!)" : "(?:" + String.join("|", parts) + ")";
    }

    /**
     * {@link #alternation} between word boundaries: not inside a longer word ("and" not in "band"). A word
     * that ends in an apostrophe is whole before the next word's letters ("l'" in "l'Inde").
     */
    public static String wholeWords(List<String> words) {
        return "(?<![\\p{L}\\p{N}])" + alternation(words) + "(?:(?<=['’])|(?![\\p{L}\\p{N}]))";
    }
}
