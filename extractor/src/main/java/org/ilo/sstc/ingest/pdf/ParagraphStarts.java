package org.ilo.sstc.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ilo.sstc.layout.LineStart;

/**
 * Decides for each line whether it starts a paragraph. A line starts one when it is the first of its
 * cell or text, follows a vertical gap, opens with a bullet, or when the line above ended so far short
 * of the column's right edge that this line's first word would have fitted there; it wraps when the
 * line above ran to the edge. A cell or text that a page break splits is judged across the break.
 */
final class ParagraphStarts {

    /** A vertical gap of this share of the font size beyond single spacing separates paragraphs. */
    private static final float GAP = 0.4f;
    /** Room for the space before a word, as a share of the font size. */
    private static final float SPACE = 0.25f;
    private static final Pattern BULLET = Pattern.compile("^(?:[•▪◦●■□◆►➢✓]|[-–—]\\s)");
    private static final Pattern HYPHENATED = Pattern.compile("\\p{L}-$");

    private final DocumentMetrics metrics;
    private final Map<PlacedLine, LineStart> starts = new IdentityHashMap<>();

    private ParagraphStarts(DocumentMetrics metrics) {
        this.metrics = metrics;
    }

    /** The start of every line of {@code pages} (given in order), by identity. */
    static Map<PlacedLine, LineStart> of(List<OrderedPage> pages, DocumentMetrics metrics) {
        ParagraphStarts decider = new ParagraphStarts(metrics);
        Placed carried = null;
        List<Float> carriedEdges = List.of();
        for (OrderedPage page : pages) {
            Map<Float, Float> columnRights = columnRights(page);
            PlacedLine previousLine = carried instanceof PlacedLine line ? line : null;
            PlacedRow previousRow = carried instanceof PlacedRow row ? row : null;
            boolean first = true;
            for (Placed item : page.body()) {
                if (item instanceof PlacedRow row) {
                    decider.decideRow(row, columnRights, first ? previousRow : null, carriedEdges);
                    previousLine = null;
                } else if (item instanceof PlacedLine line) {
                    decider.starts.put(line, previousLine == null ? LineStart.PARAGRAPH
                            : decider.decide(previousLine, line, metrics.textRight(), !first));
                    previousLine = line;
                }
                first = false;
            }
            decider.decideFootnotes(page.footnotes());
            carried = page.body().isEmpty() ? null : page.body().get(page.body().size() - 1);
            carriedEdges = carried instanceof PlacedRow row ? decider.edges(row, columnRights) : List.of();
        }
        return decider.starts;
    }

    /** For each column of the page's tables (keyed by its right border), the furthest right its text reaches. */
    private static Map<Float, Float> columnRights(OrderedPage page) {
        Map<Float, Float> rights = new HashMap<>();
        for (Placed item : page.body()) {
            if (item instanceof PlacedRow row) {
                for (PlacedRow.Cell cell : row.cells()) {
                    for (PlacedLine line : cell.lines()) {
                        rights.merge(columnKey(cell), line.right(), Math::max);
                    }
                }
            }
        }
        return rights;
    }

    private static float columnKey(PlacedRow.Cell cell) {
        return Math.round(cell.box().right());
    }

    private List<Float> edges(PlacedRow row, Map<Float, Float> columnRights) {
        List<Float> edges = new ArrayList<>();
        for (PlacedRow.Cell cell : row.cells()) {
            float right = cell.box().right();
            float reached = Math.min(columnRights.getOrDefault(columnKey(cell), 0f), right);
            edges.add(Math.max(reached, right - metrics.cellPadding()));
        }
        return edges;
    }

    /**
     * Decides the lines of a row. When the row opens a page right after a row with as many cells, and
     * either its first cell is blank or some other cell's text runs on from that row, it is that row split
     * by the page break: each cell's first line is then judged against the end of the same cell there.
     * Otherwise every cell starts a paragraph.
     */
    private void decideRow(PlacedRow row, Map<Float, Float> columnRights, PlacedRow previousRow,
                           List<Float> previousEdges) {
        List<Float> edges = edges(row, columnRights);
        boolean continued = previousRow != null && previousRow.cells().size() == row.cells().size()
                && (row.cells().get(0).lines().isEmpty() || runsOn(previousRow, row, previousEdges));
        for (int c = 0; c < row.cells().size(); c++) {
            List<PlacedLine> lines = row.cells().get(c).lines();
            for (int i = 0; i < lines.size(); i++) {
                LineStart start;
                if (i > 0) {
                    start = decide(lines.get(i - 1), lines.get(i), edges.get(c), true);
                } else if (continued && !previousRow.cells().get(c).lines().isEmpty()) {
                    start = decide(lastLine(previousRow, c), lines.get(i), previousEdges.get(c), false);
                } else {
                    start = LineStart.PARAGRAPH;
                }
                starts.put(lines.get(i), start);
            }
        }
    }

    /** True when a cell after the first continues the paragraph its counterpart in {@code before} ended with. */
    private boolean runsOn(PlacedRow before, PlacedRow row, List<Float> beforeEdges) {
        for (int c = 1; c < row.cells().size(); c++) {
            List<PlacedLine> lines = row.cells().get(c).lines();
            if (!lines.isEmpty() && !before.cells().get(c).lines().isEmpty()
                    && decide(lastLine(before, c), lines.get(0), beforeEdges.get(c), false) == LineStart.WRAPPED) {
                return true;
            }
        }
        return false;
    }

    private static PlacedLine lastLine(PlacedRow row, int cell) {
        List<PlacedLine> lines = row.cells().get(cell).lines();
        return lines.get(lines.size() - 1);
    }

    private void decideFootnotes(List<PlacedLine> footnotes) {
        float edge = (float) footnotes.stream().mapToDouble(PlacedLine::right).max().orElse(0);
        if (!Float.isNaN(metrics.textRight())) {
            edge = Math.max(edge, metrics.textRight());
        }
        for (int i = 0; i < footnotes.size(); i++) {
            starts.put(footnotes.get(i), i == 0 ? LineStart.PARAGRAPH
                    : decide(footnotes.get(i - 1), footnotes.get(i), edge, true));
        }
    }

    /**
     * Whether {@code line} starts a paragraph after {@code above}.
     *
     * @param edge     the column's right edge, NaN when unknown
     * @param gapKnown false when a page break lies between the lines, so their distance means nothing
     */
    private LineStart decide(PlacedLine above, PlacedLine line, float edge, boolean gapKnown) {
        if (Math.abs(line.size() - above.size()) >= 1f || BULLET.matcher(line.text()).find()) {
            return LineStart.PARAGRAPH;
        }
        if (gapKnown && line.baseline() - above.baseline() > metrics.pitch(line.size()) + GAP * line.size()) {
            return LineStart.PARAGRAPH;
        }
        if (HYPHENATED.matcher(above.text()).find()) {
            return LineStart.WRAPPED;
        }
        if (Float.isNaN(edge)) {
            return LineStart.UNKNOWN;
        }
        float room = edge - above.right();
        return line.firstWordWidth() + SPACE * line.size() <= room ? LineStart.PARAGRAPH : LineStart.WRAPPED;
    }
}
