package org.ilo.sstc.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds bordered tables from a page's rulings: connected horizontal and vertical lines make a table;
 * vertical lines running through most of its height are column edges; horizontal lines crossing
 * every column are row edges. Lines that touch no border (link underlines) and lines of a nested
 * table (too short to be column edges, too narrow to be row edges) are ignored.
 */
final class RuledTableFinder {

    /** Lines this close (in points) are taken to meet or to be the same line. */
    private static final float TOLERANCE = 2f;
    /** A vertical line is a column edge when it covers at least this share of the table height. */
    private static final float COLUMN_EDGE_COVERAGE = 0.5f;
    /** Within a row, a column edge must cover at least this share of the row height to split it. */
    private static final float CELL_EDGE_COVERAGE = 0.5f;

    private RuledTableFinder() {
    }

    /** The tables drawn with {@code rulings}, top to bottom; a single framed box is not a table. */
    static List<TableGrid> find(List<Ruling> rulings) {
        List<Ruling> merged = merge(rulings);
        int[] parent = new int[merged.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < merged.size(); i++) {
            for (int j = i + 1; j < merged.size(); j++) {
                if (merged.get(i).crosses(merged.get(j), TOLERANCE)) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Ruling>> components = new HashMap<>();
        for (int i = 0; i < merged.size(); i++) {
            components.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(merged.get(i));
        }
        List<TableGrid> tables = new ArrayList<>();
        for (List<Ruling> component : components.values()) {
            TableGrid grid = toGrid(component);
            if (grid != null) {
                tables.add(grid);
            }
        }
        tables.sort(Comparator.comparingDouble(t -> t.bounds().top()));
        return tables;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins pieces of the same line (collinear, overlapping or touching) into one ruling. */
    static List<Ruling> merge(List<Ruling> rulings) {
        List<Ruling> merged = new ArrayList<>();
        for (boolean horizontal : new boolean[] {true, false}) {
            for (List<Ruling> line : byPosition(rulings.stream().filter(r -> r.horizontal() == horizontal).toList(),
                    1f)) {
                merged.addAll(joinSegments(line));
            }
        }
        return merged;
    }

    /** Groups same-orientation rulings whose positions lie within {@code tolerance} of their neighbour's. */
    private static List<List<Ruling>> byPosition(List<Ruling> rulings, float tolerance) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparingDouble(Ruling::position));
        List<List<Ruling>> groups = new ArrayList<>();
        for (Ruling ruling : sorted) {
            List<Ruling> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && ruling.position() - last.get(last.size() - 1).position() <= tolerance) {
                last.add(ruling);
            } else {
                List<Ruling> group = new ArrayList<>();
                group.add(ruling);
                groups.add(group);
            }
        }
        return groups;
    }

    private static List<Ruling> joinSegments(List<Ruling> line) {
        float position = (float) line.stream().mapToDouble(Ruling::position).average().orElse(0);
        List<Ruling> sorted = new ArrayList<>(line);
        sorted.sort(Comparator.comparingDouble(Ruling::start));
        List<Ruling> joined = new ArrayList<>();
        float start = sorted.get(0).start();
        float end = sorted.get(0).end();
        for (Ruling ruling : sorted.subList(1, sorted.size())) {
            if (ruling.start() <= end + TOLERANCE) {
                end = Math.max(end, ruling.end());
            } else {
                joined.add(new Ruling(line.get(0).horizontal(), position, start, end));
                start = ruling.start();
                end = ruling.end();
            }
        }
        joined.add(new Ruling(line.get(0).horizontal(), position, start, end));
        return joined;
    }

