package org.ilo.sstc.layout;

import java.util.List;

/**
 * One row of a table, cells left to right. Cells merged across columns appear once; a row a page
 * break splits is emitted as it appears on each page, the continuation with a blank first cell, so
 * that no text is lost and the fields stage can join the parts.
 *
 * @param cells the cells, left to right (at least one)
 * @param page  1-based page the row starts on, or 0 when the format has no pages
 */
public record TableRow(List<Cell> cells, int page) implements Block {
    public TableRow {
        cells = List.copyOf(cells);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a table row needs at least one cell");
        }
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0, but is " + page);
        }
    }

    /** The last page any line of the row lies on (the row's own page when it has no lines). */
    public int lastPage() {
        return cells.stream().flatMap(c -> c.lines().stream()).mapToInt(TextLine::page).max().orElse(page);
    }
}
