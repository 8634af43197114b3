package org.ilo.sstc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Objects;

/**
 * One line of a JSON Lines file: a practice with the input file it comes from, flattened so that
 * {@code source} sits beside the practice's own fields.
 *
 * @param source   the input file's name
 * @param sha256   hex SHA-256 of the input file
 * @param practice the practice
 */
@JsonPropertyOrder({"source", "sha256"})
public record PracticeLine(String source, String sha256, @JsonUnwrapped Practice practice) {
    public PracticeLine {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(practice, "practice");
    }
}