    private static TableGrid toGrid(List<Ruling> component) {
        List<Ruling> verticals = component.stream().filter(r -> !r.horizontal()).toList();
        List<Ruling> horizontals = component.stream().filter(Ruling::horizontal)
                .filter(h -> verticals.stream().filter(v -> v.crosses(h, TOLERANCE)).count() >= 2).toList();
        if (verticals.size() < 2 || horizontals.isEmpty()) {
            return null;
        }
        Box bounds = boundsOf(verticals, horizontals);
        List<Float> columnEdges = columnEdges(verticals, bounds);
        if (columnEdges.size() < 3) {
            return null;
        }
        List<Float> rowEdges = rowEdges(horizontals, columnEdges, bounds);
        List<TableGrid.Row> rows = new ArrayList<>();
        for (int i = 1; i < rowEdges.size(); i++) {
            float top = rowEdges.get(i - 1);
            float bottom = rowEdges.get(i);
            rows.add(new TableGrid.Row(new Box(bounds.left(), top, bounds.right(), bottom),
                    cells(verticals, columnEdges, top, bottom)));
        }
        return rows.isEmpty() ? null : new TableGrid(bounds, rows);
    }

    private static Box boundsOf(List<Ruling> verticals, List<Ruling> horizontals) {
        Box.Extent extent = new Box.Extent();
        verticals.forEach(v -> extent.add(v.position(), v.start(), v.position(), v.end()));
        horizontals.forEach(h -> extent.add(h.start(), h.position(), h.end(), h.position()));
        return extent.toBox();
    }

    private static List<Float> columnEdges(List<Ruling> verticals, Box bounds) {
        List<Float> edges = new ArrayList<>();
        edges.add(bounds.left());
        edges.add(bounds.right());
        for (List<Ruling> line : byPosition(verticals, TOLERANCE)) {
            if (covered(line, bounds.top(), bounds.bottom()) >= COLUMN_EDGE_COVERAGE * bounds.height()) {
                edges.add((float) line.stream().mapToDouble(Ruling::position).average().orElse(0));
            }
        }
        return distinct(edges);
    }

    private static List<Float> rowEdges(List<Ruling> horizontals, List<Float> columnEdges, Box bounds) {
        List<Float> edges = new ArrayList<>();
        edges.add(bounds.top());
        edges.add(bounds.bottom());
        for (List<Ruling> line : byPosition(horizontals, 1.5f)) {
            if (crossesEveryColumn(line, columnEdges)) {
                edges.add((float) line.stream().mapToDouble(Ruling::position).average().orElse(0));
            }
        }
        return distinct(edges);
    }

    private static boolean crossesEveryColumn(List<Ruling> line, List<Float> columnEdges) {
        for (int c = 1; c < columnEdges.size(); c++) {
            float middle = (columnEdges.get(c - 1) + columnEdges.get(c)) / 2;
            if (line.stream().noneMatch(r -> r.start() - TOLERANCE <= middle && middle <= r.end() + TOLERANCE)) {
                return false;
            }
        }
        return true;
    }

    /** The cells of the row between {@code top} and {@code bottom}: column edges present there split it. */
    private static List<Box> cells(List<Ruling> verticals, List<Float> columnEdges, float top, float bottom) {
        List<Box> cells = new ArrayList<>();
        float cellLeft = columnEdges.get(0);
        for (int c = 1; c < columnEdges.size(); c++) {
            float edge = columnEdges.get(c);
            boolean last = c == columnEdges.size() - 1;
            if (last || covered(verticalsAt(verticals, edge), top, bottom) >= CELL_EDGE_COVERAGE * (bottom - top)) {
                cells.add(new Box(cellLeft, top, edge, bottom));
                cellLeft = edge;
            }
        }
        return cells;
    }

    private static List<Ruling> verticalsAt(List<Ruling> verticals, float x) {
        return verticals.stream().filter(v -> Math.abs(v.position() - x) <= TOLERANCE).toList();
    }

    /** Length of [from, to] that the segments cover. */
    private static float covered(List<Ruling> segments, float from, float to) {
        List<Ruling> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparingDouble(Ruling::start));
        float total = 0;
        float reached = from;
        for (Ruling segment : sorted) {
            float start = Math.max(segment.start(), reached);
            float end = Math.min(segment.end(), to);
            if (end > start) {
                total += end - start;
                reached = end;
            }
        }
        return total;
    }

    /** Sorted values with near-duplicates (within TOLERANCE) collapsed to the first. */
    private static List<Float> distinct(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> distinct = new ArrayList<>();
        for (Float value : sorted) {
            if (distinct.isEmpty() || value - distinct.get(distinct.size() - 1) > TOLERANCE) {
                distinct.add(value);
            }
        }
        return distinct;
    }
}
