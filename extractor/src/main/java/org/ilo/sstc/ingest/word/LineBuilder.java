package org.ilo.sstc.ingest.word;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TextLine;

/**
 * Collects the characters of one Word line with their boldness, size and link, then makes the
 * {@link TextLine}: stripped, with the bold prefix, the prevailing font size and the links it holds.
 */
final class LineBuilder {
    private static final byte PLAIN = 0;
    private static final byte BOLD = 1;
    /** Spaces outside bold runs and list markers: they neither start nor end a bold label. */
    private static final byte NEUTRAL = 2;

    private final StringBuilder text = new StringBuilder();
    private byte[] weights = new byte[64];
    private float[] sizes = new float[64];
    private final List<Span> spans = new ArrayList<>();
    private boolean hasContent;
    private int page = -1;

    private static final class Span {
        final int start;
        int end;
        final String url;

        Span(int start, int end, String url) {
            this.start = start;
            this.end = end;
            this.url = url;
        }
    }

    /** Appends a list marker ("-", "1.") and the space after it; a line with nothing more stays empty. */
    void appendMarker(String marker) {
        String shown = marker + ' ';
        for (int i = 0; i < shown.length(); i++) {
            add(shown.charAt(i), NEUTRAL, 0f);
        }
    }

    /**
     * Appends visible characters.
     *
     * @param url  the link they sit behind, or null
     * @param page the page they are on; the line's page is that of its first visible character
     */
    void append(String chars, boolean bold, float size, String url, int page) {
        int start = text.length();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            boolean blank = isBlank(c);
            add(c, bold ? BOLD : blank ? NEUTRAL : PLAIN, blank ? 0f : size);
            if (!blank && !hasContent) {
                hasContent = true;
            }
            if (!blank && this.page < 0) {
                this.page = page;
            }
        }
        if (url != null && text.length() > start) {
            Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.url.equals(url) && last.end == start) {
                last.end = text.length();
            } else {
                spans.add(new Span(start, text.length(), url));
            }
        }
    }

    /** True when the line has neither visible characters (markers aside) nor links. */
    boolean isEmpty() {
        return !hasContent && spans.isEmpty();
    }

    /** The line, or null when it is empty; {@code fallbackPage} when no visible character told its page. */
    TextLine build(boolean heading, LineRole role, int fallbackPage) {
        if (isEmpty()) {
            return null;
        }
        int from = 0;
        int to = text.length();
        while (from < to && isBlank(text.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(text.charAt(to - 1))) {
            to--;
        }
        int end = from;
        boolean sawBold = false;
        while (end < to && weights[end] != PLAIN) {
            sawBold |= weights[end] == BOLD;
            end++;
        }
        List<Hyperlink> links = new ArrayList<>(spans.size());
        for (Span span : spans) {
            if (span.url == null || span.url.isBlank()) {
                continue; // a link to nowhere (an empty target): the text stays, the link goes; the reader warns
            }
            int s = Math.max(span.start, from);
            int e = Math.min(span.end, to);
            links.add(new Hyperlink(s < e ? text.substring(s, e).strip() : "", span.url));
        }
        return new TextLine(text.substring(from, to), page >= 0 ? page : fallbackPage, sawBold ? end - from : 0,
                heading, prevailingSize(from, to), LineStart.PARAGRAPH, role, links);
    }

    /** The size most of the line's visible characters are set in (0 when none is known). */
    private float prevailingSize(int from, int to) {
        Map<Float, Integer> counts = new HashMap<>();
        float best = 0f;
        int bestCount = 0;
        int i = from;
        while (i < to) {
            // count runs of one size at once: a line has few runs and many characters
            float size = sizes[i];
            int runEnd = i;
            int visible = 0;
            while (runEnd < to && (sizes[runEnd] == size || sizes[runEnd] == 0f)) {
                visible += sizes[runEnd] == 0f ? 0 : 1;
                runEnd++;
            }
            if (size > 0f) {
                int count = counts.merge(size, visible, Integer::sum);
                if (count > bestCount) {
                    best = size;
                    bestCount = count;
                }
            }
            i = runEnd;
        }
        return best;
    }

    private void add(char c, byte weight, float size) {
        int at = text.length();
        if (at == weights.length) {
            weights = Arrays.copyOf(weights, at * 2);
            sizes = Arrays.copyOf(sizes, at * 2);
        }
        text.append(c);
        weights[at] = weight;
        sizes[at] = size;
    }

    /** Spaces of every kind, the no-break space included, count as blank. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
