package org.ilo.sstc.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.SourceFormat;

/**
 * Reads any supported file: refuses empty and oversized files, detects the format with Tika and
 * hands the file to the reader for that format; a PDF without a text layer is read by OCR when
 * Tesseract is installed. Thread-safe.
 */
public final class Ingester implements DocumentReader {

    private final FormatDetector detector;
    private final Map<SourceFormat, DocumentReader> readers;
    private final ReadOptions options;
    private final OcrReader ocr;

    /** @param readers one reader per format; every {@link SourceFormat} must have one */
    public Ingester(FormatDetector detector, Map<SourceFormat, DocumentReader> readers, ReadOptions options) {
        this.detector = detector;
        this.readers = new EnumMap<>(readers);
        this.options = options;
        for (SourceFormat format : SourceFormat.values()) {
            if (!this.readers.containsKey(format)) {
                throw new IllegalArgumentException("no reader given for format " + format);
            }
        }
        this.ocr = new OcrReader(options, this.readers.get(SourceFormat.TEXT));
    }

    @Override
    public LayoutDocument read(Path file) throws ExtractionException {
        long size = size(file);
        if (size == 0) {
            throw new ExtractionException(file, Failure.EMPTY_FILE, null);
        }
        if (size > options.maxFileBytes()) {
            throw new ExtractionException(file, Failure.TOO_LARGE, String.format(Locale.ROOT,
                    "%.1f MB, the limit is %.1f MB (raise it with --max-file-mb)",
                    size / 1048576.0, options.maxFileBytes() / 1048576.0));
        }
        SourceFormat format = detector.detect(file).format();
        try {
            LayoutDocument document = readers.get(format).read(file);
            if (format == SourceFormat.PDF && document.blocks().isEmpty()) {
                throw new ExtractionException(file, Failure.NO_TEXT, "no page has text");
            }
            return document;
        } catch (ExtractionException e) {
            if (format != SourceFormat.PDF || e.failure() != Failure.NO_TEXT) {
                throw e;
            }
            return ocr.read(file, e);
        }
    }

    /** True when PDFs without a text layer are read by OCR (OCR not turned off, Tesseract installed). */
    public boolean ocrAvailable() {
        return ocr.available();
    }

    private static long size(Path file) throws ExtractionException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ExtractionException(file, Failure.IO_ERROR, e.toString(), e);
        }
    }
}
