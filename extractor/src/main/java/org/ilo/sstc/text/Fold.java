package org.ilo.sstc.text;

import java.text.Normalizer;
import java.util.Locale;

/** Accent- and case-insensitive forms of text, for comparing names as people write them. */
public final class Fold {
    private Fold() {
    }

    /** {@code text} lower-cased without accents ("Perú" → "peru", "Karslı" → "karsli"). */
    public static String fold(String text) {
        if (isPlainAscii(text)) {
            // Most words of English documents: nothing to decompose, and far cheaper than normalising.
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(switch (c) {
                // Letters NFKD does not decompose into a base letter and a mark.
                case 'ı' -> "i";
                case 'ø', 'Ø' -> "o";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                case 'ß' -> "ss";
                case 'đ', 'Đ' -> "d";
                case 'ł', 'Ł' -> "l";
                case '’', '‘', 'ʼ' -> "'";
                default -> String.valueOf(Character.toLowerCase(c));
            });
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code text} lower-cased without accents, character for character, so that an offset into the result
     * is an offset into {@code text} ("ÁFRICA" → "africa"); letters that fold to two ("æ") are only lower-cased.
     */
    public static String foldKeepingOffsets(String text) {
        if (isPlainAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String base = c < 128 ? null : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char folded = base != null && !base.isEmpty() ? base.charAt(0) : c;
            // Only a base letter followed by marks is an accented letter; other decompositions stay as they are.
            if (base != null && (base.length() == 1 || !base.substring(1).chars().allMatch(m -> Character.getType(m) == Character.NON_SPACING_MARK))) {
                folded = c;
            }
            char lower = Character.toLowerCase(folded);
            // Typographic apostrophes as fold() writes them: "l’Est" finds "l'Est".
            out[i] = Character.isSurrogate(c) ? c : c == '’' || c == '‘' || c == 'ʼ' ? '\'' : lower;
        }
        return new String(out);
    }

    /** Unicode spaces (no-break, thin, ideographic) and tabs as ' ', character for character (offsets kept). */
    public static String plainSpaces(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && isSpace(c)) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = ' ';
            }
        }
        return out == null ? text : new String(out);
    }

    private static boolean isSpace(char c) {
        return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F'
                || c == '\u3000' || c == '\t';
    }

    /** Unicode spaces as ' ' and Unicode dashes and hyphens as '-' or '–', character for character (offsets kept). */
    public static String plainSpacesAndDashes(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char plain = c;
            if (isSpace(c)) {
                plain = ' ';
            } else if (c == '\u2010' || c == '\u2011') {
                plain = '-';
            } else if (c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2212' || c == '\uFE58'
                    || c == '\uFE63' || c == '\uFF0D') {
                plain = '–';
            }
            if (plain != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = plain;
            }
        }
        return out == null ? text : new String(out);
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The letters and digits of {@code text}, folded: the key two spellings of one name share ("WB-6" → "wb6"). */
    public static String key(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
