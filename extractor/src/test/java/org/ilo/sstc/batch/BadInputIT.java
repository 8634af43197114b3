package org.ilo.sstc.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ilo.sstc.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each bad input, generated, in a batch beside a good compendium: a one-line error naming the file and
 * the cause, the good file still converted, exit code 1, and nothing written for the bad file.
 */
class BadInputIT extends BatchFolders {
    @BeforeEach
    void goodCompendium() throws Exception {
        CompendiumFixtures.text(in.resolve("good.txt"), 2);
    }

    /** Runs the batch on the input folder and checks what every bad input shares; returns the bad file's outcome. */
    private JsonNode failsAlone(String badName, String failure, String... options) throws Exception {
        Cli.Result result = Cli.extract(in, out, options);

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode outcome = BatchOutputs.outcome(out, badName);
        assertThat(outcome.path("status").asText()).isEqualTo("FAILED");
        assertThat(outcome.path("failure").asText()).isEqualTo(failure);
        String message = outcome.path("message").asText();
        assertThat(message).startsWith(badName + ": ").doesNotContain("\n", "\r");
        assertThat(result.err()).contains(message);
        assertThat(BatchOutputs.outcome(out, "good.txt").path("status").asText()).isEqualTo("CONVERTED");
        assertThat(BatchOutputs.documents(out)).containsExactly(out.resolve("good.txt.json"));
        assertThat(BatchOutputs.practiceLines(out)).hasSize(2);
        assertThat(BatchOutputs.leftovers(out)).isEmpty();
        return outcome;
    }

    @Test
    void encryptedPdfFailsAskingForThePassword() throws Exception {
        CompendiumFixtures.pdf(in.resolve("locked.pdf"), "s3cret");

        JsonNode outcome = failsAlone("locked.pdf", "ENCRYPTED");

        assertThat(outcome.path("message").asText()).startsWith("locked.pdf: encrypted document").contains("--password");
    }

    @Test
    void encryptedPdfConvertsWithItsPassword() throws Exception {
        CompendiumFixtures.pdf(in.resolve("locked.pdf"), "s3cret");

        Cli.Result result = Cli.extract(in, out, "--password", "s3cret");

        assertThat(result.exitCode()).as(result.out()).isZero();
        assertThat(BatchOutputs.outcome(out, "locked.pdf").path("practices").asInt()).isEqualTo(1);
    }

    @Test
    void truncatedPdfFailsAsCorrupt() throws Exception {
        Path whole = CompendiumFixtures.pdf(dir.resolve("whole.pdf"), null);
        CompendiumFixtures.truncated(whole, in.resolve("cut.pdf"), 0.4);

        failsAlone("cut.pdf", "CORRUPT");
    }

    @Test
    void truncatedDocxFailsAsCorrupt() throws Exception {
        Path whole = CompendiumFixtures.docx(dir.resolve("whole.docx"), 2);
        CompendiumFixtures.truncated(whole, in.resolve("cut.docx"), 0.5);

        JsonNode outcome = failsAlone("cut.docx", "CORRUPT");

        assertThat(outcome.path("message").asText()).startsWith("cut.docx: corrupt or truncated file");
    }

    @Test
    void zeroByteFileFailsAsEmpty() throws Exception {
        Files.createFile(in.resolve("empty.pdf"));

        JsonNode outcome = failsAlone("empty.pdf", "EMPTY_FILE");

        assertThat(outcome.path("message").asText()).isEqualTo("empty.pdf: empty file (0 bytes)");
    }

    @Test
    void documentWithoutPracticeHeadingFailsAsNotACompendium() throws Exception {
        CompendiumFixtures.docx(in.resolve("minutes.docx"), 0);

        JsonNode outcome = failsAlone("minutes.docx", "NOT_A_COMPENDIUM");

        assertThat(outcome.path("message").asText()).contains("no GOOD PRACTICE heading found");
    }

    @Test
    void scannedPdfWithOcrOffSaysItHasNoTextLayer() throws Exception {
        CompendiumFixtures.scannedPdf(in.resolve("scan.pdf"));

        JsonNode outcome = failsAlone("scan.pdf", "NO_TEXT", "--no-ocr");

        assertThat(outcome.path("message").asText())
                .isEqualTo("scan.pdf: no text layer (scanned document?): no page has text; OCR is off (--no-ocr)");
    }

    @Test
    void fileOverTheSizeLimitFailsAsTooLargeNamingTheLimit() throws Exception {
        CompendiumFixtures.large(in.resolve("huge.txt"), 2);

        JsonNode outcome = failsAlone("huge.txt", "TOO_LARGE", "--max-file-mb", "1");

        assertThat(outcome.path("message").asText())
                .isEqualTo("huge.txt: file too large: 2.0 MB, the limit is 1.0 MB (raise it with --max-file-mb)");
    }

    @Test
    void zipBombDisguisedAsDocxFailsAsCorruptSayingZipBomb() throws Exception {
        CompendiumFixtures.zipBombDocx(in.resolve("bomb.docx"));

        JsonNode outcome = failsAlone("bomb.docx", "CORRUPT");

        assertThat(outcome.path("message").asText()).contains("zip bomb");
    }

    @Test
    void conversionOverTheTimeoutFailsAsTimeoutAndWritesNothing() throws Exception {
        // A millisecond for three hundred practices: a warm one-page PDF once converted that fast, these never do.
        CompendiumFixtures.text(in.resolve("slow.txt"), 300);
        Files.delete(in.resolve("good.txt"));

        Cli.Result result = Cli.extract(in, out, "--timeout", "1ms");

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode outcome = BatchOutputs.outcome(out, "slow.txt");
        assertThat(outcome.path("failure").asText()).isEqualTo("TIMEOUT");
        assertThat(outcome.path("message").asText())
                .isEqualTo("slow.txt: conversion took too long: stopped after 1ms (raise the limit with --timeout)");
        assertThat(BatchOutputs.documents(out)).isEmpty();
        assertThat(BatchOutputs.leftovers(out)).isEmpty();
    }
}
