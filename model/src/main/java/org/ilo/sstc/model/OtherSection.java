package org.ilo.sstc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** A labelled row that maps to no template field, kept rather than dropped. */
@JsonPropertyOrder({"label", "text"})
public record OtherSection(String label, String text) {
    public OtherSection {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
