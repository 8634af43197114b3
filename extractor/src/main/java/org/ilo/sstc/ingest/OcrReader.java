package org.ilo.sstc.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.ingest.text.TikaTextReader;
import org.ilo.sstc.layout.LayoutDocument;
import org.xml.sax.SAXException;

/**
 * Reads a PDF without a text layer (a scan) by OCR: Tika renders each page and Tesseract reads it,
 * and the recognised text goes through the text path like any text Tika flattened from a PDF.
 * Available only when the {@code tesseract} program is installed. Thread-safe.
 */
final class OcrReader {

    private static final String CONFIG = "/org/ilo/sstc/ingest/ocr-tika-config.xml";
    /** Added to the document's warnings, so that users know to check the text. */
    static final String OCR_WARNING = "no text layer: the text was read by OCR (Tesseract) and may hold recognition errors";

    private final boolean enabled;
    private final boolean tesseractInstalled;
    private final DocumentReader reader;

    /** An OCR reader; {@code options.ocr()} off, or no Tesseract, makes every read fail with a message saying so. */
    OcrReader(ReadOptions options) {
        this.enabled = options.ocr();
        this.tesseractInstalled = enabled && tesseractInstalled();
        this.reader = tesseractInstalled ? new TikaTextReader(options, ocrConfig()) : null;
    }

    /** True when files are OCRed: OCR wanted and Tesseract installed. */
    boolean available() {
        return reader != null;
    }

    /** The text of {@code file} by OCR; fails with {@link Failure#NO_TEXT} saying why when OCR cannot help. */
    LayoutDocument read(Path file, ExtractionException noText) throws ExtractionException {
        String detail = "no page has text; ";
        if (!enabled) {
            throw new ExtractionException(file, Failure.NO_TEXT, detail + "OCR is off (--no-ocr)", noText);
        }
        if (!tesseractInstalled) {
            throw new ExtractionException(file, Failure.NO_TEXT,
                    detail + "install Tesseract (Debian: apt-get install tesseract-ocr) to read it by OCR", noText);
        }
        LayoutDocument document = reader.read(file);
        if (document.blocks().isEmpty()) {
            throw new ExtractionException(file, Failure.NO_TEXT, detail + "OCR found no text either", noText);
        }
        List<String> warnings = new ArrayList<>(document.warnings());
        warnings.add(OCR_WARNING);
        return new LayoutDocument(document.format(), document.pageCount(), document.blocks(), warnings);
    }

    /** Whether the {@code tesseract} program runs, as Tika finds it (on the PATH). */
    static boolean tesseractInstalled() {
        try {
            return new TesseractOCRParser().hasTesseract();
        } catch (TikaConfigException e) {
            return false;
        }
    }

    private static TikaConfig ocrConfig() {
        try (InputStream in = OcrReader.class.getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new IllegalStateException("OCR configuration missing from the class path: " + CONFIG);
            }
            return new TikaConfig(in);
        } catch (IOException | TikaException | SAXException e) {
            throw new IllegalStateException("cannot load the OCR configuration " + CONFIG + ": " + e.getMessage(), e);
        }
    }
}
