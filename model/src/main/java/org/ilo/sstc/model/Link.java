package org.ilo.sstc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A web link of a practice.
 *
 * @param text     the visible text the link sits behind, or null for an address written as text
 * @param url      the target; an Outlook safelink is unwrapped to the real address
 * @param original the target exactly as the document had it, when it differs from {@code url}; else null
 */
@JsonPropertyOrder({"text", "url", "original"})
public record Link(String text, String url, String original) {
    public Link {
        Objects.requireNonNull(url, "url");
        if (url.isBlank()) {
            throw new IllegalArgumentException("url must not be blank");
        }
    }
}
