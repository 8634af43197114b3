package org.ilo.sstc.ingest;

import java.nio.file.Path;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.layout.LayoutDocument;

/** Reads a file the way ingest does: through the front door (checks, one detection), then one reader. */
public final class Admitted {
    private static final FormatDetector DETECTOR = new FormatDetector();

    private Admitted() {
    }

    /** {@code file} admitted with the default options. */
    public static SourceFile file(Path file) throws ExtractionException {
        return file(file, ReadOptions.defaults());
    }

    /** {@code file} admitted with {@code options}. */
    public static SourceFile file(Path file, ReadOptions options) throws ExtractionException {
        return new FrontDoor(DETECTOR, options).admit(file);
    }

    /** {@code reader}'s layout of {@code file}, admitted with the default options. */
    public static LayoutDocument read(DocumentReader reader, Path file) throws ExtractionException {
        return reader.read(file(file));
    }

    /** {@code reader}'s layout of {@code file}, admitted with {@code options}. */
    public static LayoutDocument read(DocumentReader reader, Path file, ReadOptions options) throws ExtractionException {
        return reader.read(file(file, options));
    }
}
