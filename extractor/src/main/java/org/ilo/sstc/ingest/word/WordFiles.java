package org.ilo.sstc.ingest.word;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;

/** What the Word readers share: their messages about passwords, and POI's exceptions translated. */
final class WordFiles {
    private static final int MAX_DETAIL = 200;
    /** What the user is told when an encrypted file came without a password. */
    static final String ASK_FOR_PASSWORD = "give the password with --password";
    /** What the user is told when the password given does not open the file. */
    static final String WRONG_PASSWORD = "the password is wrong; give the password with --password";

    private WordFiles() {
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
