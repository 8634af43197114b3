package org.ilo.sstc.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the glyphs of one page region (a table cell, or the text outside tables) into visual lines:
 * glyphs whose baselines lie close together form a line, words are split by spacing, a wide gap
 * becomes '\t', and raised footnote markers glued to a word are dropped.
 */
final class LineBuilder {

    /** Baselines closer than this share of the font size belong to one line (superscripts included). */
    private static final float SAME_LINE = 0.45f;
    /** A gap wider than this share of the font size, with no space glyph, separates words. */
    private static final float WORD_GAP = 0.15f;
    /** A gap wider than this share of the font size, with no space glyph, is a tab stop or a column gap. */
    private static final float TAB_GAP = 1.0f;
    /** Even with a space glyph in it, a gap this wide (in font sizes) is a column gap, not a justified space. */
    private static final float SPACED_TAB_GAP = 3.0f;
    /** Glyphs at most this share of the line's size, raised by RAISE of it, are superscripts. */
    private static final float SMALL = 0.8f;
    private static final float RAISE = 0.15f;
    /** A repeated glyph offset by less than this share of its width is printed over the first. */
    private static final float OVERPRINT = 0.3f;

    private LineBuilder() {
    }

    /** The lines of {@code glyphs}, top to bottom; lines with nothing visible are left out. */
    static List<PlacedLine> build(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<Group> groups = new ArrayList<>();
        for (Glyph glyph : sorted) {
            Group group = nearest(groups, glyph);
            if (group == null) {
                groups.add(new Group(glyph));
            } else {
                group.add(glyph);
            }
        }
        List<PlacedLine> lines = new ArrayList<>();
        for (Group group : groups) {
            PlacedLine line = toLine(group.glyphs);
            if (line != null) {
                lines.add(line);
            }
        }
        lines.sort(Comparator.comparingDouble(PlacedLine::baseline));
        return lines;
    }

