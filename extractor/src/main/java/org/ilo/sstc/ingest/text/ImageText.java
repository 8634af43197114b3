package org.ilo.sstc.ingest.text;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ilo.sstc.layout.LineRole;

/**
 * Marks the words of an embedded picture or flyer as IMAGE_TEXT. Tika puts them after the page's
 * running text, past a run of blank lines far longer than the document's usual ones. A text cell
 * may also resume after a few blank lines, so a moderate gap only counts when the words after it
 * look like display type (mostly capitals), and even a long gap never swallows prose.
 */
final class ImageText {

    /** Floors for the gaps, in blank lines, so that a document of single blank lines does not see pictures everywhere. */
    private static final int MIN_LONG_GAP = 15;
    private static final int MIN_SHORT_GAP = 6;

    private final int longGap;
    private final int shortGap;

    private ImageText(int longGap, int shortGap) {
        this.longGap = longGap;
        this.shortGap = shortGap;
    }

    /** Gap thresholds scaled to the document's usual blank run: the most frequent one (single or double spacing). */
    static ImageText forDocument(List<SourceLine> lines) {
        Map<Integer, Long> runs = lines.stream().map(SourceLine::blanksBefore).filter(b -> b > 0)
                .collect(Collectors.groupingBy(b -> b, TreeMap::new, Collectors.counting()));
        int usual = runs.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(1);
        return new ImageText(Math.max(MIN_LONG_GAP, 5 * usual), Math.max(MIN_SHORT_GAP, 2 * usual));
    }

    /** Marks the picture text of {@code page}, if any: from the first qualifying gap to the end of its running text. */
    void mark(PageDraft page) {
        List<Integer> body = page.bodyLines();
        for (int k = 1; k < body.size(); k++) {
            int gap = page.source(body.get(k)).blanksBefore();
            if (gap < shortGap) {
                continue;
            }
            List<Integer> region = page.hasNumber() ? body.subList(k, body.size()) : displayRun(page, body, k);
            if (isPicture(page, region, gap)) {
                region.forEach(i -> page.mark(i, LineRole.IMAGE_TEXT));
                return;
            }
        }
    }

    private boolean isPicture(PageDraft page, List<Integer> region, int gap) {
        if (region.isEmpty()) {
            return false;
        }
        long display = region.stream().filter(i -> isDisplayType(page.text(i))).count();
        long prose = region.stream().filter(i -> isProse(page.text(i))).count();
        boolean mostlyDisplay = display * 5 >= region.size() * 3L;
        boolean mostlyProse = prose * 2 >= region.size();
        if (!page.hasNumber()) {
            // Without page ends the region is only the display lines, so demand the long gap too.
            return gap >= longGap && mostlyDisplay;
        }
        return gap >= longGap ? !mostlyProse : mostlyDisplay;
    }

    /** Without pages, the picture's words are the display-type lines that follow the gap. */
    private static List<Integer> displayRun(PageDraft page, List<Integer> body, int from) {
        int to = from;
        while (to < body.size() && isDisplayType(page.text(body.get(to)))) {
            to++;
        }
        return body.subList(from, to);
    }

    /** Mostly capitals, as on posters and flyers ("SUM M ER GLOBAL YOUTH FORUM 2021"). */
    static boolean isDisplayType(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 2 && upper * 10 >= letters * 7;
    }

    /** A sentence-like line: six words or more, mostly lower case. */
    static boolean isProse(String text) {
        long lower = text.chars().filter(Character::isLowerCase).count();
        long letters = text.chars().filter(Character::isLetter).count();
        return Arrays.stream(text.split("\\s+")).count() >= 6 && lower * 2 >= letters;
    }
}
