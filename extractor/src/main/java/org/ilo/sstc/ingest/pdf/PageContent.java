package org.ilo.sstc.ingest.pdf;

import java.util.List;

/**
 * What one page holds after layout analysis, before the decisions that need the whole document
 * (furniture, footnotes, paragraph starts).
 *
 * @param number 1-based page number
 * @param height page height as displayed
 * @param rows   table rows, top to bottom
 * @param lines  lines outside tables, top to bottom
 * @param links  URI link annotations
 */
record PageContent(int number, float height, List<PlacedRow> rows, List<PlacedLine> lines, List<LinkArea> links) {

    PageContent {
        rows = List.copyOf(rows);
        lines = List.copyOf(lines);
        links = List.copyOf(links);
    }
}
