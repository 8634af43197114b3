package org.ilo.sstc.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ilo.sstc.ingest.PageNumbers;

/**
 * Lays out the pages of one document in order: finds each page's tables (ruled first, then aligned
 * text without rulings), puts each glyph into exactly one cell or into the text outside tables, and
 * builds the lines of each. Keeps the borderless table a page ends in, so the next page can continue
 * it; make one per document.
 */
final class PageAnalyser {

    /** Glyphs whose centre lies this close outside a table's border still belong to it. */
    private static final float TABLE_TOLERANCE = 1f;
    /** A table nested in a cell needs rulings for at least two rows and a column edge. */
    private static final int MIN_NESTED_RULINGS = 3;

    private final PageNumbers pageNumbers;
    private BorderlessTableFinder.Columns openTable;

    /** An analyser that tells a page number under a table from text after it by {@code pageNumbers}. */
    PageAnalyser(PageNumbers pageNumbers) {
        this.pageNumbers = pageNumbers;
    }

    /** Lays out page {@code number}; call for the pages in order. */
    PageContent analyse(int number, PageFrame frame, List<Glyph> glyphs, List<Ruling> rulings, List<LinkArea> links) {
        List<TableGrid> ruled = RuledTableFinder.find(rulings);
        List<TableGrid> tables = outermost(ruled);
        List<TableGrid> nested = new ArrayList<>(ruled.stream().filter(t -> !tables.contains(t)).toList());
        nested.addAll(nestedInCells(tables, rulings));
        float extraHeight = 0;
        List<PlacedLine> built = null;
        if (tables.isEmpty()) {
            // Two columns of running text are read one after the other (ruled tables keep a page as it is).
            TextColumns.OneColumn oneColumn = TextColumns.unfold(glyphs, links);
            glyphs = oneColumn.glyphs();
            links = oneColumn.links();
            extraHeight = oneColumn.extraHeight();
            built = oneColumn.lines();
        }
        List<List<Glyph>> tableGlyphs = new ArrayList<>();
        List<Glyph> outside = partition(glyphs, tables, tableGlyphs);
        // With no ruled table every glyph is outside, so the lines the column check built are these.
        List<PlacedLine> lines = built != null ? built : LineBuilder.build(outside);
        BorderlessTableFinder.Result borderless = BorderlessTableFinder.find(lines, openTable,
                line -> pageNumbers.isPageNumberLine(line.text().strip()));
        openTable = borderless.openEnd();
        if (!borderless.tables().isEmpty()) {
            List<List<Glyph>> borderlessGlyphs = new ArrayList<>();
            outside = partition(outside, borderless.tables(), borderlessGlyphs);
            tables.addAll(borderless.tables());
            tableGlyphs.addAll(borderlessGlyphs);
            lines = LineBuilder.build(outside);
        }
        List<PlacedRow> rows = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            rows.addAll(rowsOf(tables.get(t), tableGlyphs.get(t), nested));
        }
        rows.sort(Comparator.comparingDouble(PlacedRow::top));
        return new PageContent(number, frame.displayHeight() + extraHeight, rows, lines, links);
    }

    /**
     * The tables drawn inside the cells of {@code tables}: a nested table whose borders touch its cell's is one
     * component with the outer table, so each cell's own rulings are read again, its borders left out.
     */
    private static List<TableGrid> nestedInCells(List<TableGrid> tables, List<Ruling> rulings) {
        List<TableGrid> nested = new ArrayList<>();
        for (TableGrid table : tables) {
            for (TableGrid.Row row : table.rows()) {
                for (Box cell : row.cells()) {
                    List<Ruling> inside = rulings.stream().filter(r -> within(r, cell)).toList();
                    if (inside.size() >= MIN_NESTED_RULINGS) {
                        nested.addAll(RuledTableFinder.find(inside));
                    }
                }
            }
        }
        return nested;
    }

    /** A ruling drawn inside {@code cell}, not along its border. */
    private static boolean within(Ruling r, Box cell) {
        float inset = 2 * TABLE_TOLERANCE;
        return r.horizontal()
                ? r.position() > cell.top() + inset && r.position() < cell.bottom() - inset
                        && r.start() >= cell.left() - TABLE_TOLERANCE && r.end() <= cell.right() + TABLE_TOLERANCE
                : r.position() > cell.left() + inset && r.position() < cell.right() - inset
                        && r.start() >= cell.top() - TABLE_TOLERANCE && r.end() <= cell.bottom() + TABLE_TOLERANCE;
    }

    /** Drops tables lying inside another table: a nested table's text stays in its outer cell, one line per row. */
    private static List<TableGrid> outermost(List<TableGrid> tables) {
        List<TableGrid> outer = new ArrayList<>();
        for (TableGrid table : tables) {
            Box b = table.bounds();
            boolean nested = tables.stream().anyMatch(other -> other != table
                    && other.contains(b.left(), b.top(), TABLE_TOLERANCE)
                    && other.contains(b.right(), b.bottom(), TABLE_TOLERANCE)
                    && other.bounds().width() * other.bounds().height() > b.width() * b.height());
            if (!nested) {
                outer.add(table);
            }
        }
        return outer;
    }

    /** Adds one glyph list per table to {@code perTable} and returns the glyphs in no table. */
    private static List<Glyph> partition(List<Glyph> glyphs, List<TableGrid> tables, List<List<Glyph>> perTable) {
        for (int t = 0; t < tables.size(); t++) {
            perTable.add(new ArrayList<>());
        }
        List<Glyph> outside = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            int table = 0;
            while (table < tables.size()
                    && !tables.get(table).contains(glyph.centerX(), glyph.centerY(), TABLE_TOLERANCE)) {
                table++;
            }
            (table < tables.size() ? perTable.get(table) : outside).add(glyph);
        }
        return outside;
    }

    private static List<PlacedRow> rowsOf(TableGrid table, List<Glyph> glyphs, List<TableGrid> nested) {
        List<List<List<Glyph>>> buckets = new ArrayList<>();
        for (TableGrid.Row row : table.rows()) {
            List<List<Glyph>> cells = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                cells.add(new ArrayList<>());
            }
            buckets.add(cells);
        }
        for (Glyph glyph : glyphs) {
            TableGrid.Slot slot = table.locate(glyph.centerX(), glyph.centerY());
            buckets.get(slot.row()).get(slot.cell()).add(glyph);
        }
        List<PlacedRow> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            TableGrid.Row row = table.rows().get(r);
            List<PlacedRow.Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                Box box = row.cells().get(c);
                List<TableGrid> inCell = nested.stream().filter(n -> box.contains(n.bounds(), TABLE_TOLERANCE)).toList();
                cells.add(new PlacedRow.Cell(box, LineBuilder.build(NestedTables.flatten(buckets.get(r).get(c), inCell))));
            }
            PlacedRow placed = new PlacedRow(row.bounds(), cells);
            if (!placed.isEmpty()) {
                rows.add(placed);
            }
        }
        return rows;
    }
}
