package org.ilo.sstc.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ilo.sstc.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch: 20 copies of the sample text compendium and 3 bad files on 2 threads. */
class BatchOfCopiesIT {
    private static final Path SAMPLE = Path.of(System.getProperty("project.root", ".."), "samples",
            "sstc-good-practices-2020-2021.tika.txt");

    @TempDir
    Path dir;

    @Test
    void twentyCopiesAndThreeBadFilesGiveTwentyOutputsThreeFailuresAndExitCodeOne() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 1; i <= 20; i++) {
            Files.copy(SAMPLE, in.resolve(String.format("copy-%02d.txt", i)));
        }
        Files.createFile(in.resolve("empty.pdf"));
        CompendiumFixtures.zipBombDocx(in.resolve("bomb.docx"));
        CompendiumFixtures.truncated(CompendiumFixtures.docx(dir.resolve("whole.docx"), 2), in.resolve("cut.docx"), 0.5);
        Path out = dir.resolve("out");

        Cli.Result result = Cli.extract(in, out, "--threads", "2");

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode summary = BatchOutputs.summary(out);
        assertThat(summary.path("files").asInt()).isEqualTo(23);
        assertThat(summary.path("converted").asInt()).isEqualTo(20);
        assertThat(summary.path("failed").asInt()).isEqualTo(3);
        assertThat(summary.path("failures").path("EMPTY_FILE").asInt()).isEqualTo(1);
        assertThat(summary.path("failures").path("CORRUPT").asInt()).isEqualTo(2);
        int perCopy = BatchOutputs.outcome(out, "copy-01.txt").path("practices").asInt();
        assertThat(perCopy).isPositive();
        assertThat(summary.path("practices").asInt()).isEqualTo(20 * perCopy);
        List<JsonNode> lines = BatchOutputs.practiceLines(out);
        assertThat(lines).hasSize(20 * perCopy);
        assertThat(lines).allMatch(line -> line.path("source").asText().matches("copy-\\d\\d\\.txt"));
        assertThat(BatchOutputs.documents(out)).hasSize(20);
        assertThat(BatchOutputs.leftovers(out)).isEmpty();
    }
}
