package org.ilo.sstc.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The lines of a word list bundled beside this package's classes, without blank and '#' comment lines. */
final class ResourceLines {
    private ResourceLines() {
    }

    /** The stripped content lines of resource {@code name}; fails when the resource is missing (a build error). */
    static List<String> read(String name) {
        InputStream in = ResourceLines.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " in package " + ResourceLines.class.getPackageName());
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return lines;
    }
}
