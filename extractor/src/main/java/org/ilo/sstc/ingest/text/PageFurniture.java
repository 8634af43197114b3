package org.ilo.sstc.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ilo.sstc.ingest.PageNumbers;

/** Drops page furniture from flattened text: page-number lines and running headers or footers. */
final class PageFurniture {

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
    static void dropRunningLines(List<PageDraft> pages, PageNumbers numbers) {
        if (pages.size() < MIN_REPEATS || !pages.get(0).hasNumber()) {
            return;
        }
        int threshold = Math.max(MIN_REPEATS, (int) Math.ceil(pages.size() * 0.3));
        dropRepeated(pages, body -> body.get(0), threshold, numbers);
        dropRepeated(pages, body -> body.get(body.size() - 1), threshold, numbers);
    }

    private static void dropRepeated(List<PageDraft> pages, Function<List<Integer>, Integer> edge, int threshold,
                                     PageNumbers numbers) {
        Map<String, Integer> pagesByText = new HashMap<>();
        Map<String, Set<Integer>> pageOffsets = new HashMap<>();
        for (PageDraft page : pages) {
            List<Integer> body = page.bodyLines();
            if (!body.isEmpty()) {
                RunningKey key = RunningKey.of(page.text(edge.apply(body)), page.number(), numbers);
                pagesByText.merge(key.text(), 1, Integer::sum);
                pageOffsets.computeIfAbsent(key.text(), k -> new HashSet<>()).add(key.pageOffset());
            }
        }
        List<RunningKey> keys = new ArrayList<>();
        for (PageDraft page : pages) {
            List<Integer> body = page.bodyLines();
            keys.add(body.isEmpty() ? null : RunningKey.of(page.text(edge.apply(body)), page.number(), numbers));
        }
        for (int p = 0; p < pages.size(); p++) {
            PageDraft page = pages.get(p);
            List<Integer> body = page.bodyLines();
            if (body.size() < 2) {
                continue;
            }
            RunningKey key = keys.get(p);
            // A numbered running line must count pages: its number keeps one distance to the page index. A line
            // that opens the next or the previous page too is the running title of a part ("Good practice 3 | …").
            boolean onManyPages = pagesByText.get(key.text()) >= threshold && pageOffsets.get(key.text()).size() == 1;
            boolean onNeighbour = p > 0 && key.equals(keys.get(p - 1)) || p + 1 < pages.size() && key.equals(keys.get(p + 1));
            if (onManyPages || onNeighbour) {
                page.drop(edge.apply(body));
            }
        }
    }

    /** The text a running line repeats, with a set-apart page number replaced, and how that number relates to the page. */
    private record RunningKey(String text, int pageOffset) {
        static RunningKey of(String text, int page, PageNumbers numbers) {
            String spaced = text.replaceAll("\\s+", " ");
            Optional<PageNumbers.Numbered> numbered = numbers.numberedLine(text);
            if (numbered.isPresent()) {
                return new RunningKey(numbered.get().title().replaceAll("\\s+", " ") + "|#", numbered.get().number() - page);
            }
            return new RunningKey(spaced, 0);
        }
    }
}
