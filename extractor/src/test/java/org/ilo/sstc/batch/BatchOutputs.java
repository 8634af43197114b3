package org.ilo.sstc.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.model.OutputSchema;

/** Reads what a batch left in its output folder, the way a consumer of the outputs would. */
public final class BatchOutputs {
    private BatchOutputs() {
    }

    public static JsonNode summary(Path outDir) throws IOException {
        return CompendiumJson.mapper().readTree(outDir.resolve(BatchRunner.SUMMARY_FILE).toFile());
    }

    /** The outcome of the input whose path ends with {@code name}. */
    public static JsonNode outcome(Path outDir, String name) throws IOException {
        for (JsonNode outcome : summary(outDir).path("outcomes")) {
            if (outcome.path("input").asText().endsWith(name)) {
                return outcome;
            }
        }
        throw new AssertionError("no outcome for " + name + " in " + summary(outDir));
    }

    /** The lines of {@code practices.jsonl}, each checked against the schema's practice-line definition. */
    public static List<JsonNode> practiceLines(Path outDir) throws IOException {
        List<JsonNode> lines = Files.readAllLines(outDir.resolve(BatchRunner.PRACTICES_FILE), StandardCharsets.UTF_8)
                .stream().map(BatchOutputs::parse).toList();
        for (JsonNode line : lines) {
            assertThat(OutputSchema.lineViolations(line)).as("violations of %s", line.path("source")).isEmpty();
        }
        return lines;
    }

    /** Every {@code *.json} document written (summary aside), each checked against the schema. */
    public static List<Path> documents(Path outDir) throws IOException {
        try (Stream<Path> files = Files.walk(outDir)) {
            List<Path> documents = files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals(BatchRunner.SUMMARY_FILE))
                    .sorted().toList();
            for (Path document : documents) {
                assertThat(OutputSchema.violations(CompendiumJson.mapper().readTree(document.toFile())))
                        .as("violations of %s", document).isEmpty();
            }
            return documents;
        }
    }

    /** Files left half-written: temporary files of the atomic writes. */
    public static List<Path> leftovers(Path outDir) throws IOException {
        try (Stream<Path> files = Files.walk(outDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static JsonNode parse(String line) {
        try {
            return CompendiumJson.mapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + line, e);
        }
    }
}
