package org.ilo.sstc.ingest;

import java.util.Objects;
import org.ilo.sstc.layout.SourceFormat;

/**
 * What a file is, as far as choosing its reader goes.
 *
 * @param format    the reading path: PDF, DOCX, DOC, or TEXT for plain text and every other format Tika turns into text
 * @param mediaType the media type Tika detected, without parameters ("text/plain", "application/rtf", ...)
 */
public record DetectedFormat(SourceFormat format, String mediaType) {
    public DetectedFormat {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mediaType, "mediaType");
        if (mediaType.isBlank()) {
            throw new IllegalArgumentException("mediaType must not be blank");
        }
    }
}
