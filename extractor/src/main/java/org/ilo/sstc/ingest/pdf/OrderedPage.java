package org.ilo.sstc.ingest.pdf;

import java.util.List;

/**
 * A page's content in reading order, furniture removed.
 *
 * @param number    1-based page number
 * @param body      lines outside tables and table rows, top to bottom
 * @param footnotes the footnote lines, top to bottom; they follow the body
 * @param links     the page's URI link annotations
 */
record OrderedPage(int number, List<Placed> body, List<PlacedLine> footnotes, List<LinkArea> links) {

    OrderedPage {
        body = List.copyOf(body);
        footnotes = List.copyOf(footnotes);
        links = List.copyOf(links);
    }
}
