package org.ilo.sstc.ingest;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.SourceFormat;

/**
 * Reads any supported file: the {@link FrontDoor} checks it and detects its format, the reader for
 * that format reads it; a PDF without a text layer is read by OCR when Tesseract is installed.
 * Thread-safe.
 */
public final class Ingester {

    private final FrontDoor frontDoor;
    private final Map<SourceFormat, DocumentReader> readers;
    private final OcrReader ocr;

    /** @param readers one reader per format; every {@link SourceFormat} must have one */
    public Ingester(FormatDetector detector, Map<SourceFormat, DocumentReader> readers, ReadOptions options) {
        this.frontDoor = new FrontDoor(detector, options);
        this.readers = new EnumMap<>(readers);
        for (SourceFormat format : SourceFormat.values()) {
            if (!this.readers.containsKey(format)) {
                throw new IllegalArgumentException("no reader given for format " + format);
            }
        }
        this.ocr = new OcrReader(options, this.readers.get(SourceFormat.TEXT));
    }

    /** Reads {@code file} into the neutral layout, or fails with the cause. */
    public LayoutDocument read(Path file) throws ExtractionException {
        return read(frontDoor.admit(file));
    }

    /** Reads a file the front door admitted with the reader of its format, or fails with the cause. */
    public LayoutDocument read(SourceFile source) throws ExtractionException {
        Path file = source.path();
        try {
            LayoutDocument document = readers.get(source.format().format()).read(source);
            if (source.format().format() == SourceFormat.PDF && document.blocks().isEmpty()) {
                throw new ExtractionException(file, Failure.NO_TEXT, "no page has text");
            }
            return document;
        } catch (ExtractionException e) {
            if (source.format().format() != SourceFormat.PDF || e.failure() != Failure.NO_TEXT) {
                throw e;
            }
            return ocr.read(source, e);
        } catch (StackOverflowError e) {
            // Parsers and readers walk nested structure by recursion: nesting this deep is the file's doing.
            throw new ExtractionException(file, Failure.CORRUPT, "nested too deeply to read (tables, lists or objects"
                    + " inside one another beyond the reader's stack)", e);
        } catch (LinkageError e) {
            // A parser reaching for an optional codec we do not ship (a zip entry compressed with zstd, say).
            if (!ParserFault.fromParser(e)) {
                throw e;
            }
            throw new ExtractionException(file, Failure.CORRUPT, "it uses an encoding this extractor cannot read ("
                    + e.getMessage() + ")", e);
        }
    }

    /** True when PDFs without a text layer are read by OCR (OCR not turned off, Tesseract installed). */
    public boolean ocrAvailable() {
        return ocr.available();
    }
}
