package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.List;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.segment.PracticeSegment;

/**
 * A grid of label lines two to a row ("Written by | Jane Roe | Agency | ILO Beirut"): each label and its value a
 * row of its own, as the two-column tables have them, so that every label opens its own row. Only a row of four
 * cells whose first and third hold bold text alone and whose second and fourth do not is split.
 */
final class PairedLabelCells {

    private PairedLabelCells() {
    }

    /** {@code segment} with its paired label rows apart; the same segment when it has none. */
    static PracticeSegment split(PracticeSegment segment) {
        List<Block> blocks = new ArrayList<>(segment.blocks().size());
        boolean changed = false;
        for (Block block : segment.blocks()) {
            if (block instanceof TableRow row && isPaired(row)) {
                List<Cell> cells = row.cells();
                blocks.add(new TableRow(List.of(cells.get(0), cells.get(1)), row.page()));
                blocks.add(new TableRow(List.of(cells.get(2), cells.get(3)), row.page()));
                changed = true;
            } else {
                blocks.add(block);
            }
        }
        return changed ? new PracticeSegment(segment.heading(), blocks, segment.firstPage(), segment.lastPage()) : segment;
    }

    private static boolean isPaired(TableRow row) {
        List<Cell> cells = row.cells();
        return cells.size() == 4 && isBoldLabel(cells.get(0)) && isBoldLabel(cells.get(2))
                && !isBoldLabel(cells.get(1)) && !isBoldLabel(cells.get(3));
    }

    private static boolean isBoldLabel(Cell cell) {
        List<TextLine> lines = cell.lines().stream().filter(l -> !l.text().isBlank()).toList();
        return !lines.isEmpty() && lines.stream().allMatch(TextLine::isBold);
    }
}
