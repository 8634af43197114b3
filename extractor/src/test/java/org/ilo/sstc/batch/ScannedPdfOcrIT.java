package org.ilo.sstc.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.ilo.sstc.cli.Cli;
import org.ilo.sstc.model.CompendiumJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scanned PDF is read by OCR (Tika + Tesseract) when Tesseract is installed, as CI installs it. */
class ScannedPdfOcrIT {
    @TempDir
    Path dir;

    @Test
    void scannedPdfIsReadByOcrAndSaysSoInItsWarnings() throws Exception {
        assumeTrue(new TesseractOCRParser().hasTesseract(), "Tesseract is not installed (apt-get install tesseract-ocr)");
        Path in = Files.createDirectories(dir.resolve("in"));
        CompendiumFixtures.scannedPdf(in.resolve("scan.pdf"));
        Path out = dir.resolve("out");

        Cli.Result result = Cli.extract(in, out);

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        JsonNode document = CompendiumJson.mapper().readTree(out.resolve("scan.pdf.json").toFile());
        assertThat(document.path("warnings").toString()).contains("read by OCR");
        JsonNode practice = document.path("practices").path(0);
        assertThat(practice.path("number").asInt()).isEqualTo(1);
        assertThat(practice.path("institution").asText()).isEqualTo("Example Training Institute");
        assertThat(practice.path("countriesInvolved").asText()).isEqualTo("Atlantis and Utopia");
    }

    @Test
    void ocrSkipsBlankPagesAndStopsAtThePageLimitSayingHowManyPagesItRead() throws Exception {
        assumeTrue(new TesseractOCRParser().hasTesseract(), "Tesseract is not installed (apt-get install tesseract-ocr)");
        Path in = Files.createDirectories(dir.resolve("in"));
        CompendiumFixtures.scannedPdf(in.resolve("scan.pdf"), new boolean[] {false, true, true});
        Path out = dir.resolve("out");

        Cli.Result result = Cli.extract(in, out, "--ocr-max-pages", "1");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        JsonNode document = CompendiumJson.mapper().readTree(out.resolve("scan.pdf.json").toFile());
        assertThat(document.path("warnings").toString()).contains("(1 of 3 pages read by OCR, 1 blank skipped, "
                + "1 beyond the limit of 1 left out (raise it with --ocr-max-pages))");
        assertThat(document.path("practices").path(0).path("institution").asText()).isEqualTo("Example Training Institute");
    }

    @Test
    void thousandBlankPagesFailAsNoTextInSecondsNotInTheWholeTimeout() throws Exception {
        assumeTrue(new TesseractOCRParser().hasTesseract(), "Tesseract is not installed (apt-get install tesseract-ocr)");
        Path in = Files.createDirectories(dir.resolve("in"));
        CompendiumFixtures.scannedPdf(in.resolve("blank.pdf"), new boolean[1000]);
        Path out = dir.resolve("out");

        // Once OCR spent the whole five-minute timeout on such a file; a minute is generous for skipping it.
        Cli.Result result = Cli.extract(in, out, "--timeout", "60s");

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode outcome = BatchOutputs.outcome(out, "blank.pdf");
        assertThat(outcome.path("failure").asText()).isEqualTo("NO_TEXT");
        assertThat(outcome.path("message").asText())
                .isEqualTo("blank.pdf: no text layer (scanned document?): no page has text, and all 1000 render blank");
    }
}
