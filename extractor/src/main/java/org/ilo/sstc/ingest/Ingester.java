package org.ilo.sstc.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.SourceFormat;

/**
 * Reads any supported file: refuses empty and oversized files, detects the format with Tika and
 * hands the file to the reader for that format. Thread-safe.
 */
public final class Ingester implements DocumentReader {

    private final FormatDetector detector;
    private final Map<SourceFormat, DocumentReader> readers;
    private final ReadOptions options;

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
    }

    @Override
    public LayoutDocument read(Path file) throws ExtractionException {
        long size = size(file);
        if (size == 0) {
            throw new ExtractionException(file, Failure.EMPTY_FILE, null);
        }
        if (size > options.maxFileBytes()) {
            throw new ExtractionException(file, Failure.TOO_LARGE, String.format(java.util.Locale.ROOT,
                    "%.0f MB, the limit is %.0f MB (raise it with --max-file-mb)",
                    size / 1048576.0, options.maxFileBytes() / 1048576.0));
        }
        DetectedFormat format = detector.detect(file);
        return readers.get(format.format()).read(file);
    }

    private static long size(Path file) throws ExtractionException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ExtractionException(file, Failure.IO_ERROR, e.toString(), e);
        }
    }
}
