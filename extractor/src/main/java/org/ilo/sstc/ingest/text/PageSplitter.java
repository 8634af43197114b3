package org.ilo.sstc.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ilo.sstc.ingest.PageNumbers;

/**
 * Finds the pages of flattened text: at form feeds (pdftotext and similar), at the marks some Tika
 * versions leave when they flatten a PDF (each page's first line starts with a single space), or after
 * printed page numbers: lines holding only a number, or a running title and a number ("Notes | 4"), set apart
 * by blank lines, that count up.
 */
final class PageSplitter {

    private PageSplitter() {
    }

    /** Splits {@code lines} into pages numbered from 1, or into one page numbered 0 when no boundary shows. */
    static List<PageDraft> split(List<SourceLine> lines, PageNumbers numbers) {
        if (lines.stream().anyMatch(SourceLine::pageBreakBefore)) {
            return splitAt(lines, true);
        }
        if (looksFlattenedFromPdf(lines)) {
            return splitAt(lines, false);
        }
        List<Integer> pageEnds = countingPageNumbers(lines, numbers);
        if (!pageEnds.isEmpty()) {
            return splitAfter(lines, pageEnds);
        }
        return List.of(new PageDraft(0, lines));
    }

    /** Fewest page-number lines that make a sequence: two could be a list, three counting up are pages. */
    private static final int MIN_PAGE_NUMBERS = 3;

    /**
     * Indexes of the lines that end pages: page numbers ("14", "Page 14", "14 / 44") with a blank line after
     * them, which mostly go up by one, each with the hyperlink targets Tika lists right after it. Empty when
     * there is no such sequence.
     */
    private static List<Integer> countingPageNumbers(List<SourceLine> lines, PageNumbers numbers) {
        List<Integer> candidates = new ArrayList<>();
        List<Integer> printed = new ArrayList<>();
        Map<String, Integer> titles = runningTitles(lines, numbers);
        for (int i = 0; i < lines.size(); i++) {
            boolean setApart = i + 1 == lines.size() || lines.get(i + 1).blanksBefore() > 0;
            String text = lines.get(i).stripped();
            OptionalInt number = numbers.number(text);
            Optional<PageNumbers.Numbered> numbered = numbers.numberedLine(text);
            if (number.isEmpty() && numbered.isPresent() && titles.get(titleKey(numbered.get())) >= MIN_PAGE_NUMBERS) {
                number = OptionalInt.of(numbered.get().number());
            }
            if (setApart && number.isPresent()) {
                candidates.add(i);
                printed.add(number.getAsInt());
            }
        }
        if (candidates.size() < MIN_PAGE_NUMBERS) {
            return List.of();
        }
        int steps = 0;
        for (int k = 1; k < candidates.size(); k++) {
            if (printed.get(k) == printed.get(k - 1) + 1) {
                steps++;
            }
        }
        // Most neighbours one apart: a page whose number Tika lost, or a stray count, does not break it.
        if (steps * 5 < (candidates.size() - 1) * 4) {
            return List.of();
        }
        List<Integer> ends = new ArrayList<>();
        for (int end : candidates) {
            // Tika lists a page's link targets after its text, so after a page number printed at its foot.
            int last = end;
            while (last + 1 < lines.size() && LinkTargets.isTarget(lines.get(last + 1).stripped())
                    && (last == end || lines.get(last + 1).blanksBefore() == 0)) {
                last++;
            }
            ends.add(last);
        }
        return ends;
    }

    /** How often each running title with a page number beside it ("Learning Across Borders | 3") is printed. */
    private static Map<String, Integer> runningTitles(List<SourceLine> lines, PageNumbers numbers) {
        Map<String, Integer> titles = new HashMap<>();
        for (SourceLine line : lines) {
            numbers.numberedLine(line.stripped()).ifPresent(n -> titles.merge(titleKey(n), 1, Integer::sum));
        }
        return titles;
    }

    private static String titleKey(PageNumbers.Numbered line) {
        return line.title().replaceAll("\\s+", " ");
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
