package org.ilo.sstc.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a page set in two text columns column by column. Lines built across the whole width would join a line
 * of the left column to the line of the right column beside it; so where a band of the page holds two columns
 * of running text (a gutter no line crosses, text on both sides, columns of about the same width, each filled
 * by its lines), the right column's glyphs and link areas are moved below the left column's, and what follows
 * the band further down, so that every later step reads the page as one column. A label column beside its
 * content (narrow, short lines) is no text column and stays where it is.
 */
final class TextColumns {

    /** Lines with text on both sides of the gutter a band needs. */
    private static final int MIN_TWO_SIDED = 5;
    /** The gutter lies in the middle of the text width: between these shares of it. */
    private static final float GUTTER_FROM = 0.3f;
    private static final float GUTTER_TO = 0.7f;
    /** A gap between glyphs at least this many font sizes wide can be the gutter. */
    private static final float MIN_GUTTER = 0.8f;
    /** Right column starts closer than this (points) are one start. */
    private static final float TOLERANCE = 2f;
    /** The narrower column is at least this share of the wider one. */
    private static final float MIN_WIDTH_RATIO = 0.6f;
    /** The distance of two lines, in font sizes. */
    private static final float LINE_PITCH = 1.2f;
    /** On average, a column's lines fill at least this share of its width (labels do not). */
    private static final float MIN_FILL = 0.5f;

    /**
     * A page's glyphs and link areas in one-column order.
     *
     * @param glyphs      the glyphs, the right column's moved below the left one's
     * @param links       the link areas, moved with the text under them
     * @param extraHeight how much longer the page became
     * @param lines       the page's lines, when nothing moved (so they are built once); null otherwise
     */
    record OneColumn(List<Glyph> glyphs, List<LinkArea> links, float extraHeight, List<PlacedLine> lines) {
    }

    /** A band of two columns: from baseline {@code top} to baseline {@code bottom}, the right column from {@code split}. */
    private record Band(float top, float bottom, float split, float rightLeft, float leftLeft, float pitch) {
        float shift() {
            return bottom - top + pitch;
        }
    }

    private TextColumns() {
    }

