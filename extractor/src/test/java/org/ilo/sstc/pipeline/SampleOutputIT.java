package org.ilo.sstc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ilo.sstc.batch.InputFiles;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.model.OutputSchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code output/} holds what the extractor makes of {@code samples/}: this test converts each sample
 * again and fails when the committed output is stale, writing the fresh output and the differing
 * JSON paths under {@code extractor/target/sample-output/}. Regenerate with
 * {@code ./extract samples -o output --force}.
 */
class SampleOutputIT {

    static Stream<Path> samples() {
        return InputFiles.collect(List.of(SharedPipeline.projectRoot().resolve("samples"))).stream().map(f -> f.path());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void committedOutputMatchesWhatTheExtractorMakesOfTheSample(Path sample) throws Exception {
        CompendiumDocument document = SharedPipeline.extractor().extract(sample);
        assertThat(OutputSchema.violations(document)).isEmpty();
        String name = sample.getFileName() + ".json";
        Path committed = SharedPipeline.projectRoot().resolve("output").resolve(name);
        assertThat(committed).as("output for %s; run ./extract samples -o output --force", sample.getFileName()).exists();

        JsonNode actual = CompendiumJson.mapper().valueToTree(document);
        JsonNode expected = CompendiumJson.mapper().readTree(committed.toFile());
        List<String> differences = new ArrayList<>();
        diff("", expected, actual, differences);
        if (!differences.isEmpty()) {
            Path dir = Path.of("target", "sample-output");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), CompendiumJson.prettyWriter().writeValueAsBytes(document));
            Files.write(dir.resolve(name + ".diff"), differences);
        }
        assertThat(differences)
                .as("output/%s is stale (fresh output and differences under extractor/target/sample-output/); "
                        + "regenerate with ./extract samples -o output --force", name)
                .isEmpty();
    }

    /** JSON pointers where the two trees differ, with both values. */
    private static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                diff(path + "/" + field.getKey(), field.getValue(), actual.path(field.getKey()), out);
            }
            actual.fieldNames().forEachRemaining(f -> {
                if (!expected.has(f)) {
                    out.add(path + "/" + f + ": unexpected " + actual.get(f));
                }
            });
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                diff(path + "/" + i, expected.get(i), actual.get(i), out);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + " but was " + actual);
        }
    }
}
