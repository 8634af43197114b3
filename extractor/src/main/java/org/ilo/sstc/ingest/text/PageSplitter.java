package org.ilo.sstc.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the pages of flattened text: at form feeds (pdftotext and similar), or at the marks Tika
 * leaves when it flattens a PDF, where each page's first line starts with a single space.
 */
final class PageSplitter {

    private PageSplitter() {
    }

    /** Splits {@code lines} into pages numbered from 1, or into one page numbered 0 when no boundary shows. */
    static List<PageDraft> split(List<SourceLine> lines) {
        if (lines.stream().anyMatch(SourceLine::pageBreakBefore)) {
            return splitAt(lines, true);
        }
        if (looksFlattenedFromPdf(lines)) {
            return splitAt(lines, false);
        }
        return List.of(new PageDraft(0, lines));
    }

    /**
     * Tika's page mark needs corroboration, since a hand-typed file may indent a line by one space:
     * the mark must recur, and stay rare, or open the text as Tika's first page does, or follow a
     * hyperlink target Tika listed at a page end.
     */
    private static boolean looksFlattenedFromPdf(List<SourceLine> lines) {
        int marks = 0;
        boolean markAfterTarget = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWithSingleSpace()) {
                marks++;
                markAfterTarget |= i > 0 && LinkTargets.isTarget(lines.get(i - 1).stripped());
            }
        }
        return marks >= 2 && (marks * 4 <= lines.size() || lines.get(0).startsWithSingleSpace() || markAfterTarget);
    }

    private static List<PageDraft> splitAt(List<SourceLine> lines, boolean atFormFeeds) {
        List<PageDraft> pages = new ArrayList<>();
        List<SourceLine> current = new ArrayList<>();
        for (SourceLine line : lines) {
            boolean boundary = atFormFeeds ? line.pageBreakBefore() : line.startsWithSingleSpace();
            if (boundary && !current.isEmpty()) {
                pages.add(new PageDraft(pages.size() + 1, current));
                current = new ArrayList<>();
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            pages.add(new PageDraft(pages.size() + 1, current));
        }
        return pages;
    }
}
