package org.ilo.sstc.fields;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a hyphen at a line end is part of the word ("South-" + "South", "gender-" +
 * "based") or only broke the word for the line ("Agricul-" + "ture"). Real documents mostly carry
 * real hyphens, so the hyphen is kept unless the document itself writes the joined word elsewhere
 * or the second part is only a word ending (the profile's {@code [hyphen-endings]}).
 */
final class Hyphenation {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private final Set<String> vocabulary;
    /** Word endings that are never words on their own, so a line break before them split a word. */
    private final Set<String> endings;

    /**
     * @param vocabulary lower-case words the surrounding text uses without a hyphen
     * @param endings    lower-case word endings that never stand alone
     */
    Hyphenation(Set<String> vocabulary, Set<String> endings) {
        this.vocabulary = Set.copyOf(vocabulary);
        this.endings = Set.copyOf(endings);
    }

    /** The words of {@code text}, lower case, for use as vocabulary. */
    static Set<String> vocabularyOf(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * Joins a line ending in a letter and '-' with the next line starting with a letter.
     *
     * @param before the text before the hyphen (the hyphen removed)
     * @param after  the next line's text
     */
    String join(String before, String after) {
        String head = lastWord(before).toLowerCase(Locale.ROOT);
        String tail = firstWord(after);
        String lowerTail = tail.toLowerCase(Locale.ROOT);
        // Both halves words of their own ("on-" + "line", "peer-" + "learning"): a compound, even where the
        // text also writes it solid elsewhere.
        boolean compound = vocabulary.contains(head) && vocabulary.contains(lowerTail);
        boolean splitWord = !tail.isEmpty() && Character.isLowerCase(tail.charAt(0)) && head.length() >= 2 && !compound
                && (vocabulary.contains(head + lowerTail) || endings.contains(lowerTail));
        return before + (splitWord ? "" : "-") + after;
    }

    private static String lastWord(String text) {
        int i = text.length();
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i);
    }

    private static String firstWord(String text) {
        int i = 0;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(0, i);
    }
}
