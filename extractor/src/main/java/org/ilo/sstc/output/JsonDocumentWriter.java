package org.ilo.sstc.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.model.OutputSchema;

/** Writes a compendium document as pretty-printed UTF-8 JSON, valid against the output schema, atomically. */
public final class JsonDocumentWriter {

    /** Writes {@code document} to {@code target}, replacing it only when the new file is complete. */
    public void write(CompendiumDocument document, Path target) throws IOException {
        List<String> violations = OutputSchema.violations(document);
        if (!violations.isEmpty()) {
            // A bug of ours, not of the input: never hand consumers a document the schema rejects.
            throw new IllegalStateException("output for " + document.source().file()
                    + " violates the schema: " + String.join("; ", violations));
        }
        byte[] json = CompendiumJson.prettyWriter().writeValueAsBytes(document);
        AtomicFile.write(target, out -> {
            out.write(json);
            out.write('\n');
        });
    }
}
