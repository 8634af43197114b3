package org.ilo.sstc.segment;

import java.util.Objects;

/**
 * The parsed heading of a practice, e.g. "GOOD PRACTICE 7 – AMERICAS – SDG UN reform &amp; SSTC".
 *
 * @param number     the practice number
 * @param region     the region, upper case, or null when the heading names none
 * @param shortTitle the text after the region, or null
 * @param text       the heading line as written
 */
public record PracticeHeading(int number, String region, String shortTitle, String text) {
    public PracticeHeading {
        if (number < 0) {
            throw new IllegalArgumentException("number must be >= 0, but is " + number);
        }
        Objects.requireNonNull(text, "text");
    }

    /** Whether the heading holds its number alone ("GOOD PRACTICE 3"): its region and title are on the next line. */
    public boolean numberOnly() {
        return region == null && shortTitle == null;
    }
}
