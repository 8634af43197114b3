package org.ilo.sstc.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds two-column tables drawn without rulings: runs of lines whose right-hand part starts at one
 * consistent x after a wide gap (a label column on the left, a content column on the right). A row
 * starts where a label line follows content-only lines or a vertical gap. Used only on text outside
 * ruled tables.
 */
final class BorderlessTableFinder {

    /** A row's number and the word before it, nothing else: "SECTION 10:", "Criterio 3."; the label's words follow. */
    private static final Pattern ROW_NUMBER_ALONE = Pattern.compile("\\p{L}{2,12}\\s+\\d{1,2}\\s?[.:：]?");
    /** How much smaller than the table's text a line may be and still be set in it (points). */
    private static final float SIZE_TOLERANCE = 0.5f;
    /** Alignment tolerance in points for column starts. */
    private static final float TOLERANCE = 2f;
    /** A run needs this many lines with both a label and a content part. */
    private static final int MIN_LABELLED_LINES = 2;
    /** A label has words: this many letters at least ("–" or "3." before a tab marks a list item). */
    private static final int MIN_LABEL_LETTERS = 2;
    /** ... and this many lines in all. */
    private static final int MIN_LINES = 3;
    /** A label and its content on one line are this many font sizes apart at least (a word space is far less). */
    private static final float CELL_GAP = 1.0f;
    /** A vertical gap this many font sizes wide ends a run. */
    private static final float BREAK_GAP = 3f;
    /** A line this much larger than the table's text is a heading above it, never part of a cell. */
    private static final float HEADING_SIZE_RATIO = 1.2f;
    /** How far, in font sizes, a list nested two levels deep indents its items in the content column. */
    private static final float MAX_CONTENT_INDENT = 8f;
    /** The content column holds text, not page numbers: its widest part is at least this many font sizes. */
    private static final float MIN_CONTENT_WIDTH = 8f;

    /**
     * Where the two columns of a borderless table start.
     *
     * @param labelLeft   left edge of the label column
     * @param contentLeft left edge of the content column
     * @param textSize    the smallest font size of the lines that fill both columns
     */
    record Columns(float labelLeft, float contentLeft, float textSize) {
    }

    /**
     * The tables found on a page.
     *
     * @param tables   the tables, top to bottom
     * @param openEnd  the columns of a table that runs to the end of the page (it may go on), or null
     */
    record Result(List<TableGrid> tables, Columns openEnd) {
        Result {
            tables = List.copyOf(tables);
        }
    }

    private enum Kind { LABEL_AND_CONTENT, LABEL, CONTENT, OTHER }

    private BorderlessTableFinder() {
    }

    /**
     * Finds the borderless tables among a page's {@code lines} (top to bottom).
     *
     * @param previous   the columns of a table the previous page ended in, or null; lines at the top of
     *                   this page aligned with its content column continue it
     * @param pageNumber whether a line is the page's number, which may follow the table's last line closely
     */
    static Result find(List<PlacedLine> lines, Columns previous, Predicate<PlacedLine> pageNumber) {
        // A page may hold several column layouts (a grid of meta lines, a list with tab-set bullets): each is
        // tried, the most common first, on the lines no table took yet.
        List<Columns> layouts = new ArrayList<>(columnsOf(lines));
        if (previous != null && layouts.stream().noneMatch(c -> Math.abs(c.contentLeft() - previous.contentLeft()) <= TOLERANCE)) {
            layouts.add(previous);
        }
        boolean[] taken = new boolean[lines.size()];
        List<int[]> found = new ArrayList<>();
        List<TableGrid> grids = new ArrayList<>();
        Columns openEnd = null;
        for (Columns columns : layouts) {
            int start = 0;
            while (start < lines.size()) {
                int end = runEnd(lines, start, columns, taken);
                boolean continuesPrevious = columns == previous && start == 0;
                // A table opens with a label beside its content: short lines in the label column before that
                // (the end of a wrapped meta line, "Island Countries, Suva") are text above it.
                while (!continuesPrevious && start < end && kind(lines.get(start), columns) == Kind.LABEL) {
                    start++;
                }
                if (end > start && accept(lines.subList(start, end), columns, continuesPrevious, isLastText(lines, end, pageNumber))) {
                    found.add(new int[] {start, grids.size()});
                    grids.add(grid(lines.subList(start, end), columns));
                    java.util.Arrays.fill(taken, start, end, true);
                    if (isLastText(lines, end, pageNumber)) {
                        openEnd = columns;
                    }
                }
                start = Math.max(end, start + 1);
            }
        }
        found.sort(java.util.Comparator.comparingInt(f -> f[0]));
        return new Result(found.stream().map(f -> grids.get(f[1])).toList(), openEnd);
    }

