package org.ilo.sstc.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The extractor's own version, written into every output so that re-runs can tell stale outputs. */
public final class ExtractorVersion {
    private static final String VERSION = load();

    private ExtractorVersion() {
    }

    /** The Maven project version, e.g. "0.1.0". */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ExtractorVersion.class.getResourceAsStream("/org/ilo/sstc/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties missing from the class path: build with Maven");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
