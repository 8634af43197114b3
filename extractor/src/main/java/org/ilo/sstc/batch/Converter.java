package org.ilo.sstc.batch;

import java.nio.file.Path;
import java.time.Duration;
import org.ilo.sstc.error.ExtractionException;

/**
 * Converts one file to its document, within a time limit. Thread-safe: the batch calls it from as
 * many threads as it converts files at once. Closing it ends whatever it started.
 */
public interface Converter extends AutoCloseable {

    /**
     * Converts {@code file}, whose SHA-256 the caller computed; fails with {@link org.ilo.sstc.error.Failure#TIMEOUT}
     * past {@code timeout} ({@link Duration#ZERO}: no limit).
     */
    Converted convert(Path file, String sha256, Duration timeout) throws ExtractionException;

    @Override
    void close();
}
