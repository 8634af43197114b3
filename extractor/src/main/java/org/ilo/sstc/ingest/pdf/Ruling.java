package org.ilo.sstc.ingest.pdf;

/**
 * A straight horizontal or vertical line drawn on a page (a table border), in display coordinates.
 *
 * @param horizontal true for a horizontal line
 * @param position   y of a horizontal line, x of a vertical one
 * @param start      smaller end along the line (x for horizontal, y for vertical)
 * @param end        larger end along the line
 */
record Ruling(boolean horizontal, float position, float start, float end) {

    Ruling {
        if (end < start) {
            throw new IllegalArgumentException("ruling must have start <= end, but is " + start + " - " + end);
        }
    }

    float length() {
        return end - start;
    }

    /** True when the two rulings cross or touch, within {@code tolerance}; only a horizontal and a vertical can. */
    boolean crosses(Ruling other, float tolerance) {
        if (horizontal == other.horizontal) {
            return false;
        }
        return other.position >= start - tolerance && other.position <= end + tolerance
                && position >= other.start - tolerance && position <= other.end + tolerance;
    }
}
