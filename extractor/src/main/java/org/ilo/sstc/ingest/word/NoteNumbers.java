package org.ilo.sstc.ingest.word;

import java.util.ArrayList;
import java.util.List;
import org.ilo.sstc.layout.TextLine;

/**
 * A Word note's lines with its number before the first ("3 El SICA …"), as printed pages give notes: Word keeps the
 * number apart from the note's text, and without it two notes read in a row (two marks in one paragraph, or two
 * practices' notes together) would run into one.
 */
final class NoteNumbers {

    private NoteNumbers() {
    }

    /** {@code lines} of note {@code number}, the number before the first line where the note opens with a letter. */
    static List<TextLine> numbered(List<TextLine> lines, int number) {
        String first = lines.isEmpty() ? "" : lines.get(0).text().strip();
        if (first.isEmpty() || !Character.isLetter(first.codePointAt(0))) {
            return lines;
        }
        List<TextLine> numbered = new ArrayList<>(lines);
        numbered.set(0, lines.get(0).withText(number + " " + first));
        return numbered;
    }
}
