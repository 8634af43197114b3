package org.ilo.sstc.layout;

import java.util.List;

/** One table cell: its lines in reading order (a nested table's rows appear as tab-joined lines). */
public record Cell(List<TextLine> lines) {
    public Cell {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The cell's text, lines joined with '\n'. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (TextLine line : lines) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line.text());
        }
        return sb.toString();
    }

    /** True when the cell has no visible characters. */
    public boolean isBlank() {
        return lines.stream().allMatch(l -> l.text().isBlank());
    }
}
