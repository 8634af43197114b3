package org.ilo.sstc.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.pipeline.ExtractorVersion;

/** Finds an earlier output that a re-run can keep: made from the same bytes by the same extractor version. */
final class UpToDateOutput {
    private UpToDateOutput() {
    }

    /** The document in {@code output} when it was made from input {@code sha256} by this version, else null. */
    static CompendiumDocument read(Path output, String sha256) {
        if (!Files.isRegularFile(output)) {
            return null;
        }
        try {
            JsonNode tree = CompendiumJson.mapper().readTree(output.toFile());
            if (!sha256.equals(tree.path("source").path("sha256").asText())
                    || !ExtractorVersion.get().equals(tree.path("extractorVersion").asText())) {
                return null;
            }
            return CompendiumJson.mapper().treeToValue(tree, CompendiumDocument.class);
        } catch (IOException | RuntimeException e) {
            // An output we cannot read back (edited, damaged) is simply made again.
            return null;
        }
    }
}
