package org.ilo.sstc.ingest.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Builds text the way Tika flattens a PDF: each page's first line starts with one space, a page ends
 * with its hyperlink targets one per line, trailing spaces everywhere.
 */
final class FlattenedPdfText {
    private final List<String> lines = new ArrayList<>();

    /** Starts a page: its first line gets Tika's leading space. */
    FlattenedPdfText page(String first, String... more) {
        lines.add(" " + first + " ");
        return line(more);
    }

    FlattenedPdfText line(String... more) {
        for (String line : more) {
            lines.add(line + " ");
        }
        return this;
    }

    FlattenedPdfText blank(int count) {
        lines.addAll(Collections.nCopies(count, ""));
        return this;
    }

    /** The hyperlink targets Tika appends to a page, one per line, without trailing space. */
    FlattenedPdfText targets(String... urls) {
        Collections.addAll(lines, urls);
        return this;
    }

    Path write(Path file) throws IOException {
        return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
