package org.ilo.sstc.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.profile.Profiles;
import org.ilo.sstc.profile.WordSet;
import org.ilo.sstc.text.Fold;

/**
 * Notes a practice lists at its own end under a heading ("Notes" / "1. The coaching guide …" / "2. …"), as
 * publications laid out without word-processor footnotes print them: the lines after the heading are the
 * practice's footnotes, not its last row's content, and their marks typed after words of the text ("workers.2")
 * are no part of it.
 */
final class PracticeNotes {

    /** A note's number as typed, "1." or "1)" or "1", then its text. */
    private static final Pattern NOTE_START = Pattern.compile("^\\s*+(\\d{1,2})[.)]?\\s++(?=\\S)");

    /** Folded headings of such lists: "notes", "notas". */
    private final Set<String> headings;

    PracticeNotes(Profiles profiles) {
        Set<String> words = new HashSet<>();
        profiles.union(WordSet.NOTES_HEADINGS).forEach(w -> words.add(Fold.fold(w)));
        this.headings = Set.copyOf(words);
    }

    /** {@code practices}, each with the notes listed at its end marked as footnotes. */
    List<PracticeSegment> mark(List<PracticeSegment> practices) {
        List<PracticeSegment> result = new ArrayList<>(practices.size());
        for (PracticeSegment practice : practices) {
            result.add(mark(practice));
        }
        return result;
    }

    private PracticeSegment mark(PracticeSegment practice) {
        List<Block> blocks = practice.blocks();
        int heading = notesHeading(blocks);
        if (heading < 0) {
            return practice;
        }
        List<Block> marked = new ArrayList<>(blocks.subList(0, heading));
        List<String> numbers = new ArrayList<>();
        for (Block block : blocks.subList(heading + 1, blocks.size())) {
            TextLine line = (TextLine) block;
            if (line.role() != LineRole.BODY) {
                marked.add(line);
                continue;
            }
            Matcher start = NOTE_START.matcher(line.text());
            String next = Integer.toString(numbers.size() + 1);
            if (start.lookingAt() && start.group(1).equals(next)) {
                numbers.add(next);
                // The number alone before the text, as footnotes are read: "2 Firms with …".
                line = line.withText(next + " " + line.text().substring(start.end()));
            }
            marked.add(line.withRole(LineRole.FOOTNOTE));
        }
        for (String number : numbers) {
            withoutFirstMark(marked, number);
        }
        return new PracticeSegment(practice.heading(), marked, practice.firstPage(), practice.lastPage());
    }

    /**
     * The last line of the practice that is a notes heading, with only text lines after it, the first of them
     * note 1; -1 when there is none.
     */
    private int notesHeading(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (!(blocks.get(i) instanceof TextLine line)) {
                return -1;
            }
            if (line.role() == LineRole.BODY && headings.contains(Fold.fold(line.text().strip().replaceFirst("[:.]$", "")))) {
                return firstNoteFollows(blocks, i) ? i : -1;
            }
        }
        return -1;
    }

    private static boolean firstNoteFollows(List<Block> blocks, int heading) {
        for (Block block : blocks.subList(heading + 1, blocks.size())) {
            if (block instanceof TextLine line && line.role() == LineRole.BODY && !line.text().isBlank()) {
                Matcher start = NOTE_START.matcher(line.text());
                return start.lookingAt() && start.group(1).equals("1");
            }
        }
        return false;
    }

    /** Takes the mark of note {@code number} off the first body line (or cell line) of {@code blocks} that has it. */
    private static void withoutFirstMark(List<Block> blocks, String number) {
        // "visit.1 The", "workers,2": the number right after a word or its punctuation, no digit around it.
        Pattern mark = Pattern.compile("(?<=\\p{L}[.,;:)»”’]?)" + number + "(?![.,]?\\p{N})");
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof TextLine line) {
                TextLine cleaned = line.role() == LineRole.BODY ? withoutMark(line, mark) : null;
                if (cleaned != null) {
                    blocks.set(i, cleaned);
                    return;
                }
                continue;
            }
            TableRow row = (TableRow) blocks.get(i);
            for (int c = 0; c < row.cells().size(); c++) {
                List<TextLine> lines = row.cells().get(c).lines();
                for (int l = 0; l < lines.size(); l++) {
                    TextLine cleaned = withoutMark(lines.get(l), mark);
                    if (cleaned != null) {
                        List<TextLine> newLines = new ArrayList<>(lines);
                        newLines.set(l, cleaned);
                        List<Cell> cells = new ArrayList<>(row.cells());
                        cells.set(c, new Cell(newLines));
                        blocks.set(i, new TableRow(cells, row.page()));
                        return;
                    }
                }
            }
        }
    }

    /** {@code line} without the first {@code mark} in it; null when it has none. */
    private static TextLine withoutMark(TextLine line, Pattern mark) {
        Matcher m = mark.matcher(line.text());
        return m.find() ? line.withText(line.text().substring(0, m.start()) + line.text().substring(m.end())) : null;
    }
}
