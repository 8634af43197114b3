package org.ilo.sstc.ingest.pdf;

import java.util.List;

/**
 * One table row as laid out on one page.
 *
 * @param box   the row's extent
 * @param cells the cells left to right, each with its box and lines
 */
record PlacedRow(Box box, List<Cell> cells) implements Placed {

    /** One cell: its box and its lines, top to bottom. */
    record Cell(Box box, List<PlacedLine> lines) {
        Cell {
            lines = List.copyOf(lines);
        }
    }

    PlacedRow {
        cells = List.copyOf(cells);
    }

    @Override
    public float top() {
        return box.top();
    }

    /** True when no cell has a line. */
    boolean isEmpty() {
        return cells.stream().allMatch(c -> c.lines().isEmpty());
    }
}
