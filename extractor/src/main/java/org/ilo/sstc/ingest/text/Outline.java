package org.ilo.sstc.ingest.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The outline (bookmarks) Tika appends after a PDF's last page: one tab-indented line per bookmark,
 * each repeating a heading of the document. It is neither a practice nor text of one.
 */
final class Outline {

    /** Fewest bookmark lines that make an outline. */
    private static final int MIN_LINES = 2;
    /** A heading the page wraps is repeated when the text holds its first line, this long at least. */
    private static final int MIN_WRAPPED_START = 15;

    private Outline() {
    }

    /**
     * {@code lines} without the outline at their end: the last run of tab-indented lines, when most of them
     * repeat a line of the text before it.
     */
    static List<SourceLine> withoutOutline(List<SourceLine> lines) {
        int start = lines.size();
        while (start > 0 && lines.get(start - 1).text().startsWith("\t")) {
            start--;
        }
        int count = lines.size() - start;
        if (count < MIN_LINES) {
            return lines;
        }
        Set<String> earlier = new HashSet<>();
        List<String> longEarlier = new ArrayList<>();
        for (SourceLine line : lines.subList(0, start)) {
            String key = key(line.text());
            earlier.add(key);
            if (key.length() >= MIN_WRAPPED_START) {
                longEarlier.add(key);
            }
        }
        long repeated = lines.subList(start, lines.size()).stream().map(l -> key(l.text()))
                .filter(k -> earlier.contains(k) || longEarlier.stream().anyMatch(k::startsWith)).count();
        return repeated * 2 >= count ? lines.subList(0, start) : lines;
    }

    /** A line's words with any spacing: the outline writes a heading on one line that the page wraps. */
    private static String key(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
