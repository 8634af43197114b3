package org.ilo.sstc.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;

/**
 * Notes typed with asterisks instead of word-processor footnotes: a mark right after a word ("puntos.*",
 * "prueba.**") and, further down the same cell or text, a paragraph opening with as many asterisks ("* La lista
 * retoma …"). Such a paragraph is a footnote of the practice, not content, and the mark is no part of the text.
 * A "* item" line with no mark before it stays what it is (a typed bullet).
 */
final class AsteriskNotes {

    /** A note's opening: one to three asterisks, a space, its text. */
    private static final Pattern NOTE_START = Pattern.compile("^\\s*(\\*{1,3})\\s+(?=\\S)");
    /** Where a wrapped line of flattened text may end a note: a sentence's end. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?)»”]\\s*$");

    private AsteriskNotes() {
    }

    /** {@code practices}, each with its asterisk notes marked as footnotes and their marks taken off the text. */
    static List<PracticeSegment> mark(List<PracticeSegment> practices) {
        return practices.stream().map(AsteriskNotes::mark).toList();
    }

    private static PracticeSegment mark(PracticeSegment practice) {
        List<Block> blocks = new ArrayList<>(practice.blocks().size());
        List<TextLine> run = new ArrayList<>();
        boolean changed = false;
        int[] count = {0};
        for (Block block : practice.blocks()) {
            if (block instanceof TextLine line) {
                run.add(line);
                continue;
            }
            changed |= flush(run, blocks, count);
            TableRow row = (TableRow) block;
            List<Cell> cells = new ArrayList<>(row.cells().size());
            boolean rowChanged = false;
            for (Cell cell : row.cells()) {
                List<TextLine> lines = new ArrayList<>(cell.lines());
                boolean cellChanged = markRun(lines, count);
                cells.add(cellChanged ? new Cell(lines) : cell);
                rowChanged |= cellChanged;
            }
            blocks.add(rowChanged ? new TableRow(cells, row.page()) : row);
            changed |= rowChanged;
        }
        changed |= flush(run, blocks, count);
        return changed ? new PracticeSegment(practice.heading(), blocks, practice.firstPage(), practice.lastPage()) : practice;
    }

    private static boolean flush(List<TextLine> run, List<Block> blocks, int[] count) {
        boolean changed = markRun(run, count);
        blocks.addAll(run);
        run.clear();
        return changed;
    }

    /** Marks the asterisk notes of one run of lines (a cell, or the text between tables) in place. */
    private static boolean markRun(List<TextLine> lines, int[] count) {
        boolean changed = false;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            Matcher start = line.role() == LineRole.BODY ? NOTE_START.matcher(line.text()) : null;
            if (start == null || !start.lookingAt()) {
                continue;
            }
            int marked = lineWithMark(lines, i, start.group(1).length());
            if (marked < 0) {
                continue;
            }
            lines.set(marked, withoutMark(lines.get(marked), start.group(1).length()));
            // Numbered as footnotes are read ("1 La lista …"), so that the note's own mark goes with its number.
            lines.set(i, line.withText(++count[0] + " " + line.text().substring(start.end())).withRole(LineRole.FOOTNOTE));
            while (i + 1 < lines.size() && continuesNote(lines.get(i), lines.get(i + 1))) {
                i++;
                lines.set(i, lines.get(i).withRole(LineRole.FOOTNOTE));
            }
            changed = true;
        }
        return changed;
    }

    /** The last body line before {@code note} that holds a mark of {@code stars} asterisks; -1 when none does. */
    private static int lineWithMark(List<TextLine> lines, int note, int stars) {
        Pattern mark = mark(stars);
        for (int j = note - 1; j >= 0; j--) {
            if (lines.get(j).role() == LineRole.BODY && mark.matcher(lines.get(j).text()).find()) {
                return j;
            }
        }
        return -1;
    }

    /** "puntos.*" but not the first two of "prueba.***": exactly {@code stars} asterisks right after a word or its punctuation. */
    private static Pattern mark(int stars) {
        return Pattern.compile("(?<=[\\p{L}\\p{N}.,;:)»”’\"])\\*{" + stars + "}(?!\\*)");
    }

    private static TextLine withoutMark(TextLine line, int stars) {
        Matcher m = mark(stars).matcher(line.text());
        m.find();
        return line.withText(line.text().substring(0, m.start()) + line.text().substring(m.end()));
    }

    /** Whether {@code next} goes on with the note {@code previous} belongs to: a wrapped line, not a note of its own. */
    private static boolean continuesNote(TextLine previous, TextLine next) {
        if (next.role() != LineRole.BODY || next.text().isBlank() || NOTE_START.matcher(next.text()).lookingAt()) {
            return false;
        }
        return next.start() == LineStart.WRAPPED
                || next.start() == LineStart.UNKNOWN && !SENTENCE_END.matcher(previous.text()).find();
    }
}
