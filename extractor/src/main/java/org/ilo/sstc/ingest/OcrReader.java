package org.ilo.sstc.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.PasswordProvider;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.SourceFormat;
import org.xml.sax.SAXException;

/**
 * Reads a PDF without a text layer (a scan) by OCR: Tika renders each page and Tesseract reads it, and
 * the recognised lines go through the plain-text path like any text Tika flattened from a PDF.
 * Available only when the {@code tesseract} program is installed. Thread-safe.
 */
final class OcrReader {

    /** Added to the document's warnings, so that users know to check the text. */
    static final String OCR_WARNING = "no text layer: the text was read by OCR (Tesseract) and may hold recognition errors";

    private final ReadOptions options;
    private final DocumentReader textReader;
    private final boolean tesseractInstalled;
    private final Parser parser;

    /**
     * An OCR reader handing the recognised text to {@code textReader}; with {@code options.ocr()} off or
     * no Tesseract, every read fails with a message saying so.
     */
    OcrReader(ReadOptions options, DocumentReader textReader) {
        this.options = Objects.requireNonNull(options, "options");
        this.textReader = Objects.requireNonNull(textReader, "textReader");
        this.tesseractInstalled = options.ocr() && tesseractInstalled();
        // Tika's default configuration, loaded already by the other readers; the OCR strategy is set per parse.
        this.parser = tesseractInstalled ? new AutoDetectParser() : null;
    }

    /** True when files are OCRed: OCR wanted and Tesseract installed. */
    boolean available() {
        return parser != null;
    }

    /** The text of {@code file} by OCR; fails with {@link Failure#NO_TEXT} saying why when OCR cannot help. */
    LayoutDocument read(SourceFile source, ExtractionException noText) throws ExtractionException {
        Path file = source.path();
        if (!options.ocr()) {
            throw new ExtractionException(file, Failure.NO_TEXT, "no page has text; OCR is off (--no-ocr)", noText);
        }
        if (!tesseractInstalled) {
            throw new ExtractionException(file, Failure.NO_TEXT,
                    "no page has text; install Tesseract (Debian: apt-get install tesseract-ocr) to read it by OCR", noText);
        }
        String text = recognise(file);
        if (text.isBlank()) {
            throw new ExtractionException(file, Failure.NO_TEXT, "no page has text, and OCR found none either", noText);
        }
        LayoutDocument document = readAsText(source, text);
        List<String> warnings = new ArrayList<>(document.warnings());
        warnings.add(OCR_WARNING);
        return new LayoutDocument(document.format(), document.pageCount(), document.blocks(), warnings);
    }

    private String recognise(Path file) throws ExtractionException {
        BodyContentHandler text = new BodyContentHandler(-1);
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.OCR_ONLY);
        context.set(PDFParserConfig.class, pdf);
        if (options.password() != null) {
            context.set(PasswordProvider.class, metadata -> options.password());
        }
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, text, metadata, context);
            return text.toString();
        } catch (IOException | SAXException | TikaException e) {
            throw new ExtractionException(file, Failure.NO_TEXT, "no page has text, and OCR failed: " + e.getMessage(), e);
        }
    }

    /** The plain-text path reads files; the recognised text goes through a temporary one, named after the scan. */
    private LayoutDocument readAsText(SourceFile source, String text) throws ExtractionException {
        Path file = source.path();
        Path temp = null;
        try {
            temp = Files.createTempFile(file.getFileName() + ".ocr.", ".txt");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            return textReader.read(new SourceFile(temp, new DetectedFormat(SourceFormat.TEXT, "text/plain"),
                    Files.size(temp), source.options()));
        } catch (IOException e) {
            throw new ExtractionException(file, Failure.IO_ERROR, "cannot keep the OCR text: " + e.getMessage(), e);
        } catch (ExtractionException e) {
            throw new ExtractionException(file, e.failure(), "reading the OCR text", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // A temporary file left behind is no reason to lose the document.
        }
    }

    /** Whether the {@code tesseract} program runs, as Tika finds it (on the PATH). */
    static boolean tesseractInstalled() {
        try {
            return new TesseractOCRParser().hasTesseract();
        } catch (TikaConfigException e) {
            return false;
        }
    }
}
