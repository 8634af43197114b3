package org.ilo.sstc.ingest.word;

/** Writes list numbers the way Word shows them (1, a, iv, ...), for the visible marker of list items. */
final class ListNumbers {
    /** The marker every bulleted item gets, whatever glyph the document uses. */
    static final String BULLET = "-";

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

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
            case "lowerRoman" -> roman(n);
            case "upperRoman" -> roman(n).toUpperCase(java.util.Locale.ROOT);
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

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        StringBuilder sb = new StringBuilder();
        int rest = n;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                sb.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return sb.toString();
    }
}
