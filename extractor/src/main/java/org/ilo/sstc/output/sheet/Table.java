package org.ilo.sstc.output.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.ilo.sstc.model.CompendiumDocument;

/**
 * A sheet: its name, its columns, and how a document gives its rows.
 *
 * @param rows adds a document's rows to the list given
 */
public record Table<R>(String name, List<Column<R>> columns, BiConsumer<CompendiumDocument, List<R>> rows) {
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
    }

    /** The rows of {@code document}, in document order. */
    public List<R> rowsOf(CompendiumDocument document) {
        List<R> list = new ArrayList<>();
        rows.accept(document, list);
        return list;
    }

    /** The values of {@code row}, one per column. */
    public List<Object> values(R row) {
        return columns.stream().map(c -> c.value().apply(row)).toList();
    }

    /** The column headers. */
    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
