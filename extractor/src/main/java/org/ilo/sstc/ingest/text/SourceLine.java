package org.ilo.sstc.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A non-blank line of a plain-text file, as the file has it: leading spaces kept (they are signals in
 * text Tika flattened from a PDF), trailing ones removed.
 *
 * @param text            the line without line end and trailing whitespace
 * @param blanksBefore    how many blank lines precede it
 * @param pageBreakBefore a form feed precedes it (text from pdftotext and similar tools)
 */
record SourceLine(String text, int blanksBefore, boolean pageBreakBefore) {

    /** Splits {@code text} into its non-blank lines; \r\n, \r and \n end lines, a form feed also breaks the page. */
    static List<SourceLine> split(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int blanks = 0;
        boolean pageBreak = false;
        for (String raw : text.split("\r\n|\r|\n", -1)) {
            String rest = raw;
            int formFeed;
            while ((formFeed = rest.indexOf('\f')) >= 0) {
                String before = rest.substring(0, formFeed);
                if (!before.isBlank()) {
                    lines.add(new SourceLine(before.stripTrailing(), blanks, pageBreak));
                    blanks = 0;
                }
                pageBreak = true;
                rest = rest.substring(formFeed + 1);
            }
            if (rest.isBlank()) {
                blanks++;
            } else {
                lines.add(new SourceLine(rest.stripTrailing(), blanks, pageBreak));
                blanks = 0;
                pageBreak = false;
            }
        }
        return lines;
    }

    /** The text without leading and trailing whitespace. */
    String stripped() {
        return text.strip();
    }

    /** True when the line starts with exactly one space: Tika's mark of the first line of a PDF page. */
    boolean startsWithSingleSpace() {
        return text.length() > 1 && text.charAt(0) == ' ' && !Character.isWhitespace(text.charAt(1));
    }
}
