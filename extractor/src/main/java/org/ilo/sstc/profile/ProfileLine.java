package org.ilo.sstc.profile;

import java.util.Objects;

/**
 * One content line of a profile file, with where it came from, so that a bad line added by a user is
 * reported with its file and line number.
 *
 * @param text   the line, stripped; never blank, never a '#' comment
 * @param origin file and line, e.g. {@code es/labels.txt:12} or {@code /home/me/wordings/es/labels.txt:3}
 */
public record ProfileLine(String text, String origin) {
    public ProfileLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a profile line must not be blank (" + origin + ")");
        }
    }

    /** An error about this line: its origin, what is wrong, and the line itself. */
    public IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(origin + ": " + problem + ": " + text);
    }
}
