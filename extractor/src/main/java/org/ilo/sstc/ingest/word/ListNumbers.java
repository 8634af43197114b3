package org.ilo.sstc.ingest.word;

import org.ilo.sstc.text.RomanNumerals;

/** Writes list numbers the way Word shows them (1, a, iv, ...), for the visible marker of list items. */
final class ListNumbers {
    /** The marker every bulleted item gets, whatever glyph the document uses. */
    static final String BULLET = "-";

    private ListNumbers() {
    }

    /** {@code n} in the OOXML number format {@code format} (w:numFmt values; unknown formats as decimal). */
    static String format(int n, String format) {
        if (format == null) {
            return Integer.toString(n);
        }
        return switch (format) {
            case "lowerLetter" -> letters(n);
            case "upperLetter" -> letters(n).toUpperCase(java.util.Locale.ROOT);
            case "lowerRoman" -> RomanNumerals.format(n);
            case "upperRoman" -> RomanNumerals.format(n).toUpperCase(java.util.Locale.ROOT);
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "bullet", "none" -> "";
            default -> Integer.toString(n);
        };
    }

    /** Word repeats the letter past z: a..z, aa..zz, aaa... */
    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char letter = (char) ('a' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }
}
