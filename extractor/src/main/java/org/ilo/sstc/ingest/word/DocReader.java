package org.ilo.sstc.ingest.word;

import java.nio.file.Path;
import java.util.Objects;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.ingest.DocumentReader;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.layout.LayoutDocument;

/** Reads Word 97-2003 files (.doc) with Apache POI HWPF. */
public final class DocReader implements DocumentReader {
    private final ReadOptions options;

    public DocReader(ReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public LayoutDocument read(Path file) throws ExtractionException {
        throw new ExtractionException(file, Failure.UNSUPPORTED_FORMAT, "not yet");
    }
}
