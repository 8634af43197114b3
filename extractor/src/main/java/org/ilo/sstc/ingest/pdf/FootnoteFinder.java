package org.ilo.sstc.ingest.pdf;

import java.util.List;

/**
 * Finds a page's footnotes: the lines in clearly smaller print that close the page's content,
 * below every table row and every body line, outside tables.
 */
final class FootnoteFinder {

    private FootnoteFinder() {
    }

    /**
     * The footnote lines among {@code lines} (the page's lines outside tables, furniture removed, top
     * to bottom): the trailing run of small lines below all {@code rows}; none when small print is all
     * the page holds.
     */
    static List<PlacedLine> find(List<PlacedLine> lines, List<PlacedRow> rows, DocumentMetrics metrics) {
        float rowsBottom = (float) rows.stream().mapToDouble(r -> r.box().bottom()).max().orElse(-Float.MAX_VALUE);
        int first = lines.size();
        while (first > 0 && metrics.isSmall(lines.get(first - 1)) && lines.get(first - 1).top() >= rowsBottom - 1) {
            first--;
        }
        if (first == 0 && rows.isEmpty()) {
            return List.of();
        }
        return lines.subList(first, lines.size());
    }
}
