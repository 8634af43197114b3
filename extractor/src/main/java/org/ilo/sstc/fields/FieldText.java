package org.ilo.sstc.fields;

import java.util.List;
import java.util.Objects;
import org.ilo.sstc.layout.TextLine;

/**
 * The content of one field: the cleaned text and the lines it came from (for later stages that
 * need the structure: contact lines, tab-separated nested rows, hyperlinks).
 *
 * @param text  cleaned text: wrapped lines joined, one bullet or paragraph per line, no label, no instructions
 * @param lines the BODY lines of the field's content as the reader gave them
 */
public record FieldText(String text, List<TextLine> lines) {
    public FieldText {
        Objects.requireNonNull(text, "text");
        lines = List.copyOf(lines);
    }
}
