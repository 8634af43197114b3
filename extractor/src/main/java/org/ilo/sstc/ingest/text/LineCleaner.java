package org.ilo.sstc.ingest.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleans the glyph debris a text extractor leaves at line starts. */
final class LineCleaner {

    /**
     * Bullet glyphs, the replacement character a bullet from a symbol font often becomes, and the
     * private-use code points (U+F000..U+F0FF) such fonts map their bullets to.
     */
    private static final Pattern LEADING_GLYPH =
            Pattern.compile("^[\\uFFFD\\u2022\\u25CF\\u25AA\\u25A0\\u25E6\\u25CB\\u25C6\\u25C7\\u27A2\\u27A4\\u25BA\\u25B6"
                    + "\\u2023\\u2043\\u2219\\u00B7\\uF000-\\uF0FF]+\\s*");

    private LineCleaner() {
    }

    /** Returns {@code stripped} with a leading bullet glyph turned into "- ", or "" when the glyph was all there was. */
    static String clean(String stripped) {
        Matcher glyph = LEADING_GLYPH.matcher(stripped);
        if (!glyph.lookingAt()) {
            return stripped;
        }
        String rest = stripped.substring(glyph.end());
        return rest.isEmpty() ? "" : "- " + rest;
    }
}
