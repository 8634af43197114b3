package org.ilo.sstc.ingest.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.ingest.PageNumbers;

/** Drops page furniture from flattened text: page-number lines and running headers or footers. */
final class PageFurniture {

    /**
     * A running line carrying the page number, set apart by a bar, bullet or tab ("Compendium | 14").
     * Plain spaces do not count: "GOOD PRACTICE 10" is a heading, not a footer.
     */
    private static final Pattern NUMBERED_LEADING = Pattern.compile("(\\d{1,3})\\s*[|\u2022\u00B7\\t]\\s*(\\S.*)");
    private static final Pattern NUMBERED_TRAILING = Pattern.compile("(.*\\S)\\s{0,20}[|\u2022\u00B7\\t]\\s{0,20}(\\d{1,3})");
    private static final int MIN_REPEATS = 3;

    private PageFurniture() {
    }

    /** Drops bare page-number lines at the top and bottom of the page's running text. */
    static void dropPageNumbers(PageDraft page, PageNumbers numbers) {
        if (!page.hasNumber()) {
            return;
        }
        for (int round = 0; round < 2; round++) {
            List<Integer> body = page.bodyLines();
            if (body.isEmpty()) {
                return;
            }
            int first = body.get(0);
            int last = body.get(body.size() - 1);
            if (numbers.isPageNumberLine(page.text(first))) {
                page.drop(first);
            }
            if (last != first && numbers.isPageNumberLine(page.text(last))) {
                page.drop(last);
            }
        }
    }

    /** Drops lines that open or close many pages with the same text (the page number aside): running headers and footers. */
    static void dropRunningLines(List<PageDraft> pages) {
        if (pages.size() < MIN_REPEATS || !pages.get(0).hasNumber()) {
            return;
        }
        int threshold = Math.max(MIN_REPEATS, (int) Math.ceil(pages.size() * 0.3));
        dropRepeated(pages, body -> body.get(0), threshold);
        dropRepeated(pages, body -> body.get(body.size() - 1), threshold);
    }

    private static void dropRepeated(List<PageDraft> pages, Function<List<Integer>, Integer> edge, int threshold) {
        Map<String, Integer> pagesByText = new HashMap<>();
        Map<String, Set<Integer>> pageOffsets = new HashMap<>();
        for (PageDraft page : pages) {
            List<Integer> body = page.bodyLines();
            if (!body.isEmpty()) {
                RunningKey key = RunningKey.of(page.text(edge.apply(body)), page.number());
                pagesByText.merge(key.text(), 1, Integer::sum);
                pageOffsets.computeIfAbsent(key.text(), k -> new HashSet<>()).add(key.pageOffset());
            }
        }
        for (PageDraft page : pages) {
            List<Integer> body = page.bodyLines();
            if (body.size() < 2) {
                continue;
            }
            int line = edge.apply(body);
            String key = RunningKey.of(page.text(line), page.number()).text();
            // A numbered running line must count pages: its number keeps one distance to the page index.
            if (pagesByText.get(key) >= threshold && pageOffsets.get(key).size() == 1) {
                page.drop(line);
            }
        }
    }

    /** The text a running line repeats, with a set-apart page number replaced, and how that number relates to the page. */
    private record RunningKey(String text, int pageOffset) {
        static RunningKey of(String text, int page) {
            String spaced = text.replaceAll("\\s+", " ");
            Matcher leading = NUMBERED_LEADING.matcher(text);
            if (leading.matches()) {
                return new RunningKey("#|" + leading.group(2).replaceAll("\\s+", " "), Integer.parseInt(leading.group(1)) - page);
            }
            Matcher trailing = NUMBERED_TRAILING.matcher(text);
            if (trailing.matches()) {
                return new RunningKey(trailing.group(1).replaceAll("\\s+", " ") + "|#", Integer.parseInt(trailing.group(2)) - page);
            }
            return new RunningKey(spaced, 0);
        }
    }
}
