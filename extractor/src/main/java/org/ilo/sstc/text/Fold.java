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

    /** The letters and digits of {@code text}, folded: the key two spellings of one name share ("WB-6" → "wb6"). */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return false;
            }
        }
        return true;
    }

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
