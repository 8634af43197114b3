package org.ilo.sstc.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ilo.sstc.cli.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9's defects, each on an input the test generates, in a batch beside a good compendium: the cause,
 * the message, the other file still converted, and (for the once-quadratic cases) the time.
 */
class HostileInputIT extends BatchFolders {
    /** Generous: the quadratic pattern took 46-54 s on these inputs; linear, the file takes well under 2 s. */
    private static final Duration GENEROUS = Duration.ofSeconds(10);

    @BeforeAll
    static void loadTheModelOutsideAnyTimeLimit(@TempDir Path warm) throws Exception {
        Cli.extract(CompendiumFixtures.text(warm.resolve("warm.txt"), 1), warm.resolve("out"));
    }

    @BeforeEach
    void goodCompendium() throws Exception {
        CompendiumFixtures.text(in.resolve("good.txt"), 2);
    }

    private Cli.Result batch(String... options) {
        return assertTimeoutPreemptively(GENEROUS.multipliedBy(3), () -> Cli.extract(in, out, options));
    }

    private void goodFileStillConverted() throws Exception {
        assertThat(BatchOutputs.outcome(out, "good.txt").path("status").asText()).isEqualTo("CONVERTED");
        assertThat(BatchOutputs.outcome(out, "good.txt").path("practices").asInt()).isEqualTo(2);
    }

    private JsonNode document(String name) throws Exception {
        return org.ilo.sstc.model.CompendiumJson.mapper().readTree(out.resolve(name + ".json").toFile());
    }

    @Test
    void hundredThousandLetterWordInADocxCellConvertsWithinTheLimit() throws Exception {
        HostileFiles.docxTableWithLongWord(in.resolve("long.docx"), 2, 100_000);

        Cli.Result result = batch();

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode long_ = BatchOutputs.outcome(out, "long.docx");
        assertThat(long_.path("practices").asInt()).isEqualTo(2);
        assertThat(long_.path("seconds").asDouble()).isLessThan(GENEROUS.toSeconds());
        goodFileStillConverted();
    }

    @Test
    void fiftyThousandLetterWordInATextFileConvertsWithinTheLimit() throws Exception {
        HostileFiles.textWithLongWord(in.resolve("long.txt"), 2, 50_000);

        Cli.Result result = batch();

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(BatchOutputs.outcome(out, "long.txt").path("seconds").asDouble()).isLessThan(GENEROUS.toSeconds());
        assertThat(document("long.txt").path("practices")).hasSize(2);
        goodFileStillConverted();
    }

    @Test
    void twentyStrayBytesInALargeUtf8TextKeepItUtf8WithAWarningAndEveryPractice() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line : CompendiumFixtures.lines(21)) {
            lines.add(line.startsWith("Results") ? line + " Formación en AMÉRICA LATINA, Perú y México; "
                    + "coopération Sud-Sud en Côte d’Ivoire; cooperação em São Tomé. ".repeat(70) : line);
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        for (int i = 1; i <= 20; i++) {
            int at = i * bytes.length / 22;
            while (bytes[at] < 0) {
                at++;
            }
            bytes[at] = (byte) 0xFF;
        }
        Files.write(in.resolve("stray.txt"), bytes);
        assertThat(bytes.length).isGreaterThan(100_000);

        Cli.Result result = batch();

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode document = document("stray.txt");
        assertThat(document.path("practices")).hasSize(21);
        assertThat(document.path("warnings").toString()).contains("20 invalid UTF-8 byte sequences");
        assertThat(document.path("practices").get(0).path("sections").path("results").asText()).contains("AMÉRICA LATINA");
        goodFileStillConverted();
    }

    @Test
    void nulAndControlCharactersNeverReachTheJson() throws Exception {
        String text = String.join("\n", CompendiumFixtures.lines(2)).replace("Institution:", "Insti\u0000tution:\u0007")
                .replace("harbour", "har\u0001bour");
        Files.writeString(in.resolve("nul.txt"), text);

        Cli.Result result = batch();

        assertThat(result.exitCode()).as(result.err()).isZero();
        String json = Files.readString(out.resolve("nul.txt.json"));
        assertThat(json).doesNotContain("\\u0000", "\\u0001", "\\u0007").contains("Example Training Institute");
        assertThat(Files.readString(out.resolve(BatchRunner.PRACTICES_FILE))).doesNotContain("\\u0000");
    }

    @Test
    void practiceNumbersThatJumpOrRepeatGiveADocumentWarningNamingTheGap() throws Exception {
        String text = String.join("\n", CompendiumFixtures.lines(6))
                .replace("GOOD PRACTICE 4 –", "GOOD PRACTICE 3 –").replace("GOOD PRACTICE 5 –", "GOOD PRACTICE 6 –")
                .replace("GOOD PRACTICE 6 – ASIA – Harbour apprenticeships 6", "GOOD PRACTICE 7 – ASIA – Harbour apprenticeships 6");
        Files.writeString(in.resolve("gaps.txt"), text);

        Cli.Result result = batch();

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> warnings = new ArrayList<>();
        document("gaps.txt").path("warnings").forEach(w -> warnings.add(w.asText()));
        assertThat(warnings).contains("practice number 3 appears twice", "practice numbers jump from 3 to 6: 4 and 5 are missing");
    }

    @Test
    void emptyHyperlinkTargetIsSkippedWithAWarningNotAFailure() throws Exception {
        HostileFiles.docxWithEmptyLinkTarget(in.resolve("nolink.docx"));

        Cli.Result result = batch();

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode document = document("nolink.docx");
        assertThat(document.path("warnings").toString()).contains("1 hyperlink has an empty target");
        assertThat(document.path("practices").get(0).path("sections").path("results").asText()).contains("the report");
        goodFileStillConverted();
    }

    @Test
    void tablesNestedTwentyThousandDeepFailAsCorruptNotAsInternalError() throws Exception {
        HostileFiles.docxNestedTables(in.resolve("deep.docx"), 20_000);

        Cli.Result result = batch();

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode outcome = BatchOutputs.outcome(out, "deep.docx");
        assertThat(outcome.path("failure").asText()).as(outcome.toString()).isEqualTo("CORRUPT");
        assertThat(outcome.path("message").asText()).startsWith("deep.docx: corrupt or truncated file: ").contains("depth");
        goodFileStillConverted();
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "doc", "pdf"})
    void encryptedFileOpensWithTheRightPasswordAndFailsAsEncryptedWithAWrongOneOrNone(String format) throws Exception {
        Path locked = in.resolve("locked." + format);
        switch (format) {
            case "docx" -> HostileFiles.encryptedDocx(locked, "s3cret");
            case "doc" -> HostileFiles.encryptedDoc(locked, "s3cret");
            default -> CompendiumFixtures.pdf(locked, "s3cret");
        }

        Cli.Result right = batch("--password", "s3cret");
        assertThat(right.exitCode()).as(right.err()).isZero();
        assertThat(BatchOutputs.outcome(out, "locked." + format).path("practices").asInt()).isPositive();

        Cli.Result wrong = batch("--password", "guess", "--force");
        assertThat(wrong.exitCode()).isEqualTo(1);
        JsonNode refused = BatchOutputs.outcome(out, "locked." + format);
        assertThat(refused.path("failure").asText()).isEqualTo("ENCRYPTED");
        assertThat(refused.path("message").asText()).startsWith("locked." + format + ": encrypted document")
                .contains("the password is wrong");

        Cli.Result none = batch("--force");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(BatchOutputs.outcome(out, "locked." + format).path("message").asText())
                .contains("give the password with --password").doesNotContain("wrong");
        goodFileStillConverted();
    }
}
