package org.ilo.sstc.model;

/**
 * The characters no output may hold: C0 controls other than tab, line feed and carriage return, DEL, C1 controls, unpaired surrogates and the non-characters U+FFFE and U+FFFF. A damaged
 * file's NUL bytes would otherwise reach the JSON, where consumers choke on them.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** {@code text} without the characters no output may hold; the same instance when it has none. */
    public static String strip(String text) {
        return strip(text, '\t');
    }

    /** {@code text} without the characters no output may hold except {@code kept} (a reader's page break). */
    public static String strip(String text, char kept) {
        if (text == null || count(text, kept) == 0) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (c == kept || !forbidden(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /** How many characters of {@code text} no output may hold. */
    public static int count(String text) {
        return count(text, '\t');
    }

    /** How many characters of {@code text} no output may hold, {@code kept} excepted. */
    public static int count(String text, char kept) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (c != kept && forbidden(c)) {
                count++;
            }
        }
        return count;
    }

    private static boolean forbidden(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return c == 0x7F || c >= 0x80 && c <= 0x9F || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }
}