    /** {@code glyphs} and {@code links} of one page, any two-column band read as one column. */
    static OneColumn unfold(List<Glyph> glyphs, List<LinkArea> links) {
        List<PlacedLine> lines = LineBuilder.build(glyphs);
        List<Band> bands = bands(lines);
        if (bands.isEmpty()) {
            return new OneColumn(glyphs, links, 0, lines);
        }
        List<Glyph> moved = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            float[] to = moved(bands, g.x(), g.baseline());
            moved.add(new Glyph(g.text(), to[0], to[1], g.width(), g.size(), g.bold()));
        }
        List<LinkArea> movedLinks = new ArrayList<>(links.size());
        for (LinkArea link : links) {
            List<Box> areas = new ArrayList<>();
            for (Box box : link.areas()) {
                float[] to = moved(bands, box.left(), box.bottom());
                float dx = to[0] - box.left();
                float dy = to[1] - box.bottom();
                areas.add(new Box(box.left() + dx, box.top() + dy, box.right() + dx, box.bottom() + dy));
            }
            movedLinks.add(new LinkArea(link.url(), areas));
        }
        float extra = (float) bands.stream().mapToDouble(Band::shift).sum();
        return new OneColumn(moved, movedLinks, extra, null);
    }

    /** Where a point at {@code x}, {@code baseline} goes: below its band's left column, or down by the bands above it. */
    private static float[] moved(List<Band> bands, float x, float baseline) {
        float dy = 0;
        float dx = 0;
        for (Band band : bands) {
            if (baseline > band.bottom() + band.pitch() / 2) {
                dy += band.shift();
            } else if (baseline >= band.top() - band.pitch() / 2 && x >= band.split()) {
                dy += band.shift();
                dx = band.leftLeft() - band.rightLeft();
            }
        }
        return new float[] {x + dx, baseline + dy};
    }

    /** The two-column bands among {@code lines} (top to bottom), top to bottom. */
    private static List<Band> bands(List<PlacedLine> lines) {
        if (lines.size() < MIN_TWO_SIDED) {
            return List.of();
        }
        float left = (float) lines.stream().mapToDouble(PlacedLine::left).min().orElse(0);
        float right = (float) lines.stream().mapToDouble(PlacedLine::right).max().orElse(0);
        Float rightLeft = commonRightStart(lines, left, right);
        if (rightLeft == null) {
            return List.of();
        }
        float size = (float) lines.stream().mapToDouble(PlacedLine::size).min().orElse(10);
        float split = rightLeft - size / 2;
        List<Band> bands = new ArrayList<>();
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end < lines.size() && !crosses(lines.get(end), split)) {
                end++;
            }
            Band band = band(lines.subList(start, end), left, right, rightLeft, split);
            if (band != null) {
                bands.add(band);
            }
            start = end + 1;
        }
        return bands;
    }

    /**
     * The most common start of text right of a gap in the middle of the width, if enough lines share it. Gaps are
     * measured between visible glyphs: a space glyph at the end of a left column's line sits in the gutter.
     */
    private static Float commonRightStart(List<PlacedLine> lines, float left, float right) {
        Map<Integer, Integer> counts = new HashMap<>();
        float width = right - left;
        for (PlacedLine line : lines) {
            List<Glyph> visible = visible(line);
            for (int i = 1; i < visible.size(); i++) {
                float start = visible.get(i).x();
                if (start - visible.get(i - 1).right() >= MIN_GUTTER * line.size()
                        && start > left + GUTTER_FROM * width && start < left + GUTTER_TO * width) {
                    counts.merge(Math.round(start / TOLERANCE), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= MIN_TWO_SIDED)
                .max(Map.Entry.comparingByValue()).map(e -> e.getKey() * TOLERANCE).orElse(null);
    }

    /** True when {@code line} runs across the gutter at {@code split}: no gutter-wide gap between its glyphs there. */
    private static boolean crosses(PlacedLine line, float split) {
        Glyph before = null;
        for (Glyph glyph : visible(line)) {
            if (glyph.x() < split && glyph.right() > split) {
                return true;
            }
            if (glyph.x() >= split) {
                return before != null && glyph.x() - before.right() < MIN_GUTTER * line.size();
            }
            before = glyph;
        }
        return false;
    }

    private static List<Glyph> visible(PlacedLine line) {
        return line.glyphs().stream().filter(g -> !g.isSpace()).toList();
    }

    /** The band {@code run} makes, or null when it is no pair of text columns. */
    private static Band band(List<PlacedLine> run, float left, float right, float rightLeft, float split) {
        int twoSided = 0;
        double leftFill = 0;
        double rightFill = 0;
        int leftLines = 0;
        int rightLines = 0;
        float leftLeft = Float.MAX_VALUE;
        for (PlacedLine line : run) {
            float leftEnd = 0;
            float leftStart = Float.MAX_VALUE;
            float rightStart = Float.MAX_VALUE;
            float rightEnd = 0;
            for (Glyph g : visible(line)) {
                if (g.x() < split) {
                    leftStart = Math.min(leftStart, g.x());
                    leftEnd = Math.max(leftEnd, g.right());
                } else {
                    rightStart = Math.min(rightStart, g.x());
                    rightEnd = Math.max(rightEnd, g.right());
                }
            }
            boolean hasLeft = leftEnd > 0;
            boolean hasRight = rightEnd > 0;
            if (hasLeft) {
                leftLines++;
                leftFill += (leftEnd - leftStart) / (split - left);
                leftLeft = Math.min(leftLeft, leftStart);
            }
            if (hasRight) {
                rightLines++;
                rightFill += (rightEnd - rightStart) / (right - rightLeft);
            }
            if (hasLeft && hasRight) {
                twoSided++;
            }
        }
        float leftWidth = split - left;
        float rightWidth = right - rightLeft;
        boolean balanced = Math.min(leftWidth, rightWidth) >= MIN_WIDTH_RATIO * Math.max(leftWidth, rightWidth);
        if (twoSided < MIN_TWO_SIDED || !balanced || leftFill < MIN_FILL * leftLines || rightFill < MIN_FILL * rightLines) {
            return null;
        }
        // One line's distance: the right column then goes on one line below the left one (the columns' lines
        // need not share baselines, so the run's smallest step is no measure of it).
        float pitch = LINE_PITCH * (float) run.stream().mapToDouble(PlacedLine::size).max().orElse(10);
        return new Band(run.get(0).baseline(), run.get(run.size() - 1).baseline(), split, rightLeft, leftLeft, pitch);
    }
}
