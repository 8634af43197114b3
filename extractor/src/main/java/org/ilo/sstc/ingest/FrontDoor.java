package org.ilo.sstc.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.error.SizeLimit;

/**
 * The one way into ingest: checks that a file can be read and is worth reading (not a folder, not
 * empty, not over the size limit), detects its format once, and hands the readers a {@link SourceFile}.
 * Thread-safe.
 */
public final class FrontDoor {

    private final FormatDetector detector;
    private final ReadOptions options;

    public FrontDoor(FormatDetector detector, ReadOptions options) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The checked, detected {@code file}; fails with the cause a user can act on. */
    public SourceFile admit(Path file) throws ExtractionException {
        long size = size(file);
        if (size == 0) {
            throw new ExtractionException(file, Failure.EMPTY_FILE, null);
        }
        if (size > options.maxFileBytes()) {
            throw SizeLimit.exceeded(file, size, options.maxFileBytes());
        }
        if (!Files.isReadable(file)) {
            throw new ExtractionException(file, Failure.IO_ERROR, "permission denied");
        }
        return new SourceFile(file, detector.detect(file), size, options);
    }

    private static long size(Path file) throws ExtractionException {
        try {
            if (Files.isDirectory(file)) {
                throw new ExtractionException(file, Failure.IO_ERROR, "is a directory");
            }
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ExtractionException(file, Failure.IO_ERROR, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new ExtractionException(file, Failure.IO_ERROR, "permission denied", e);
        } catch (IOException e) {
            throw new ExtractionException(file, Failure.IO_ERROR, e.getMessage(), e);
        }
    }
}
