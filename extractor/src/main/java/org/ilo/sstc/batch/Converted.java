package org.ilo.sstc.batch;

import java.util.Objects;
import org.ilo.sstc.model.CompendiumDocument;

/**
 * A converted file: its document, and the JSON to write for it (validated against the schema already).
 *
 * @param document the document
 * @param json     its pretty-printed JSON, as {@link org.ilo.sstc.output.JsonDocumentWriter#encode} makes it
 */
public record Converted(CompendiumDocument document, byte[] json) {
    public Converted {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(json, "json");
    }
}
