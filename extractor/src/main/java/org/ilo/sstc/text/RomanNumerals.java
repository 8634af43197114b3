package org.ilo.sstc.text;

import java.util.OptionalInt;

/** Roman numerals, lower case, as Word numbers list items ("iv") and as some offices number practices ("III"). */
public final class RomanNumerals {

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] DIGITS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    /** The largest number read: a practice heading numbers with I, V, X and L, up to LXXXIX. */
    private static final int MAX_PARSED = 89;

    private RomanNumerals() {
    }

    /** {@code n} in lower-case Roman numerals; in digits when 0, negative or 4000 and over. */
    public static String format(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        StringBuilder sb = new StringBuilder();
        int rest = n;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                sb.append(DIGITS[i]);
                rest -= VALUES[i];
            }
        }
        return sb.toString();
    }

    /** The number {@code text} writes in Roman numerals, in either case and in the standard form only; empty otherwise. */
    public static OptionalInt parse(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (int n = 1; n <= MAX_PARSED; n++) {
            if (format(n).equals(lower)) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }
}
