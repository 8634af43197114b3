package org.ilo.sstc.ingest.pdf;

import java.util.List;

/**
 * The cells of one table on one page, found from its rulings or from text alignment.
 *
 * @param bounds the table's extent
 * @param rows   the rows, top to bottom, each with its cells left to right; together they cover {@code bounds}
 */
record TableGrid(Box bounds, List<Row> rows) {

    /** One row: its extent and its cells' boxes, left to right. */
    record Row(Box bounds, List<Box> cells) {
        Row {
            cells = List.copyOf(cells);
            if (cells.isEmpty()) {
                throw new IllegalArgumentException("a grid row needs at least one cell");
            }
        }
    }

    /** Where a point falls: row and cell index. */
    record Slot(int row, int cell) {
    }

    TableGrid {
        rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a table grid needs at least one row");
        }
    }

    /** True when the point lies within the table, allowing {@code tolerance} points. */
    boolean contains(float x, float y, float tolerance) {
        return bounds.contains(x, y, tolerance);
    }

    /** The row and cell holding the point; a point between cells goes to the nearest, so no text is lost. */
    Slot locate(float x, float y) {
        int row = 0;
        while (row < rows.size() - 1 && y > rows.get(row).bounds().bottom()) {
            row++;
        }
        List<Box> cells = rows.get(row).cells();
        int cell = 0;
        while (cell < cells.size() - 1 && x > cells.get(cell).right()) {
            cell++;
        }
        return new Slot(row, cell);
    }
}
