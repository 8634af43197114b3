package org.ilo.sstc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** A person or organisation named in a practice, as written (titles such as "Mr." dropped). */
@JsonPropertyOrder({"name", "mentions"})
public record NamedEntity(String name, int mentions) {
    public NamedEntity {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (mentions < 1) {
            throw new IllegalArgumentException("mentions must be >= 1, but is " + mentions);
        }
    }
}
