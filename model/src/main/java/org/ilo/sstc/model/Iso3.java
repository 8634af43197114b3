package org.ilo.sstc.model;

/** Validation of ISO 3166-1 alpha-3 codes as they appear in the output. */
final class Iso3 {
    private Iso3() {
    }

    static void check(String iso3) {
        if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("iso3 must be three upper-case letters, but is " + iso3);
        }
    }
}
