package org.ilo.sstc.ingest.word;

import java.util.List;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;

/** Makes layout rows out of the cells the Word readers collect. */
final class TableRows {
    private TableRows() {
    }

    /**
     * A row on the page its first line is on ({@code startPage} when it shows nothing), or null for a
     * row without cells. Word rows are never split at page ends: their lines keep their own pages.
     */
    static TableRow of(List<Cell> cells, int startPage) {
        if (cells.isEmpty()) {
            return null;
        }
        int page = cells.stream().flatMap(c -> c.lines().stream()).mapToInt(TextLine::page).min().orElse(startPage);
        return new TableRow(cells, page);
    }
}
