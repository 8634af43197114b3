package org.ilo.sstc.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ilo.sstc.cli.Cli;
import org.junit.jupiter.api.Test;

/** A batch of small made-up compendia through the command line: outputs, summary, exit codes, re-runs. */
class BatchRunIT extends BatchFolders {

    private Cli.Result extract(String... options) {
        return Cli.extract(in, out, options);
    }

    @Test
    void allInputsConvertedExitsZeroWithOneDocumentPerInputAndEveryPracticeInTheJsonLines() throws Exception {
        CompendiumFixtures.text(in.resolve("east.txt"), 2);
        CompendiumFixtures.text(in.resolve("regional/west.txt"), 3);
        CompendiumFixtures.docx(in.resolve("south.docx"), 1);

        Cli.Result result = extract("--threads", "2");

        assertThat(result.exitCode()).isZero();
        assertThat(BatchOutputs.documents(out)).containsExactly(out.resolve("east.txt.json"),
                out.resolve("regional/west.txt.json"), out.resolve("south.docx.json"));
        List<JsonNode> lines = BatchOutputs.practiceLines(out);
        assertThat(lines).extracting(l -> l.path("source").asText() + " " + l.path("number").asInt())
                .as("input order, whatever order the threads finish in")
                .containsExactly("east.txt 1", "east.txt 2", "west.txt 1", "west.txt 2", "west.txt 3", "south.docx 1");
        assertThat(BatchOutputs.leftovers(out)).isEmpty();
    }

    @Test
    void summaryCountsFilesPracticesWarningsAndTimeAndIsPrinted() throws Exception {
        CompendiumFixtures.text(in.resolve("east.txt"), 2);
        CompendiumFixtures.text(in.resolve("west.txt"), 3);

        Cli.Result result = extract();

        JsonNode summary = BatchOutputs.summary(out);
        assertThat(summary.path("files").asInt()).isEqualTo(2);
        assertThat(summary.path("converted").asInt()).isEqualTo(2);
        assertThat(summary.path("failed").asInt()).isZero();
        assertThat(summary.path("failures").isEmpty()).isTrue();
        assertThat(summary.path("practices").asInt()).isEqualTo(5);
        assertThat(summary.path("warnings").isInt()).isTrue();
        assertThat(summary.path("seconds").asDouble()).isPositive();
        assertThat(summary.path("extractorVersion").asText()).isNotBlank();
        JsonNode west = BatchOutputs.outcome(out, "west.txt");
        assertThat(west.path("status").asText()).isEqualTo("CONVERTED");
        assertThat(west.path("practices").asInt()).isEqualTo(3);
        assertThat(west.path("output").asText()).endsWith("west.txt.json");
        assertThat(result.out()).startsWith("2 file(s): 2 converted, 0 unchanged, 0 failed; 5 practices");
    }

    @Test
    void plainProgressLinesWhenNotOnATerminal() throws Exception {
        CompendiumFixtures.text(in.resolve("east.txt"), 2);
        CompendiumFixtures.text(in.resolve("west.txt"), 1);
        Files.writeString(in.resolve("notes.txt"), "Minutes of the meeting. Nothing about practices.");

        Cli.Result result = extract();

        assertThat(result.err().lines().toList()).hasSize(3).allMatch(line -> line.matches("\\[\\d/3] .*"))
                .anyMatch(line -> line.matches("\\[\\d/3] converted +.*east\\.txt \\(2 practices, \\d+ warnings, [\\d.]+ s\\)"))
                .anyMatch(line -> line.matches("\\[\\d/3] failed +notes\\.txt: not a compendium: .*"));
    }

    @Test
    void oneBadInputExitsOneAndTheOthersAreStillConverted() throws Exception {
        CompendiumFixtures.text(in.resolve("east.txt"), 2);
        Files.writeString(in.resolve("notes.txt"), "Minutes of the meeting. Nothing about practices.");

        Cli.Result result = extract();

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(out.resolve("east.txt.json")).exists();
        assertThat(out.resolve("notes.txt.json")).doesNotExist();
        assertThat(BatchOutputs.practiceLines(out)).hasSize(2);
        JsonNode summary = BatchOutputs.summary(out);
        assertThat(summary.path("failed").asInt()).isEqualTo(1);
        assertThat(summary.path("failures").path("NOT_A_COMPENDIUM").asInt()).isEqualTo(1);
        assertThat(BatchOutputs.outcome(out, "notes.txt").path("message").asText())
                .startsWith("notes.txt: not a compendium: no GOOD PRACTICE heading found");
        assertThat(result.out()).contains("  failed: notes.txt: not a compendium");
    }

