package org.ilo.sstc.layout;

import java.util.Arrays;
import java.util.List;

/** Builders for neutral-model fixtures in tests: what a reader would have produced. */
public final class Lines {
    private Lines() {
    }

    /** A plain line starting a paragraph. */
    public static TextLine para(String text) {
        return new TextLine(text, 1, 0, false, 11f, LineStart.PARAGRAPH, LineRole.BODY, List.of());
    }

    /** A plain line of flattened text whose paragraph start is unknown. */
    public static TextLine flat(String text) {
        return new TextLine(text, 0, 0, false, 0f, LineStart.UNKNOWN, LineRole.BODY, List.of());
    }

    /** A line wrapped from the one above. */
    public static TextLine wrapped(String text) {
        return new TextLine(text, 1, 0, false, 11f, LineStart.WRAPPED, LineRole.BODY, List.of());
    }

    /** A bold line. */
    public static TextLine bold(String text) {
        return new TextLine(text, 1, text.length(), false, 11f, LineStart.PARAGRAPH, LineRole.BODY, List.of());
    }

    /** A line whose first {@code label} characters are bold, followed by {@code value}. */
    public static TextLine labelled(String label, String value) {
        return new TextLine(label + value, 1, label.length(), false, 11f, LineStart.PARAGRAPH, LineRole.BODY, List.of());
    }

    /** A footnote line. */
    public static TextLine footnote(String text) {
        return new TextLine(text, 1, 0, false, 8f, LineStart.PARAGRAPH, LineRole.FOOTNOTE, List.of());
    }

    /** A cell of lines. */
    public static Cell cell(TextLine... lines) {
        return new Cell(Arrays.asList(lines));
    }

    /** A two-column row: a bold label cell (one bold line per label line) and a content cell. */
    public static TableRow row(List<String> labelLines, TextLine... content) {
        return new TableRow(List.of(new Cell(labelLines.stream().map(Lines::bold).toList()), cell(content)), 1);
    }

    /** A two-column row with a one-line label. */
    public static TableRow row(String label, TextLine... content) {
        return row(List.of(label), content);
    }

    /** A document of the given blocks. */
    public static LayoutDocument document(SourceFormat format, Block... blocks) {
        return new LayoutDocument(format, 1, Arrays.asList(blocks), List.of());
    }
}
