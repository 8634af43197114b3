package org.ilo.sstc.layout;

import java.util.regex.Pattern;

/** Where one footnote ends and the next begins among the footnote lines at a page's foot: at its number or mark. */
public final class FootnoteStart {

    private static final Pattern MARK = Pattern.compile("^\\s*(?:\\d{1,3}|[*†‡§])\\s*(?=\\S)");
    /** A footnote's own number before its text; two digits at most, so a year stays. */
    public static final Pattern NUMBER = Pattern.compile("^\\s*\\d{1,2}\\s+(?=\\p{L})");

    private FootnoteStart() {
    }

    /** Whether the footnote line {@code line} opens a footnote of its own, after another footnote's lines. */
    public static boolean opensNote(TextLine line) {
        boolean paragraph = line.start() == LineStart.PARAGRAPH || NUMBER.matcher(line.text()).find();
        return paragraph && MARK.matcher(line.text()).find();
    }
}
