package org.ilo.sstc.error;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file could not be converted. The message is one line naming the file and the cause, fit to
 * print as it is: {@code report.pdf: encrypted document: give the password with --password}.
 * Adapters translate the parsers' own exceptions into this one, keeping them as the cause.
 */
public final class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final Failure failure;
    private final String detail;

    public ExtractionException(Path file, Failure failure, String detail, Throwable cause) {
        super(message(file, failure, detail), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.failure = Objects.requireNonNull(failure, "failure");
        this.detail = detail;
    }

    public ExtractionException(Path file, Failure failure, String detail) {
        this(file, failure, detail, null);
    }

    private static String message(Path file, Failure failure, String detail) {
        // Escaped: a newline in a file name must not break the one-line message or forge another line.
        String name = PrintableName.of(file == null || file.getFileName() == null ? String.valueOf(file)
                : file.getFileName().toString());
        String text = name + ": " + failure.description();
        if (detail != null && !detail.isBlank()) {
            text += ": " + detail.strip().replaceAll("\\s+", " ");
        }
        return text;
    }

    /** The file that failed. */
    public Path file() {
        return file;
    }

    /** Why it failed. */
    public Failure failure() {
        return failure;
    }

    /** What the message says after the cause, or null. */
    public String detail() {
        return detail;
    }
}
