package org.ilo.sstc.ingest.word;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.ingest.ReadOptions;

/** What the Word readers share about files: checks before opening, and POI's exceptions translated. */
final class WordFiles {
    private static final int MAX_DETAIL = 200;

    private WordFiles() {
    }

    /** Refuses missing, empty and oversized files before a parser sees them. */
    static void checkReadable(Path file, ReadOptions options) throws ExtractionException {
        long size;
        try {
            if (Files.isDirectory(file)) {
                throw new ExtractionException(file, Failure.IO_ERROR, "is a directory");
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw translate(file, e);
        }
        if (size == 0) {
            throw new ExtractionException(file, Failure.EMPTY_FILE, null);
        }
        if (size > options.maxFileBytes()) {
            throw new ExtractionException(file, Failure.TOO_LARGE,
                    size + " bytes, the limit is " + options.maxFileBytes());
        }
    }

    /** The container the file's first bytes announce (OLE2 for .doc and encrypted .docx, OOXML for .docx). */
    static FileMagic magic(Path file) throws ExtractionException {
        try {
            return FileMagic.valueOf(file.toFile());
        } catch (IOException e) {
            throw translate(file, e);
        }
    }

    /** Says what a file that is not a Word container holds, for the one-line message. */
    static String whatItHolds(FileMagic magic) {
        return magic == FileMagic.UNKNOWN ? "its content is neither a zip (.docx) nor an OLE2 (.doc) container"
                : "its content is " + magic;
    }

    /** POI's, the JDK's and XMLBeans' exceptions as the one the pipeline knows, the cause kept. */
    static ExtractionException translate(Path file, Exception e) {
        if (e instanceof EncryptedDocumentException) {
            return new ExtractionException(file, Failure.ENCRYPTED, firstLine(e), e);
        }
        if (e instanceof NoSuchFileException) {
            return new ExtractionException(file, Failure.IO_ERROR, "no such file", e);
        }
        if (e instanceof AccessDeniedException) {
            return new ExtractionException(file, Failure.IO_ERROR, "permission denied", e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                return new ExtractionException(file, Failure.CORRUPT, "looks like a zip bomb: " + firstLine(t), e);
            }
        }
        return new ExtractionException(file, Failure.CORRUPT, firstLine(innermost(e)), e);
    }

    /** The deepest exception that says something: the parser's own words rather than a wrapper's. */
    private static Throwable innermost(Throwable e) {
        Throwable said = e;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                said = t;
            }
        }
        return said;
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL) + "..." : line;
    }
}
