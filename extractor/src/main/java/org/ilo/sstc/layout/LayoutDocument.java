package org.ilo.sstc.layout;

import java.util.List;
import java.util.Objects;

/**
 * A whole input document in the neutral model.
 *
 * @param format    the format it was read from
 * @param pageCount number of pages, or 0 when the format has none
 * @param blocks    lines and table rows in reading order, furniture removed, footnotes as FOOTNOTE lines
 * @param warnings  problems the reader met but recovered from (e.g. a page without text layer)
 */
public record LayoutDocument(SourceFormat format, int pageCount, List<Block> blocks, List<String> warnings) {
    public LayoutDocument {
        Objects.requireNonNull(format, "format");
        if (pageCount < 0) {
            throw new IllegalArgumentException("pageCount must be >= 0, but is " + pageCount);
        }
        blocks = List.copyOf(blocks);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
