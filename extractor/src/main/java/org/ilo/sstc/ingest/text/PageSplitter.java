package org.ilo.sstc.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the pages of flattened text: at form feeds (pdftotext and similar), at the marks some Tika
 * versions leave when they flatten a PDF (each page's first line starts with a single space), or after
 * printed page numbers: lines holding only a number, set apart by blank lines, that count up.
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
        List<Integer> pageEnds = countingPageNumbers(lines);
        if (!pageEnds.isEmpty()) {
            return splitAfter(lines, pageEnds);
        }
        return List.of(new PageDraft(0, lines));
    }

    /** Fewest page-number lines that make a sequence: two could be a list, three counting up are pages. */
    private static final int MIN_PAGE_NUMBERS = 3;

    /**
     * Indexes of the lines that print page numbers at page ends: bare numbers with a blank line after
     * them, which mostly go up by one. Empty when there is no such sequence.
     */
    private static List<Integer> countingPageNumbers(List<SourceLine> lines) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).stripped();
            boolean setApart = i + 1 == lines.size() || lines.get(i + 1).blanksBefore() > 0;
            if (setApart && text.matches("\\d{1,3}")) {
                candidates.add(i);
            }
        }
        if (candidates.size() < MIN_PAGE_NUMBERS) {
            return List.of();
        }
        int steps = 0;
        for (int k = 1; k < candidates.size(); k++) {
            int previous = Integer.parseInt(lines.get(candidates.get(k - 1)).stripped());
            int next = Integer.parseInt(lines.get(candidates.get(k)).stripped());
            if (next == previous + 1) {
                steps++;
            }
        }
        // Most neighbours one apart: a page whose number Tika lost, or a stray count, does not break it.
        return steps * 5 >= (candidates.size() - 1) * 4 ? candidates : List.of();
    }

    private static List<PageDraft> splitAfter(List<SourceLine> lines, List<Integer> pageEnds) {
        List<PageDraft> pages = new ArrayList<>();
        int from = 0;
        for (int end : pageEnds) {
            pages.add(new PageDraft(pages.size() + 1, lines.subList(from, end + 1)));
            from = end + 1;
        }
        if (from < lines.size()) {
            pages.add(new PageDraft(pages.size() + 1, lines.subList(from, lines.size())));
        }
        return pages;
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
