package org.ilo.sstc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** First and last page (1-based, inclusive) a practice occupies. */
@JsonPropertyOrder({"start", "end"})
public record PageRange(int start, int end) {
    public PageRange {
        if (start < 1 || end < start) {
            throw new IllegalArgumentException("page range must be 1 <= start <= end, but is " + start + "-" + end);
        }
    }
}
