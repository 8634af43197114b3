package org.ilo.sstc.ingest.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.text.Fold;

/**
 * Finds the footnotes at the end of a flattened PDF page: a line starting with a number whose marker
 * is glued to a word higher on the same page ("(WB-6)1,"), continued up to the page end. Marks those
 * lines FOOTNOTE without their number and removes the markers from the running text.
 */
final class Footnotes {

    private static final Pattern START = Pattern.compile("(\\d{1,3})\\s+(\\S.*)");
    /** Footnotes are short: a candidate further up than this many lines from the page end is running text. */
    private static final int MAX_LINES = 12;
    /** A word in capitals glued to a number is a name ("COVID19", "G20"), not a footnote marker. */
    private static final Pattern CAPITALS_WORD = Pattern.compile("\\p{Lu}[\\p{Lu}-]*");

    private Footnotes() {
    }

    /**
     * Marks the footnotes of {@code page}; their markers are on it or, for a note the word processor pushed
     * over with the end of its paragraph, on the {@code previous} page (null for the first).
     */
    static void mark(PageDraft page, PageDraft previous) {
        if (!page.hasNumber()) {
            return;
        }
        List<Integer> body = page.bodyLines();
        int from = Math.max(Math.max(1, body.size() - MAX_LINES), body.size() / 2);
        for (int k = from; k < body.size(); k++) {
            Matcher start = START.matcher(page.text(body.get(k)));
            if (start.matches() && (removeMarker(page, body.subList(0, k), start.group(1), start.group(2))
                    || previous != null && removeMarker(previous, previous.bodyLines(), start.group(1), start.group(2)))) {
                markFootnotes(page, body.subList(0, k), body.subList(k, body.size()));
                return;
            }
        }
    }

    private static void markFootnotes(PageDraft page, List<Integer> above, List<Integer> block) {
        for (int k = 0; k < block.size(); k++) {
            int line = block.get(k);
            Matcher start = START.matcher(page.text(line));
            // The first line's marker is already gone; a later numbered line is a new footnote only if its marker exists.
            if (start.matches() && (k == 0 || removeMarker(page, above, start.group(1), start.group(2)))) {
                page.setText(line, start.group(2));
            }
            page.mark(line, LineRole.FOOTNOTE);
        }
    }

    /**
     * Removes the first marker {@code number} glued to a word in {@code lines}; false when there is none. A
     * word in capitals takes a marker only when the footnote, starting {@code note}, names it or spells it out
     * ("CEDEAO1" and "1 La CEDEAO regroupe ...", "PALOP1" and "1 Países Africanos de Língua Oficial
     * Portuguesa"): otherwise the digits are part of a name ("COVID19", "G20").
     */
    private static boolean removeMarker(PageDraft page, List<Integer> lines, String number, String note) {
        Pattern afterWord = Pattern.compile("(?<=\\p{L}|[)\\]\u201D\u2019\"']|\\p{L}[.,;:])" + number + "(?![\\d\\p{L}])");
        // "observed in 2025,4 against …": after a number and its punctuation only where no word carries the
        // marker, as "3,4 millions" is a decimal number in most languages.
        Pattern afterNumber = Pattern.compile("(?<=\\d[.,;:])" + number + "(?=\\s)");
        // "septiembre de 20251": a year of this century or the last, the marker glued to it, where nothing else has it.
        Pattern afterYear = Pattern.compile("(?<=(?<![\\d.,])(?:19|20)\\d\\d)" + number + "(?![\\d\\p{L}])");
        return removeMarker(page, lines, afterWord, note) || removeMarker(page, lines, afterNumber, note)
                || removeMarker(page, lines, afterYear, note);
    }

    private static boolean removeMarker(PageDraft page, List<Integer> lines, Pattern marker, String note) {
        String noteKey = Fold.key(note);
        String initials = Fold.key(initials(note));
        for (int line : lines) {
            String text = page.text(line);
            Matcher m = marker.matcher(text);
            while (m.find()) {
                String word = wordBefore(text, m.start());
                String acronym = Fold.key(word);
                if (!CAPITALS_WORD.matcher(word).matches()
                        || !acronym.isEmpty() && (noteKey.contains(acronym) || initials.contains(acronym))) {
                    page.setText(line, text.substring(0, m.start()) + text.substring(m.end()));
                    return true;
                }
            }
        }
        return false;
    }

    /** The first letters of the capitalised words of {@code text}: what an acronym of it would be. */
    private static String initials(String text) {
        StringBuilder letters = new StringBuilder();
        for (String word : text.split("[\\s\\p{Punct}’]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                letters.appendCodePoint(word.codePointAt(0));
            }
        }
        return letters.toString();
    }

    private static String wordBefore(String text, int end) {
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }
}
