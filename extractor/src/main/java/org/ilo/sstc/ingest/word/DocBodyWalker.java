package org.ilo.sstc.ingest.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Notes;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Section;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.TextLine;

/**
 * Walks the main text of a .doc in order into the blocks of the layout model: paragraphs to lines,
 * table rows to rows, notes after the paragraph or row that refers to them. Headers, footers and
 * text boxes are other stories and are never read. Not thread-safe: one per read.
 */
final class DocBodyWalker {
    private final HWPFDocument document;
    private final PageCounter pages = new PageCounter();
    private final ListCounters lists = new ListCounters();
    private final DocParagraphReader main;
    private final DocParagraphReader notes;
    private final List<Block> blocks = new ArrayList<>();
    /** Notes waiting for the end of the top-level paragraph or row that refers to them. */
    private final List<TextLine> pending = new ArrayList<>();
    private final Set<Integer> notesShown = new HashSet<>();

    DocBodyWalker(HWPFDocument document) {
        this.document = document;
        Map<Integer, Boolean> sectionMarks = sectionMarks(document.getRange());
        this.main = new DocParagraphReader(document, pages, lists, sectionMarks);
        this.notes = new DocParagraphReader(document, pages, lists, Map.of());
    }

    /** Reads the main text; call once. */
    List<Block> walk() {
        Range range = document.getRange();
        int count = range.numParagraphs();
        int i = 0;
        while (i < count) {
            Paragraph paragraph = range.getParagraph(i);
            if (paragraph.isInTable()) {
                Table table = range.getTable(paragraph);
                for (int r = 0; r < table.numRows(); r++) {
                    row(table.getRow(r), table.getTableLevel());
                    flushPending();
                }
                i += Math.max(1, table.numParagraphs());
            } else {
                blocks.addAll(paragraph(paragraph));
                flushPending();
                i++;
            }
        }
        return blocks;
    }

    /** The pages counted from the breaks met. */
    int pageCount() {
        return pages.page();
    }

    private void row(TableRow row, int level) {
        int startPage = pages.page();
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < row.numCells(); c++) {
            TableCell cell = row.getCell(c);
            // old-style horizontal merges keep the text in the first cell; the others are not shown
            if (cell.isMerged() && !cell.isFirstMerged()) {
                continue;
            }
            cells.add(new Cell(lines(cell, level)));
        }
        org.ilo.sstc.layout.TableRow made = TableRows.of(cells, startPage);
        if (made != null) {
            blocks.add(made);
        }
    }

    /** The lines of a cell: its paragraphs, and the rows of tables nested in it, one line each. */
    private List<TextLine> lines(Range cell, int level) {
        List<TextLine> lines = new ArrayList<>();
        int count = cell.numParagraphs();
        int i = 0;
        while (i < count) {
            Paragraph paragraph = cell.getParagraph(i);
            if (paragraph.getTableLevel() > level) {
                Table nested = cell.getTable(paragraph);
                for (int r = 0; r < nested.numRows(); r++) {
                    TableRow row = nested.getRow(r);
                    List<List<TextLine>> cells = new ArrayList<>();
                    for (int c = 0; c < row.numCells(); c++) {
                        cells.add(lines(row.getCell(c), nested.getTableLevel()));
                    }
                    TextLine joined = NestedRows.join(cells);
                    if (joined != null) {
                        lines.add(joined);
                    }
                }
                i += Math.max(1, nested.numParagraphs());
            } else {
                lines.addAll(paragraph(paragraph));
                i++;
            }
        }
        return lines;
    }

    private List<TextLine> paragraph(Paragraph paragraph) {
        DocParagraphReader.Read read = main.read(paragraph);
        for (int anchor : read.noteAnchors()) {
            if (notesShown.add(anchor)) {
                pending.addAll(noteLines(document.getFootnotes(), document.getFootnoteRange(), anchor));
                pending.addAll(noteLines(document.getEndnotes(), document.getEndnoteRange(), anchor));
            }
        }
        return read.lines();
    }

    /** The text of the note anchored at {@code anchor}, if {@code notes} has one there, numbered, as FOOTNOTE lines. */
    private List<TextLine> noteLines(Notes notesOfKind, Range story, int anchor) {
        int index = notesOfKind.getNoteIndexByAnchorPosition(anchor);
        if (index < 0) {
            return List.of();
        }
        int start = story.getStartOffset() + notesOfKind.getNoteTextStartOffset(index);
        int end = story.getStartOffset() + notesOfKind.getNoteTextEndOffset(index);
        Range text = new Range(start, end, document);
        List<TextLine> lines = new ArrayList<>();
        for (int p = 0; p < text.numParagraphs(); p++) {
            for (TextLine line : notes.read(text.getParagraph(p)).lines()) {
                lines.add(line.withRole(LineRole.FOOTNOTE));
            }
        }
        return NoteNumbers.numbered(lines, notesShown.size());
    }

    private void flushPending() {
        blocks.addAll(pending);
        pending.clear();
    }

    /** The position of each section mark, and whether the section after it starts a new page. */
    private static Map<Integer, Boolean> sectionMarks(Range range) {
        Map<Integer, Boolean> marks = new HashMap<>();
        for (int s = 0; s + 1 < range.numSections(); s++) {
            Section section = range.getSection(s);
            int nextStart = range.getSection(s + 1).type();
            // break codes: 0 continuous, 1 new column, 2 new page, 3 even page, 4 odd page
            marks.put(section.getEndOffset() - 1, nextStart >= 2);
        }
        return marks;
    }
}
