package org.ilo.sstc.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.model.OutputSchema;

/** Writes a compendium document as pretty-printed UTF-8 JSON, valid against the output schema, atomically. Thread-safe. */
public final class JsonDocumentWriter {

    /** Writes {@code document} to {@code target}, replacing it only when the new file is complete. */
    public void write(CompendiumDocument document, Path target) throws IOException {
        write(encode(document), target);
    }

    /** Writes JSON that {@link #encode} made to {@code target}, replacing it only when the new file is complete. */
    public void write(byte[] json, Path target) throws IOException {
        AtomicFile.write(target, out -> out.write(json));
    }

    /**
     * The bytes {@link #write} writes: the document checked against the schema, then serialised.
     *
     * @throws IllegalStateException when the document violates the schema (a bug of ours, not of the input)
     */
    public byte[] encode(CompendiumDocument document) throws IOException {
        List<String> violations = OutputSchema.violations(document);
        if (!violations.isEmpty()) {
            // Never hand consumers a document the schema rejects.
            throw new IllegalStateException("output for " + document.source().file()
                    + " violates the schema: " + String.join("; ", violations));
        }
        byte[] json = CompendiumJson.prettyWriter().writeValueAsBytes(document);
        byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
        withNewline[json.length] = '\n';
        return withNewline;
    }
}
