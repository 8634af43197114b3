package org.ilo.sstc.error;

/** Why a file could not be converted; each has the words the one-line error message starts with. */
public enum Failure {
    EMPTY_FILE("empty file (0 bytes)"),
    UNSUPPORTED_FORMAT("unsupported format"),
    ENCRYPTED("encrypted document"),
    CORRUPT("corrupt or truncated file"),
    TOO_LARGE("file too large"),
    NO_TEXT("no text layer (scanned document?)"),
    NOT_A_COMPENDIUM("not a compendium: no GOOD PRACTICE heading found"),
    TIMEOUT("conversion took too long"),
    /** The conversion needed more memory than its heap allows (a stream that inflates hugely, say); the message names the limit. */
    OUT_OF_MEMORY("ran out of memory"),
    IO_ERROR("cannot read or write file"),
    /** A parser or the extractor broke on the file in a way nobody foresaw: a bug to report, not the user's fault. */
    INTERNAL_ERROR("the extractor failed on this file (please report it with the file)");

    private final String description;

    Failure(String description) {
        this.description = description;
    }

    /** Short human description used as the start of the error message. */
    public String description() {
        return description;
    }
}