    @Test
    void reRunSkipsUnchangedInputsAndKeepsTheirPracticesInTheJsonLines() throws Exception {
        CompendiumFixtures.text(in.resolve("east.txt"), 2);
        CompendiumFixtures.text(in.resolve("west.txt"), 1);
        extract();
        byte[] firstEast = Files.readAllBytes(out.resolve("east.txt.json"));
        CompendiumFixtures.text(in.resolve("west.txt"), 3);

        Cli.Result again = extract();

        assertThat(again.exitCode()).isZero();
        assertThat(BatchOutputs.outcome(out, "east.txt").path("status").asText()).isEqualTo("SKIPPED");
        assertThat(BatchOutputs.outcome(out, "west.txt").path("status").asText()).as("its content changed")
                .isEqualTo("CONVERTED");
        assertThat(Files.readAllBytes(out.resolve("east.txt.json"))).isEqualTo(firstEast);
        assertThat(BatchOutputs.practiceLines(out)).hasSize(5);
        assertThat(again.out()).startsWith("2 file(s): 1 converted, 1 unchanged, 0 failed; 5 practices");
    }

    @Test
    void forceConvertsUnchangedInputsAgain() throws Exception {
        CompendiumFixtures.text(in.resolve("east.txt"), 2);
        extract();

        extract("--force");

        assertThat(BatchOutputs.outcome(out, "east.txt").path("status").asText()).isEqualTo("CONVERTED");
    }

    @Test
    void outputMadeByAnotherExtractorVersionIsConvertedAgain() throws Exception {
        CompendiumFixtures.text(in.resolve("east.txt"), 2);
        extract();
        Path output = out.resolve("east.txt.json");
        Files.writeString(output, Files.readString(output).replaceFirst("\"extractorVersion\" : \"[^\"]*\"",
                "\"extractorVersion\" : \"0.0.1-old\""));

        extract();

        assertThat(BatchOutputs.outcome(out, "east.txt").path("status").asText()).isEqualTo("CONVERTED");
        assertThat(Files.readString(output)).doesNotContain("0.0.1-old");
    }

    @Test
    void failedReconversionLeavesTheEarlierOutputAsItWas() throws Exception {
        Path input = CompendiumFixtures.text(in.resolve("east.txt"), 2);
        extract();
        byte[] earlier = Files.readAllBytes(out.resolve("east.txt.json"));
        Files.writeString(input, "The practices were moved to another file.");

        Cli.Result result = extract();

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(Files.readAllBytes(out.resolve("east.txt.json"))).isEqualTo(earlier);
        assertThat(BatchOutputs.leftovers(out)).isEmpty();
    }

    @Test
    void successfulReconversionReplacesTheEarlierOutputWhole() throws Exception {
        Path input = CompendiumFixtures.text(in.resolve("east.txt"), 2);
        extract();
        CompendiumFixtures.text(input, 4);

        extract();

        JsonNode document = org.ilo.sstc.model.CompendiumJson.mapper().readTree(out.resolve("east.txt.json").toFile());
        assertThat(document.path("practices")).hasSize(4);
        assertThat(BatchOutputs.leftovers(out)).isEmpty();
    }

    @Test
    void jsonlOptionWritesEachInputsPracticesBesideItsDocument() throws Exception {
        CompendiumFixtures.text(in.resolve("east.txt"), 2);

        extract("--jsonl");

        assertThat(Files.readAllLines(out.resolve("east.txt.jsonl"))).hasSize(2);
    }

    @Test
    void twoInputsWhoseOutputsWouldCollideFailTheSecondNamingTheFirst() throws Exception {
        Path a = CompendiumFixtures.text(dir.resolve("a/same.txt"), 1);
        Path b = CompendiumFixtures.text(dir.resolve("b/same.txt"), 1);

        Cli.Result result = Cli.run(a.toString(), b.toString(), "-o", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(BatchOutputs.outcome(out, "b/same.txt").path("message").asText())
                .isEqualTo("same.txt: cannot read or write file: its output same.txt.json is already taken by " + a);
    }
}
