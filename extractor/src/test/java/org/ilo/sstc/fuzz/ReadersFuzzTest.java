package org.ilo.sstc.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.ilo.sstc.ingest.DetectedFormat;
import org.ilo.sstc.ingest.FormatDetector;
import org.ilo.sstc.ingest.Ingester;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.ingest.SourceFile;
import org.ilo.sstc.ingest.pdf.PdfLayoutReader;
import org.ilo.sstc.ingest.text.TikaTextReader;
import org.ilo.sstc.ingest.word.DocReader;
import org.ilo.sstc.ingest.word.DocxReader;
import org.ilo.sstc.layout.SourceFormat;

/**
 * One fuzz target per reader, each handed the bytes through ingest as if the front door had detected its
 * format, so that mutations reach the reader even when they spoil the magic bytes. In a plain build they replay
 * the inputs under {@code src/test/resources/org/ilo/sstc/fuzz/ReadersFuzzTestInputs/<target>/}; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them (see the README).
 */
class ReadersFuzzTest {
    private static final ReadOptions OPTIONS = new ReadOptions(null, ReadOptions.DEFAULT_MAX_FILE_BYTES, false);
    /** Ingest as the pipeline builds it, OCR off: its readers and the error translation around them. */
    private static final Ingester INGEST = new Ingester(new FormatDetector(), Map.of(
            SourceFormat.PDF, new PdfLayoutReader(), SourceFormat.DOCX, new DocxReader(),
            SourceFormat.DOC, new DocReader(), SourceFormat.TEXT, new TikaTextReader()), OPTIONS);

    private static void read(byte[] bytes, SourceFormat format, String mediaType, String extension) {
        if (bytes.length == 0) {
            return; // the front door refuses empty files before any reader
        }
        FuzzProperty.holds(bytes, extension, file -> INGEST.read(
                new SourceFile(file, new DetectedFormat(format, mediaType), bytes.length, OPTIONS)));
    }

    @FuzzTest(maxDuration = "5m")
    void pdf(byte[] bytes) {
        read(bytes, SourceFormat.PDF, "application/pdf", "pdf");
    }

    @FuzzTest(maxDuration = "5m")
    void docx(byte[] bytes) {
        read(bytes, SourceFormat.DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "docx");
    }

    @FuzzTest(maxDuration = "5m")
    void encryptedDocx(byte[] bytes) {
        read(bytes, SourceFormat.DOCX, FormatDetector.ENCRYPTED_OOXML, "docx");
    }

    @FuzzTest(maxDuration = "5m")
    void doc(byte[] bytes) {
        read(bytes, SourceFormat.DOC, "application/msword", "doc");
    }

    @FuzzTest(maxDuration = "5m")
    void text(byte[] bytes) {
        read(bytes, SourceFormat.TEXT, "text/plain", "txt");
    }
}
