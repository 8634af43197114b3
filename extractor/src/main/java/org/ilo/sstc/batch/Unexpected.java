package org.ilo.sstc.batch;

import java.nio.file.Path;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;

/**
 * Turns what a parser or our code threw without anyone foreseeing it into {@link Failure#INTERNAL_ERROR}.
 * The readers translate the parsers' known failures (damaged structure, encryption) themselves, so what
 * is left is a bug: calling the file corrupt would send the user after a problem their file may not have.
 */
public final class Unexpected {
    private Unexpected() {
    }

    /** The failure for {@code thrown}, its one-line detail naming the exception and where it was thrown. */
    public static ExtractionException of(Path file, Throwable thrown) {
        StringBuilder detail = new StringBuilder(thrown.getClass().getSimpleName());
        if (thrown.getMessage() != null) {
            detail.append(": ").append(thrown.getMessage());
        }
        StackTraceElement[] trace = thrown.getStackTrace();
        if (trace.length > 0) {
            detail.append(" at ").append(trace[0]);
        }
        return new ExtractionException(file, Failure.INTERNAL_ERROR, detail.toString(), thrown);
    }
}
