package org.ilo.sstc.ingest;

import java.nio.file.Path;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.layout.LayoutDocument;

/** Reads one file into the neutral document model. Implementations are thread-safe. */
public interface DocumentReader {

    /** Reads {@code file}; the file is opened and closed by this call. */
    LayoutDocument read(Path file) throws ExtractionException;
}
