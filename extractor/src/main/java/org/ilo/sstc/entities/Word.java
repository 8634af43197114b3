package org.ilo.sstc.entities;

import org.ilo.sstc.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of letters and digits in a text, with its offsets. Everything else (spaces, hyphens,
 * apostrophes, dots, commas) separates words, so "Costa-Rica", "Costa Rica" and "Bosnia and,Herzegovina"
 * give the same words as their clean spelling; '&' is the word "and".
 *
 * @param text   the characters as written
 * @param folded lower case without accents
 * @param begin  offset of the first character
 * @param end    offset after the last character
 */
record Word(String text, String folded, int begin, int end) {

    /** The words of {@code text} in order. */
    /** Folded words separated by single spaces ("Mr.  José-Luis" → "mr jose luis"). */
    static String foldedWords(String text) {
        StringBuilder out = new StringBuilder();
        for (Word word : split(text)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.folded());
        }
        return out.toString();
    }

    static List<Word> split(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '&') {
                words.add(new Word("&", "and", i, i + 1));
                i++;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
                String raw = text.substring(start, i);
                words.add(new Word(raw, Fold.fold(raw), start, i));
            } else {
                i++;
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** True when the word starts with an upper-case letter or a digit. */
    boolean capitalised() {
        char first = text.charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first);
    }

    /** True when the word has letters and all of them are upper case ("ILO", "WB6"). */
    boolean allCaps() {
        return isAllCaps(text);
    }

    /** True when {@code text} has letters and all of them are upper case. */
    static boolean isAllCaps(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }
}
