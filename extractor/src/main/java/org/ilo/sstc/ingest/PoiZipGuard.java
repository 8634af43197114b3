package org.ilo.sstc.ingest;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's zip-bomb guard, put back after Tika turns it off. Loading Tika's OOXML parser sets POI's minimum
 * inflate ratio to "none" for the whole JVM (Tika guards its own parses otherwise); readers that open
 * OOXML with POI directly rely on POI's guard, so they call {@link #restore} when built.
 */
public final class PoiZipGuard {

    /** POI's own default: a part may inflate at most a hundredfold. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final String TIKA_OOXML_PARSER = "org.apache.tika.parser.microsoft.ooxml.OOXMLParser";

    private PoiZipGuard() {
    }

    /** Loads Tika's OOXML parser if present (its class initialiser is what turns the guard off), then restores the guard. */
    public static void restore() {
        try {
            Class.forName(TIKA_OOXML_PARSER, true, PoiZipGuard.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            // Without Tika's OOXML parser nothing turns the guard off.
        }
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }
}
