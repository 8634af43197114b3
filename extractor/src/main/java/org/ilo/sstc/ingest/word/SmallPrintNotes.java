package org.ilo.sstc.ingest.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;

/**
 * Finds the footnotes authors type by hand instead of using Word's notes: paragraphs outside tables
 * set clearly smaller than the body text, right after a table or closing a page or the document.
 */
final class SmallPrintNotes {
    /** 8 pt under 11 pt is small print; 10 pt under 11 pt is only a smaller style. */
    static final float SMALL_PRINT_RATIO = 0.8f;

    private SmallPrintNotes() {
    }

    /** {@code blocks} with such paragraphs turned into FOOTNOTE lines. */
    static List<Block> mark(List<Block> blocks) {
        float bodySize = bodySize(blocks);
        if (bodySize <= 0f) {
            return blocks;
        }
        List<Block> marked = new ArrayList<>(blocks);
        int i = 0;
        while (i < marked.size()) {
            if (!isSmallPrint(marked.get(i), bodySize)) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < marked.size() && isSmallPrint(marked.get(end + 1), bodySize)) {
                end++;
            }
            if (followsTable(marked, i) || closesPage(marked, end)) {
                for (int k = i; k <= end; k++) {
                    marked.set(k, ((TextLine) marked.get(k)).withRole(LineRole.FOOTNOTE));
                }
            }
            i = end + 1;
        }
        return marked;
    }

    private static boolean isSmallPrint(Block block, float bodySize) {
        return block instanceof TextLine line && line.role() == LineRole.BODY && !line.heading()
                && line.fontSize() > 0f && line.fontSize() <= bodySize * SMALL_PRINT_RATIO;
    }

    /** The block before (looking past notes and picture text already placed there) is a table row. */
    private static boolean followsTable(List<Block> blocks, int index) {
        for (int k = index - 1; k >= 0; k--) {
            Block before = blocks.get(k);
            if (before instanceof TableRow) {
                return true;
            }
            if (before instanceof TextLine line && line.role() == LineRole.BODY) {
                return false;
            }
        }
        return false;
    }

    private static boolean closesPage(List<Block> blocks, int index) {
        if (index == blocks.size() - 1) {
            return true;
        }
        return blocks.get(index + 1).page() > blocks.get(index).page();
    }

    /** The size most characters of the document are set in. */
    private static float bodySize(List<Block> blocks) {
        Map<Float, Integer> weight = new HashMap<>();
        for (Block block : blocks) {
            if (block instanceof TextLine line) {
                count(line, weight);
            } else if (block instanceof TableRow row) {
                for (Cell cell : row.cells()) {
                    cell.lines().forEach(line -> count(line, weight));
                }
            }
        }
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    private static void count(TextLine line, Map<Float, Integer> weight) {
        if (line.fontSize() > 0f && line.role() == LineRole.BODY) {
            weight.merge(line.fontSize(), line.text().length(), Integer::sum);
        }
    }
}
