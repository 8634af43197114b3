package org.ilo.sstc.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ilo.sstc.layout.Hyperlink;

/**
 * Attaches a page's link annotations to its lines: the text under a link's areas is the link text,
 * and the link goes to the line where that text starts. Annotations with the same target that follow
 * each other (a link wrapped over two lines is often two annotations) become one hyperlink.
 */
final class LinkPlacer {

    /** A glyph whose centre lies this close outside a link area is still under it. */
    private static final float TOLERANCE = 1f;

    /** Where one annotation's text lies: the line index and character range on each line it touches. */
    private record Span(String url, List<int[]> pieces) {
        int firstLine() {
            return pieces.get(0)[0];
        }

        int lastLine() {
            return pieces.get(pieces.size() - 1)[0];
        }
    }

    private LinkPlacer() {
    }

    /**
     * The hyperlinks for each line, by identity.
     *
     * @param links the page's link annotations
     * @param lines every line of the page in reading order
     */
    static Map<PlacedLine, List<Hyperlink>> place(List<LinkArea> links, List<PlacedLine> lines) {
        Map<PlacedLine, List<Hyperlink>> placed = new IdentityHashMap<>();
        List<Span> spans = new ArrayList<>();
        for (LinkArea link : links) {
            Span span = spanOf(link, lines);
            if (span != null) {
                spans.add(span);
            } else if (!lines.isEmpty()) {
                // Nothing visible under it: keep the target on the nearest line rather than lose it.
                placed.computeIfAbsent(nearest(link, lines), k -> new ArrayList<>()).add(new Hyperlink("", link.url()));
            }
        }
        spans.sort(Comparator.<Span>comparingInt(Span::firstLine).thenComparingInt(s -> s.pieces().get(0)[1]));
        for (Span span : merge(spans, lines)) {
            placed.computeIfAbsent(lines.get(span.firstLine()), k -> new ArrayList<>())
                    .add(new Hyperlink(textOf(span, lines), span.url()));
        }
        return placed;
    }

    private static Span spanOf(LinkArea link, List<PlacedLine> lines) {
        List<int[]> pieces = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            PlacedLine line = lines.get(l);
            if (!link.touches(line.box(), TOLERANCE)) {
                continue;
            }
            int from = -1;
            int to = -1;
            for (int g = 0; g < line.glyphs().size(); g++) {
                Glyph glyph = line.glyphs().get(g);
                if (link.covers(glyph.centerX(), glyph.centerY(), TOLERANCE)) {
                    int offset = line.offsets().get(g);
                    from = from < 0 ? offset : Math.min(from, offset);
                    to = Math.max(to, offset + glyph.text().length());
                }
            }
            if (from >= 0) {
                pieces.add(new int[] {l, from, to});
            }
        }
        return pieces.isEmpty() ? null : new Span(link.url(), pieces);
    }

    /** Joins spans of one target where the second starts on the line the first ends on or the next one. */
    private static List<Span> merge(List<Span> spans, List<PlacedLine> lines) {
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.url().equals(span.url()) && adjacent(last, span, lines)) {
                List<int[]> pieces = new ArrayList<>(last.pieces());
                for (int[] piece : span.pieces()) {
                    int[] previous = pieces.get(pieces.size() - 1);
                    if (previous[0] == piece[0]) {
                        pieces.set(pieces.size() - 1,
                                new int[] {piece[0], Math.min(previous[1], piece[1]), Math.max(previous[2], piece[2])});
                    } else {
                        pieces.add(piece);
                    }
                }
                merged.set(merged.size() - 1, new Span(span.url(), pieces));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** True when only white space lies between the end of {@code first} and the start of {@code second}. */
    private static boolean adjacent(Span first, Span second, List<PlacedLine> lines) {
        int[] end = first.pieces().get(first.pieces().size() - 1);
        int[] start = second.pieces().get(0);
        if (start[0] == end[0]) {
            String line = lines.get(end[0]).text();
            return start[1] >= end[2] && line.substring(end[2], start[1]).isBlank() || start[1] < end[2];
        }
        return start[0] == end[0] + 1
                && lines.get(end[0]).text().substring(end[2]).isBlank()
                && lines.get(start[0]).text().substring(0, start[1]).isBlank();
    }

    private static String textOf(Span span, List<PlacedLine> lines) {
        StringBuilder text = new StringBuilder();
        for (int[] piece : span.pieces()) {
            String part = lines.get(piece[0]).text().substring(piece[1], piece[2]).replace('\t', ' ').strip();
            if (!part.isEmpty()) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(part);
            }
        }
        return text.toString();
    }

    private static PlacedLine nearest(LinkArea link, List<PlacedLine> lines) {
        Box area = link.areas().get(0);
        float x = (area.left() + area.right()) / 2;
        float y = (area.top() + area.bottom()) / 2;
        return lines.stream().min(Comparator.comparingDouble(l -> l.box().distanceTo(x, y))).orElseThrow();
    }
}