    private static Group nearest(List<Group> groups, Glyph glyph) {
        Group best = null;
        float bestDistance = Float.MAX_VALUE;
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group group = groups.get(i);
            float reach = SAME_LINE * Math.max(group.size, glyph.size());
            float distance = Math.abs(glyph.baseline() - group.baseline);
            if (group.baseline < glyph.baseline() - 4 * reach) {
                break;
            }
            if (distance <= reach && distance < bestDistance) {
                best = group;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static PlacedLine toLine(List<Glyph> unsorted) {
        List<Glyph> glyphs = new ArrayList<>(unsorted);
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        float size = dominantSize(glyphs);
        if (size == 0) {
            return null;
        }
        float baseline = baselineOf(glyphs, size);
        StringBuilder text = new StringBuilder();
        List<Boolean> bold = new ArrayList<>();
        List<Glyph> kept = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        Glyph previous = null;
        float previousRight = 0;
        boolean spaceSeen = false;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph glyph = glyphs.get(i);
            if (glyph.isSpace()) {
                spaceSeen = previous != null;
                continue;
            }
            if (previous != null && isOverprint(previous, glyph)) {
                continue;
            }
            if (previous != null && !spaceSeen && isRaised(glyph, size, baseline) && isMarker(glyph)
                    && !isRaised(previous, size, baseline) && glyph.x() - previous.right() < WORD_GAP * size) {
                i = skipMarkerRun(glyphs, i, size, baseline);
                // Measure the next gap from the dropped marker, so "word¹." stays "word.".
                previousRight = glyphs.get(i).right();
                continue;
            }
            if (previous != null) {
                char separator = separator(previousRight, glyph, spaceSeen, size);
                if (separator != 0) {
                    text.append(separator);
                    bold.add(previous.bold() && glyph.bold());
                }
            }
            offsets.add(text.length());
            kept.add(glyph);
            text.append(glyph.text());
            for (int c = 0; c < glyph.text().length(); c++) {
                bold.add(glyph.bold());
            }
            previous = glyph;
            previousRight = glyph.right();
            spaceSeen = false;
        }
        if (kept.isEmpty()) {
            return null;
        }
        int boldPrefix = 0;
        while (boldPrefix < bold.size() && bold.get(boldPrefix)) {
            boldPrefix++;
        }
        return new PlacedLine(text.toString(), boldPrefix, size, baseline, extent(kept), kept, offsets);
    }

    /** Index of the last glyph of the raised marker run starting at {@code start}. */
    private static int skipMarkerRun(List<Glyph> glyphs, int start, float size, float baseline) {
        int last = start;
        while (last + 1 < glyphs.size()) {
            Glyph next = glyphs.get(last + 1);
            if (!isRaised(next, size, baseline) || !isMarker(next) && !next.text().equals(",")) {
                break;
            }
            last++;
        }
        return last;
    }

    private static char separator(float previousRight, Glyph glyph, boolean spaceSeen, float size) {
        float gap = glyph.x() - previousRight;
        if (gap > (spaceSeen ? SPACED_TAB_GAP : TAB_GAP) * size) {
            return '\t';
        }
        return spaceSeen || gap > WORD_GAP * size ? ' ' : 0;
    }

    /** True when {@code glyph} repeats {@code previous} at almost the same place (fake bold, shadow text). */
    private static boolean isOverprint(Glyph previous, Glyph glyph) {
        return glyph.text().equals(previous.text())
                && Math.abs(glyph.x() - previous.x()) <= Math.max(0.5f, OVERPRINT * previous.width())
                && Math.abs(glyph.baseline() - previous.baseline()) <= Math.max(0.5f, OVERPRINT * glyph.size());
    }

    private static boolean isRaised(Glyph glyph, float size, float baseline) {
        return glyph.size() <= SMALL * size && glyph.baseline() < baseline - RAISE * size;
    }

    /** Characters footnote and endnote references are made of: digits, symbols, lower-case roman numerals ("iii"). */
    private static boolean isMarker(Glyph glyph) {
        String text = glyph.text();
        return !text.isEmpty() && text.chars().allMatch(c -> Character.isDigit(c) || "*†‡§ivx".indexOf(c) >= 0);
    }

    /** The font size most of the visible characters have (the larger one on a tie). */
    private static float dominantSize(List<Glyph> glyphs) {
        Map<Float, Integer> counts = new HashMap<>();
        for (Glyph glyph : glyphs) {
            if (!glyph.isSpace()) {
                counts.merge(Math.round(glyph.size() * 10) / 10f, glyph.text().length(), Integer::sum);
            }
        }
        float best = 0;
        int bestCount = 0;
        for (Map.Entry<Float, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount || entry.getValue() == bestCount && entry.getKey() > best) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }

    private static float baselineOf(List<Glyph> glyphs, float size) {
        float sum = 0;
        int count = 0;
        for (Glyph glyph : glyphs) {
            if (!glyph.isSpace() && Math.abs(glyph.size() - size) < 0.06f) {
                sum += glyph.baseline();
                count++;
            }
        }
        return sum / count;
    }

    private static Box extent(List<Glyph> glyphs) {
        Box.Extent extent = new Box.Extent();
        glyphs.forEach(glyph -> extent.add(glyph.x(), glyph.top(), glyph.right(), glyph.bottom()));
        return extent.toBox();
    }

    /** Glyphs gathered for one line, with the baseline and size of its largest text so far. */
    private static final class Group {
        private final List<Glyph> glyphs = new ArrayList<>();
        private float baseline;
        private float size;

        Group(Glyph first) {
            glyphs.add(first);
            baseline = first.baseline();
            size = first.size();
        }

        void add(Glyph glyph) {
            glyphs.add(glyph);
            // A superscript may open the group; the body text that follows sets the line's baseline.
            if (!glyph.isSpace() && glyph.size() > size * 1.1f) {
                baseline = glyph.baseline();
                size = glyph.size();
            }
        }
    }
}
