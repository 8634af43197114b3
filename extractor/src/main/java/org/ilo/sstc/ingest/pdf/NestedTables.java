package org.ilo.sstc.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a table nested in a cell (contacts as Name | Position | E-mail) one row per line: the lines of each
 * nested cell are set one after the other on the row's first baseline, and the cells side by side with a gap
 * that the line builder reads as a tab. Read in place, the nested cells' wrapped lines would interleave ("Rania
 * Al-  Specialist on  alkhatib@…" / "Khatib  Occupational"), as the same row of the docx gives one line.
 */
final class NestedTables {

    /** A gap of this many font sizes between two nested cells: wider than a tab stop. */
    private static final float CELL_GAP = 2f;
    /** A gap of this many font sizes between two lines of one nested cell: a word space. */
    private static final float WORD_SPACE = 0.3f;

    private NestedTables() {
    }

    /** {@code glyphs} of one cell, those inside any of {@code nested} moved onto one line per nested row. */
    static List<Glyph> flatten(List<Glyph> glyphs, List<TableGrid> nested) {
        if (nested.isEmpty()) {
            return glyphs;
        }
        List<Glyph> out = new ArrayList<>();
        List<List<Glyph>> inside = new ArrayList<>();
        nested.forEach(t -> inside.add(new ArrayList<>()));
        for (Glyph glyph : glyphs) {
            int t = 0;
            while (t < nested.size() && !nested.get(t).contains(glyph.centerX(), glyph.centerY(), 1f)) {
                t++;
            }
            (t < nested.size() ? inside.get(t) : out).add(glyph);
        }
        for (int t = 0; t < nested.size(); t++) {
            out.addAll(rowsOnOneLine(nested.get(t), inside.get(t)));
        }
        return out;
    }

    private static List<Glyph> rowsOnOneLine(TableGrid table, List<Glyph> glyphs) {
        List<List<List<Glyph>>> cells = new ArrayList<>();
        for (TableGrid.Row row : table.rows()) {
            List<List<Glyph>> rowCells = new ArrayList<>();
            row.cells().forEach(c -> rowCells.add(new ArrayList<>()));
            cells.add(rowCells);
        }
        for (Glyph glyph : glyphs) {
            TableGrid.Slot slot = table.locate(glyph.centerX(), glyph.centerY());
            cells.get(slot.row()).get(slot.cell()).add(glyph);
        }
        List<Glyph> out = new ArrayList<>();
        for (List<List<Glyph>> row : cells) {
            List<List<PlacedLine>> lines = row.stream().map(LineBuilder::build).toList();
            Float baseline = lines.stream().filter(l -> !l.isEmpty()).map(l -> l.get(0).baseline()).min(Float::compare).orElse(null);
            if (baseline == null) {
                continue;
            }
            float cursor = table.bounds().left();
            for (List<PlacedLine> cell : lines) {
                if (cell.isEmpty()) {
                    continue;
                }
                for (int k = 0; k < cell.size(); k++) {
                    PlacedLine line = cell.get(k);
                    // "Al-" / "Khatib": a line ending in a hyphen after a letter goes on without a space.
                    boolean hyphen = k > 0 && cell.get(k - 1).text().matches("(?s).*\\p{L}-");
                    float start = k == 0 ? cursor : cursor + (hyphen ? 0 : WORD_SPACE * line.size());
                    float dx = start - line.left();
                    float dy = baseline - line.baseline();
                    for (Glyph g : line.glyphs()) {
                        out.add(new Glyph(g.text(), g.x() + dx, g.baseline() + dy, g.width(), g.size(), g.bold()));
                    }
                    cursor = line.right() + dx;
                }
                cursor += CELL_GAP * cell.get(0).size();
            }
        }
        return out;
    }
}
