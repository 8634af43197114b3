package org.ilo.sstc.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures of the whole document that decisions about single lines compare against.
 *
 * @param bodySize    the font size most text is set in (median over characters)
 * @param pitches     single line spacing (baseline to baseline) by font size rounded to half points
 * @param cellPadding how far text usually stops short of a cell's right border
 * @param textRight   the right edge of running text outside tables, NaN when there is none
 */
record DocumentMetrics(float bodySize, Map<Float, Float> pitches, float cellPadding, float textRight) {

    /** A line at least this much larger than the body (ratio and points) is a heading. */
    private static final float HEADING_RATIO = 1.15f;
    private static final float HEADING_POINTS = 1.5f;
    /**
     * A line at most this share of the body size, and nearly a point smaller at least, is small print
     * (Word's default footnotes are 10 pt under an 11 pt body).
     */
    private static final float SMALL_RATIO = 0.92f;
    private static final float SMALL_POINTS = 0.9f;

    DocumentMetrics {
        pitches = Map.copyOf(pitches);
    }

    /** Measures {@code pages}, leaving the {@code furniture} lines out. */
    static DocumentMetrics of(List<PageContent> pages, Set<PlacedLine> furniture) {
        List<PlacedLine> outside = new ArrayList<>();
        List<List<PlacedLine>> contexts = new ArrayList<>();
        List<Float> slacks = new ArrayList<>();
        for (PageContent page : pages) {
            List<PlacedLine> pageLines = page.lines().stream().filter(l -> !furniture.contains(l)).toList();
            outside.addAll(pageLines);
            contexts.add(pageLines);
            for (PlacedRow row : page.rows()) {
                for (PlacedRow.Cell cell : row.cells()) {
                    contexts.add(cell.lines());
                    if (cell.lines().size() >= 2) {
                        float right = (float) cell.lines().stream().mapToDouble(PlacedLine::right).max().orElse(0);
                        slacks.add(cell.box().right() - right);
                    }
                }
            }
        }
        float bodySize = medianSize(contexts);
        float textRight = (float) outside.stream().filter(l -> l.size() > SMALL_RATIO * bodySize)
                .mapToDouble(PlacedLine::right).max().orElse(Double.NaN);
        slacks.sort(Float::compare);
        float padding = slacks.isEmpty() ? bodySize / 2 : Math.max(0, slacks.get(slacks.size() / 5));
        return new DocumentMetrics(bodySize, pitches(contexts), padding, textRight);
    }

    /** Single line spacing for text of {@code size}: measured when the document has enough of it, else 1.2 em. */
    float pitch(float size) {
        Float pitch = pitches.get(halfPoints(size));
        return pitch == null ? 1.2f * size : pitch;
    }

    /** True when the line is set clearly larger than the body. */
    boolean isHeading(PlacedLine line) {
        return line.size() >= HEADING_RATIO * bodySize && line.size() - bodySize >= HEADING_POINTS;
    }

    /** True when the line is set clearly smaller than the body (footnotes, small print). */
    boolean isSmall(PlacedLine line) {
        return line.size() <= SMALL_RATIO * bodySize && bodySize - line.size() >= SMALL_POINTS;
    }

    /** The median font size over the characters of all lines of {@code pages}. */
    static float bodySize(List<PageContent> pages) {
        List<List<PlacedLine>> contexts = new ArrayList<>();
        for (PageContent page : pages) {
            contexts.add(page.lines());
            page.rows().forEach(row -> row.cells().forEach(cell -> contexts.add(cell.lines())));
        }
        return medianSize(contexts);
    }

    private static float medianSize(List<List<PlacedLine>> contexts) {
        List<float[]> sizes = new ArrayList<>();
        int total = 0;
        for (List<PlacedLine> lines : contexts) {
            for (PlacedLine line : lines) {
                sizes.add(new float[] {line.size(), line.text().length()});
                total += line.text().length();
            }
        }
        sizes.sort((a, b) -> Float.compare(a[0], b[0]));
        int seen = 0;
        for (float[] size : sizes) {
            seen += (int) size[1];
            if (seen * 2 >= total) {
                return size[0];
            }
        }
        return 10f;
    }

    /** The most common baseline distance between neighbouring lines of one size, where seen five times. */
    private static Map<Float, Float> pitches(List<List<PlacedLine>> contexts) {
        Map<Float, Map<Float, Integer>> counts = new HashMap<>();
        for (List<PlacedLine> lines : contexts) {
            for (int i = 1; i < lines.size(); i++) {
                PlacedLine above = lines.get(i - 1);
                PlacedLine below = lines.get(i);
                if (Math.abs(above.size() - below.size()) < 0.1f) {
                    float distance = Math.round((below.baseline() - above.baseline()) * 4) / 4f;
                    counts.computeIfAbsent(halfPoints(below.size()), k -> new HashMap<>())
                            .merge(distance, 1, Integer::sum);
                }
            }
        }
        Map<Float, Float> pitches = new HashMap<>();
        counts.forEach((size, distances) -> {
            float best = 0;
            int bestCount = 0;
            for (Map.Entry<Float, Integer> entry : distances.entrySet()) {
                // On a tie the smaller distance wins: it is the spacing without paragraph gaps.
                if (entry.getKey() > 0 && (entry.getValue() > bestCount
                        || entry.getValue() == bestCount && entry.getKey() < best)) {
                    best = entry.getKey();
                    bestCount = entry.getValue();
                }
            }
            if (bestCount >= 5) {
                pitches.put(size, best);
            }
        });
        return pitches;
    }

    private static float halfPoints(float size) {
        return Math.round(size * 2) / 2f;
    }
}
