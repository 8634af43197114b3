package org.ilo.sstc.ingest.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ilo.sstc.ingest.PageNumbers;

/**
 * Finds page furniture among the lines outside tables: page numbers ("3", "Page 3", "3 of 44",
 * "iv") at the top or bottom of a page, and running headers and footers, the lines in the top or
 * bottom margin whose text (digits aside) recurs on many pages, or on the next or previous page (the running
 * title of a part). Lines set larger than the body are
 * never running headers: they are the document's own headings ("GOOD PRACTICE 7 – AFRICA" atop
 * each practice).
 */
final class PageFurniture {

    /** The margin band: this share of the page height at the top and at the bottom. */
    private static final float MARGIN = 0.12f;
    /** How many lines from each end of a page can be furniture. */
    private static final int EDGE_LINES = 2;
    /** A running line recurs on at least this share of the pages (and on three pages at least, two in a short document). */
    private static final float RECURRENCE = 0.1f;
    /** Up to this many pages, a line found on two of them can be a running line. */
    private static final int SHORT_DOCUMENT_PAGES = 4;
    /** Points above the body size from which a line counts as larger (a heading). */
    private static final float LARGER = 0.5f;

    private PageFurniture() {
    }

    /** The furniture lines of all {@code pages}, as a set by identity. */
    static Set<PlacedLine> find(List<PageContent> pages, PageNumbers numbers) {
        Set<PlacedLine> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<PageContent, List<PlacedLine>> candidates = new IdentityHashMap<>();
        Map<String, Set<Integer>> pagesByText = new HashMap<>();
        for (PageContent page : pages) {
            List<PlacedLine> edge = marginLines(page);
            candidates.put(page, edge);
            for (PlacedLine line : edge) {
                pagesByText.computeIfAbsent(normalise(line.text()), k -> new HashSet<>()).add(page.number());
            }
        }
        // Two pages suffice only in a short document: in a longer one, a label that opens a section at the top of
        // two pages ("Sostenibilidad de la práctica" under the running header) is no running line.
        int fewest = pages.size() <= SHORT_DOCUMENT_PAGES ? 2 : 3;
        int recurring = Math.max(fewest, (int) Math.ceil(RECURRENCE * pages.size()));
        float bodySize = DocumentMetrics.bodySize(pages);
        for (PageContent page : pages) {
            for (PlacedLine line : candidates.get(page)) {
                String text = line.text().strip();
                Set<Integer> on = pagesByText.get(normalise(text));
                // On many pages, or on the page before or after too: the running title of a part ("Good practice 3 | …").
                boolean running = on.size() >= recurring || on.contains(page.number() - 1) || on.contains(page.number() + 1);
                if (numbers.isMarginNumber(text) || line.size() <= bodySize + LARGER && running) {
                    furniture.add(line);
                }
            }
        }
        return furniture;
    }

    /** The first and last lines of the page that lie in its top or bottom margin band. */
    private static List<PlacedLine> marginLines(PageContent page) {
        List<PlacedLine> lines = page.lines();
        List<PlacedLine> edge = new ArrayList<>();
        float band = MARGIN * page.height();
        float tableTop = (float) page.rows().stream().mapToDouble(PlacedRow::top).min().orElse(Float.MAX_VALUE);
        float tableBottom = (float) page.rows().stream().mapToDouble(r -> r.box().bottom()).max().orElse(0);
        for (int i = 0; i < Math.min(EDGE_LINES, lines.size()); i++) {
            PlacedLine line = lines.get(i);
            if (line.bottom() < band && line.bottom() <= tableTop) {
                edge.add(line);
            }
        }
        for (int i = Math.max(0, lines.size() - EDGE_LINES); i < lines.size(); i++) {
            PlacedLine line = lines.get(i);
            boolean taken = edge.stream().anyMatch(e -> e == line);
            if (!taken && line.top() > page.height() - band && line.top() >= tableBottom) {
                edge.add(line);
            }
        }
        return edge;
    }

    /** The text a running header keeps from page to page: digits (page numbers, dates) and case ignored. */
    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }
}