    /** The starts of a line's second part that at least two lines share, the most common first. */
    private static List<Columns> columnsOf(List<PlacedLine> lines) {
        List<Columns> all = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (PlacedLine line : lines) {
            if (!hasLabelPart(line)) {
                continue;
            }
            float contentLeft = line.segments().get(1).left();
            if (all.stream().anyMatch(c -> Math.abs(c.contentLeft() - contentLeft) <= TOLERANCE)) {
                continue;
            }
            int count = 0;
            float labelLeft = Float.MAX_VALUE;
            float textSize = Float.MAX_VALUE;
            for (PlacedLine other : lines) {
                if (hasLabelPart(other) && Math.abs(other.segments().get(1).left() - contentLeft) <= TOLERANCE) {
                    count++;
                    labelLeft = Math.min(labelLeft, other.segments().get(0).left());
                    textSize = Math.min(textSize, other.size());
                }
            }
            if (count >= MIN_LABELLED_LINES) {
                all.add(new Columns(labelLeft, contentLeft, textSize));
                counts.add(count);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingInt((Integer i) -> counts.get(i)).reversed());
        return order.stream().map(all::get).toList();
    }

    /**
     * A line of two parts whose first holds words: a label beside its content. "–" or "3." set off by a tab
     * is a list item's mark, not a label.
     */
    private static boolean hasLabelPart(PlacedLine line) {
        List<PlacedLine.Segment> segments = line.segments();
        if (segments.size() < 2) {
            return false;
        }
        String label = line.text(segments.get(0));
        return label.codePoints().filter(Character::isLetter).limit(MIN_LABEL_LETTERS).count() >= MIN_LABEL_LETTERS;
    }

    /** Index after the last line of the run of table-like lines starting at {@code start}. */
    private static int runEnd(List<PlacedLine> lines, int start, Columns columns, boolean[] taken) {
        int end = start;
        while (end < lines.size() && !taken[end] && kind(lines.get(end), columns) != Kind.OTHER
                && (end == start || !isBreak(lines.get(end - 1), lines.get(end)))) {
            end++;
        }
        return end;
    }

    private static boolean isBreak(PlacedLine above, PlacedLine below) {
        return below.top() - above.bottom() > BREAK_GAP * Math.max(above.size(), below.size());
    }

    /**
     * Whether a run of lines is a table: enough rows, or a table going on from the previous page, or two rows
     * at the foot of the page (the table goes on overleaf).
     */
    private static boolean accept(List<PlacedLine> run, Columns columns, boolean continuesPreviousPage, boolean endsPage) {
        float widest = 0;
        int labelled = 0;
        for (PlacedLine line : run) {
            Kind kind = kind(line, columns);
            if (kind == Kind.LABEL_AND_CONTENT) {
                labelled++;
            }
            if (kind == Kind.LABEL_AND_CONTENT || kind == Kind.CONTENT) {
                List<PlacedLine.Segment> segments = line.segments();
                float contentLeft = kind == Kind.CONTENT ? segments.get(0).left() : columns.contentLeft();
                widest = Math.max(widest, segments.get(segments.size() - 1).right() - contentLeft);
            }
        }
        if (widest < MIN_CONTENT_WIDTH * run.get(0).size()) {
            return false;
        }
        return continuesPreviousPage || labelled >= MIN_LABELLED_LINES && (run.size() >= MIN_LINES || endsPage);
    }

    private static Kind kind(PlacedLine line, Columns columns) {
        List<PlacedLine.Segment> segments = line.segments();
        float size = line.size();
        if (size > HEADING_SIZE_RATIO * columns.textSize()) {
            return Kind.OTHER;
        }
        // The content may be indented in its column: a list item's text, wrapped beside the label's last line.
        if (hasLabelPart(line) && inContentColumn(segments.get(1).left(), columns, size)
                && segments.get(0).right() < columns.contentLeft()) {
            return Kind.LABEL_AND_CONTENT;
        }
        // A label wrapped after a space ("step by ") reaches its content's column with no tab between.
        if (segments.get(0).left() < columns.contentLeft() - size && segments.get(0).right() > columns.contentLeft()
                && line.opensWordAt(columns.contentLeft(), TOLERANCE, CELL_GAP * size)) {
            return Kind.LABEL_AND_CONTENT;
        }
        if (inContentColumn(line.left(), columns, size)) {
            return Kind.CONTENT;
        }
        if (line.left() >= columns.labelLeft() - TOLERANCE && line.right() < columns.contentLeft() - size / 2) {
            return Kind.LABEL;
        }
        return Kind.OTHER;
    }

    /** Whether text starting at {@code left} starts in the content column: at its edge, or indented as lists are. */
    private static boolean inContentColumn(float left, Columns columns, float size) {
        return left >= columns.contentLeft() - TOLERANCE && left <= columns.contentLeft() + MAX_CONTENT_INDENT * size;
    }

    /**
     * True when no line after {@code end} is close enough to belong to the text: only the page number may follow,
     * however close.
     */
    private static boolean isLastText(List<PlacedLine> lines, int end, Predicate<PlacedLine> pageNumber) {
        int next = end;
        while (next < lines.size() && pageNumber.test(lines.get(next))) {
            next++;
        }
        return next == lines.size() || isBreak(lines.get(end - 1), lines.get(end));
    }

    private static TableGrid grid(List<PlacedLine> run, Columns columns) {
        List<Integer> rowStarts = rowStarts(run, columns);
        float right = (float) run.stream().mapToDouble(PlacedLine::right).max().orElse(columns.contentLeft());
        float left = Math.min(columns.labelLeft(), (float) run.stream().mapToDouble(PlacedLine::left).min().orElse(0));
        float split = columns.contentLeft() - TOLERANCE / 2;
        float bottom = run.get(run.size() - 1).bottom() + 1;
        List<TableGrid.Row> rows = new ArrayList<>();
        for (int r = 0; r < rowStarts.size(); r++) {
            float top = run.get(rowStarts.get(r)).top() - 1;
            float rowBottom = r + 1 < rowStarts.size() ? run.get(rowStarts.get(r + 1)).top() - 1 : bottom;
            rows.add(new TableGrid.Row(new Box(left - 1, top, right + 1, rowBottom),
                    List.of(new Box(left - 1, top, split, rowBottom), new Box(split, top, right + 1, rowBottom))));
        }
        return new TableGrid(new Box(left - 1, run.get(0).top() - 1, right + 1, bottom), rows);
    }

    /** Indices of the lines that open a row: the first, and each label line after content-only lines or a gap. */
    private static List<Integer> rowStarts(List<PlacedLine> run, Columns columns) {
        float pitch = typicalPitch(run, columns.textSize());
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 1; i < run.size(); i++) {
            Kind kind = kind(run.get(i), columns);
            if (kind != Kind.LABEL_AND_CONTENT && kind != Kind.LABEL) {
                continue;
            }
            float distance = run.get(i).baseline() - run.get(i - 1).baseline();
            Kind above = kind(run.get(i - 1), columns);
            // A row's number alone on its label line ("SECTION 10:") is a label still to come: it goes on below.
            int rowStart = starts.get(starts.size() - 1);
            if (i == rowStart + 1 && ROW_NUMBER_ALONE.matcher(run.get(rowStart).textLeftOf(columns.contentLeft() - TOLERANCE).strip()).matches()) {
                continue;
            }
            if (above == Kind.CONTENT || distance > pitch + 0.35f * run.get(i).size()
                    || above != Kind.OTHER && labelEndsWithColon(run.get(i - 1), columns)) {
                starts.add(i);
            }
        }
        return starts;
    }

    /** "Submitted by:" ends its label: the next label line opens a row even at single spacing (a short run tells no pitch). */
    private static boolean labelEndsWithColon(PlacedLine line, Columns columns) {
        String label = line.textLeftOf(columns.contentLeft() - TOLERANCE).strip();
        return label.endsWith(":") || label.endsWith("：");
    }

    /**
     * The smallest baseline distance between consecutive lines of the table's text size: single spacing. A line in
     * smaller letters (small capitals, a footnote mark) sits closer to its neighbour and tells no spacing.
     */
    private static float typicalPitch(List<PlacedLine> run, float textSize) {
        float pitch = Float.MAX_VALUE;
        for (int i = 1; i < run.size(); i++) {
            if (run.get(i).size() >= textSize - SIZE_TOLERANCE && run.get(i - 1).size() >= textSize - SIZE_TOLERANCE) {
                pitch = Math.min(pitch, run.get(i).baseline() - run.get(i - 1).baseline());
            }
        }
        return pitch == Float.MAX_VALUE ? 1.2f * run.get(0).size() : pitch;
    }
}
