package org.ilo.sstc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.layout.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {

    private static final FormatDetector DETECTOR = new FormatDetector();

    @TempDir
    Path dir;

    @Test
    void pdfMadeWithPdfBoxIsPdf() throws Exception {
        DetectedFormat format = DETECTOR.detect(TikaFixtures.pdf(dir.resolve("report.pdf"), "Hello"));
        assertThat(format).isEqualTo(new DetectedFormat(SourceFormat.PDF, "application/pdf"));
    }

    @Test
    void docxMadeWithPoiIsDocx() throws Exception {
        DetectedFormat format = DETECTOR.detect(TikaFixtures.docx(dir.resolve("report.docx"), "Hello"));
        assertThat(format.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(format.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void plainTextFileIsText() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "GOOD PRACTICE 1 - AFRICA - Title\nSome text.\n");
        assertThat(DETECTOR.detect(file)).isEqualTo(new DetectedFormat(SourceFormat.TEXT, "text/plain"));
    }

    @Test
    void txtFileHoldingPdfBytesIsPdfBecauseContentWinsOverName() throws Exception {
        DetectedFormat format = DETECTOR.detect(TikaFixtures.pdf(dir.resolve("misnamed.txt"), "Hello"));
        assertThat(format.format()).isEqualTo(SourceFormat.PDF);
    }

    @Test
    void docxRenamedToTxtIsStillDocx() throws Exception {
        DetectedFormat format = DETECTOR.detect(TikaFixtures.docx(dir.resolve("misnamed.txt"), "Hello"));
        assertThat(format.format()).isEqualTo(SourceFormat.DOCX);
    }

    @Test
    void rtfWrittenByHandIsTextFormatWithRtfMediaType() throws Exception {
        assertThat(DETECTOR.detect(TikaFixtures.rtf(dir.resolve("doc.rtf"))))
                .isEqualTo(new DetectedFormat(SourceFormat.TEXT, "application/rtf"));
    }

    @Test
    void htmlFileIsTextFormatWithHtmlMediaType() throws Exception {
        assertThat(DETECTOR.detect(TikaFixtures.html(dir.resolve("page.html"))))
                .isEqualTo(new DetectedFormat(SourceFormat.TEXT, "text/html"));
    }

    @Test
    void odtZippedByHandIsTextFormatWithOpenDocumentMediaType() throws Exception {
        assertThat(DETECTOR.detect(TikaFixtures.odt(dir.resolve("doc.odt"))))
                .isEqualTo(new DetectedFormat(SourceFormat.TEXT, "application/vnd.oasis.opendocument.text"));
    }

    @Test
    void zeroByteFileFailsAtTheFrontDoorAsEmpty() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.pdf"));
        assertThatThrownBy(() -> Admitted.file(file))
                .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.failure()).isEqualTo(Failure.EMPTY_FILE))
                .hasMessage("empty.pdf: empty file (0 bytes)");
    }

    @Test
    void pngImageFailsAsUnsupportedNamingItsMediaType() throws Exception {
        Path file = TikaFixtures.png(dir.resolve("scan.png"));
        assertThatThrownBy(() -> DETECTOR.detect(file))
                .isInstanceOfSatisfying(ExtractionException.class,
                        e -> assertThat(e.failure()).isEqualTo(Failure.UNSUPPORTED_FORMAT))
                .hasMessageStartingWith("scan.png: unsupported format: ")
                .hasMessageContaining("image/png");
    }

    @Test
    void zipArchiveOfTextFilesFailsAsUnsupported() throws Exception {
        Path file = TikaFixtures.zip(dir.resolve("bundle.zip"));
        assertThatThrownBy(() -> DETECTOR.detect(file))
                .isInstanceOfSatisfying(ExtractionException.class,
                        e -> assertThat(e.failure()).isEqualTo(Failure.UNSUPPORTED_FORMAT))
                .hasMessageContaining("application/zip");
    }

    @Test
    void passwordProtectedDocxGoesToTheWordReaderThatCanDecryptIt() throws Exception {
        Path file = TikaFixtures.encryptedDocx(dir.resolve("secret.docx"), "s3cret", "Hidden text");
        assertThat(DETECTOR.detect(file)).isEqualTo(new DetectedFormat(SourceFormat.DOCX, FormatDetector.ENCRYPTED_OOXML));
    }

    @Test
    void missingFileFailsAtTheFrontDoorAsIoErrorNamingTheFile() {
        Path file = dir.resolve("nowhere.docx");
        assertThatThrownBy(() -> Admitted.file(file))
                .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.failure()).isEqualTo(Failure.IO_ERROR))
                .hasMessage("nowhere.docx: cannot read or write file: no such file");
    }

    @Test
    void utf16TextWithByteOrderMarkIsText() throws Exception {
        Path file = Files.write(dir.resolve("wide.txt"), "\uFEFFGOOD PRACTICE 1\nText\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(DETECTOR.detect(file).format()).isEqualTo(SourceFormat.TEXT);
    }
}
