package org.ilo.sstc.ingest;

import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.layout.LayoutDocument;

/** Reads one file of its format into the neutral document model. Implementations are thread-safe. */
public interface DocumentReader {

    /** Reads {@code file}, which the {@link FrontDoor} admitted; the file is opened and closed by this call. */
    LayoutDocument read(SourceFile file) throws ExtractionException;
}
