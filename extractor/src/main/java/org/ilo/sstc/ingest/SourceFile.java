package org.ilo.sstc.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file let in by the {@link FrontDoor}: readable, not empty, within the size limit, its format
 * detected. Readers take this record and check none of it again.
 *
 * @param path    the file
 * @param format  its format, detected once from its content
 * @param bytes   its size
 * @param options how to read it (password, OCR)
 */
public record SourceFile(Path path, DetectedFormat format, long bytes, ReadOptions options) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        if (bytes <= 0) {
            throw new IllegalArgumentException("a source file has bytes, but " + path + " has " + bytes);
        }
    }
}
