package org.ilo.sstc.fields;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.segment.PracticeSegment;
import org.ilo.sstc.text.Fold;

/**
 * The template's guidance set in a column of its own ("Criterion | Guidance | Response"): a middle cell
 * whose text every practice repeats word for word. It is the form's question, never an answer, so no
 * field takes it. Found by recurrence like the labels, in the same share of practices.
 */
final class GuidanceColumns {

    private GuidanceColumns() {
    }

    /** The folded texts of the middle cells found in at least {@code minPractices} of {@code practices}. */
    static Set<String> of(List<PracticeSegment> practices, int minPractices) {
        Map<String, Set<Integer>> seenIn = new HashMap<>();
        for (int p = 0; p < practices.size(); p++) {
            for (Block block : practices.get(p).blocks()) {
                if (block instanceof TableRow row && row.cells().size() >= 3) {
                    List<Cell> cells = row.cells();
                    for (Cell middle : cells.subList(1, cells.size() - 1)) {
                        String key = key(middle);
                        if (!key.isEmpty()) {
                            seenIn.computeIfAbsent(key, k -> new HashSet<>()).add(p);
                        }
                    }
                }
            }
        }
        Set<String> guidance = new HashSet<>();
        seenIn.forEach((text, in) -> {
            if (in.size() >= minPractices) {
                guidance.add(text);
            }
        });
        return Set.copyOf(guidance);
    }

    /** A cell's text, folded, spaces collapsed: how a repeated guidance cell is recognised. */
    static String key(Cell cell) {
        StringBuilder text = new StringBuilder();
        for (TextLine line : cell.lines()) {
            text.append(' ').append(line.text());
        }
        return Fold.fold(text.toString()).replaceAll("\\s+", " ").strip();
    }
}
