package org.ilo.sstc.layout;

import java.util.Objects;

/**
 * A hyperlink of the document.
 *
 * @param text the visible text the link sits behind ("" when unknown, e.g. a target Tika listed apart)
 * @param url  the link target as the document stores it (may be mailto:, may be an Outlook safelink)
 */
public record Hyperlink(String text, String url) {
    public Hyperlink {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
        if (url.isBlank()) {
            throw new IllegalArgumentException("url must not be blank");
        }
    }
}
