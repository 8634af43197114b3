package org.ilo.sstc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Where a document came from.
 *
 * @param file   the input file's name (no directories, so outputs do not leak local paths)
 * @param sha256 hex SHA-256 of the input bytes
 * @param format detected format: {@code pdf}, {@code docx}, {@code doc} or {@code text}
 * @param pages  number of pages, or null where the format has none (plain text)
 */
@JsonPropertyOrder({"file", "sha256", "format", "pages"})
public record Source(String file, String sha256, String format, Integer pages) {
    public Source {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, but is " + sha256);
        }
        if (pages != null && pages < 0) {
            throw new IllegalArgumentException("pages must be >= 0, but is " + pages);
        }
    }
}
