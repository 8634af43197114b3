package org.ilo.sstc.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.SourceFormat;
import org.xml.sax.SAXException;

/**
 * Reads a PDF without a text layer (a scan) by OCR: PDFBox renders each page, pages that render blank
 * are skipped, Tesseract (through Tika) reads the others up to the page limit, and the recognised lines
 * go through the plain-text path like any text Tika flattened from a PDF. Available only when the
 * {@code tesseract} program is installed. Thread-safe.
 */
final class OcrReader {

    /** Added to the document's warnings, so that users know to check the text. */
    static final String OCR_WARNING = "no text layer: the text was read by OCR (Tesseract) and may hold recognition errors";

    /** Low resolution is enough to see whether a page holds anything, and fast: a 1,000-page file takes seconds. */
    private static final float BLANK_CHECK_DPI = 24;
    /** What Tika renders scans at for Tesseract. */
    private static final float OCR_DPI = 300;
    /** A grey level below which a pixel is ink. */
    private static final int DARK = 160;

    private final DocumentReader textReader;
    private final boolean tesseractInstalled;
    private final Parser parser;

    /**
     * An OCR reader handing the recognised text to {@code textReader}; with {@code options.ocr()} off or
     * no Tesseract, every read fails with a message saying so.
     */
    OcrReader(ReadOptions options, DocumentReader textReader) {
        Objects.requireNonNull(options, "options");
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
        if (!source.options().ocr()) {
            throw new ExtractionException(file, Failure.NO_TEXT, "no page has text; OCR is off (--no-ocr)", noText);
        }
        if (!tesseractInstalled) {
            throw new ExtractionException(file, Failure.NO_TEXT,
                    "no page has text; install Tesseract (Debian: apt-get install tesseract-ocr) to read it by OCR", noText);
        }
        Recognised recognised = recognise(source);
        if (recognised.text().isBlank()) {
            throw new ExtractionException(file, Failure.NO_TEXT, recognised.read() == 0
                    ? "no page has text, and all " + recognised.pages() + " render blank"
                    : "no page has text, and OCR found none either (" + recognised.summary() + ")", noText);
        }
        LayoutDocument document = readAsText(source, recognised.text());
        List<String> warnings = new ArrayList<>(document.warnings());
        warnings.add(OCR_WARNING + " (" + recognised.summary() + ")");
        return new LayoutDocument(document.format(), document.pageCount(), document.blocks(), warnings);
    }

    /**
     * What OCR made of a file.
     *
     * @param text    the recognised text, pages separated by form feeds
     * @param pages   pages in the file
     * @param read    pages read by OCR
     * @param blank   pages skipped because they render blank
     * @param limit   most pages OCR reads in one file
     */
    private record Recognised(String text, int pages, int read, int blank, int limit) {
        String summary() {
            String said = read + " of " + pages + (pages == 1 ? " page" : " pages") + " read by OCR";
            if (blank > 0) {
                said += ", " + blank + " blank skipped";
            }
            int beyond = pages - read - blank;
            if (beyond > 0) {
                said += ", " + beyond + " beyond the limit of " + limit + " left out (raise it with --ocr-max-pages)";
            }
            return said;
        }
    }

    /**
     * Renders each page, skips those that render blank (a scan's empty backs, a thousand empty pages)
     * and has Tesseract read the others, up to the page limit: OCR costs seconds a page.
     */
    private Recognised recognise(SourceFile source) throws ExtractionException {
        Path file = source.path();
        int limit = source.options().ocrMaxPages();
        try (PDDocument document = open(file, source.options().password())) {
            PDFRenderer renderer = new PDFRenderer(document);
            int pages = document.getNumberOfPages();
            int read = 0;
            int blank = 0;
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < pages && read < limit; i++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new ExtractionException(file, Failure.TIMEOUT, "cancelled");
                }
                if (rendersBlank(renderer.renderImageWithDPI(i, BLANK_CHECK_DPI, ImageType.GRAY))) {
                    blank++;
                    continue;
                }
                text.append(ocr(renderer.renderImageWithDPI(i, OCR_DPI, ImageType.GRAY))).append('\f');
                read++;
            }
            return new Recognised(text.toString(), pages, read, blank, limit);
        } catch (IOException | SAXException | TikaException e) {
            throw new ExtractionException(file, Failure.NO_TEXT, "no page has text, and OCR failed: " + e.getMessage(), e);
        }
    }

    private static PDDocument open(Path file, String password) throws IOException {
        if (password != null && !password.isEmpty()) {
            try {
                return Loader.loadPDF(file.toFile(), password);
            } catch (InvalidPasswordException e) {
                // a password meant for another file of the batch: this one may open without
            }
        }
        return Loader.loadPDF(file.toFile(), "");
    }

    /** True when hardly any pixel is dark: nothing on the page for OCR to read. */
    static boolean rendersBlank(BufferedImage page) {
        Raster raster = page.getRaster();
        int dark = 0;
        int allowed = Math.max(1, page.getWidth() * page.getHeight() / 1000);
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if (raster.getSample(x, y, 0) < DARK && ++dark > allowed) {
                    return false;
                }
            }
        }
        return true;
    }

    private String ocr(BufferedImage page) throws IOException, SAXException, TikaException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(page, "png", png);
        BodyContentHandler text = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, "image/png");
        try (TikaInputStream in = TikaInputStream.get(png.toByteArray())) {
            parser.parse(in, text, metadata, new ParseContext());
        }
        return text.toString();
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
