package org.ilo.sstc.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a rendering with its golden file under src/test/resources. On a difference it writes the
 * actual rendering and a line diff under target/golden/ and fails naming them; if the golden file is
 * missing, it writes it and fails, so that a new golden file is always reviewed before it counts.
 */
final class GoldenFile {

    private static final Path OUT = Path.of("target", "golden");

    private GoldenFile() {
    }

    static void assertMatches(String actual, Path golden) throws IOException {
        if (!Files.exists(golden)) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            throw new AssertionError("golden file was missing, wrote " + golden.toAbsolutePath() + ": review and commit it");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (expected.equals(actual)) {
            return;
        }
        Files.createDirectories(OUT);
        String name = golden.getFileName().toString();
        Path actualFile = Files.writeString(OUT.resolve(name + ".actual"), actual, StandardCharsets.UTF_8);
        Path diffFile = Files.writeString(OUT.resolve(name + ".diff"), diff(expected, actual), StandardCharsets.UTF_8);
        assertThat(actual).as("layout differs from %s; actual in %s, diff in %s", golden, actualFile.toAbsolutePath(),
                diffFile.toAbsolutePath()).isEqualTo(expected);
    }

    /** Lines only in the golden file ("- ") and only in the actual rendering ("+ "), by position. */
    private static String diff(String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String w = i < want.size() ? want.get(i) : null;
            String g = i < got.size() ? got.get(i) : null;
            if (w == null || !w.equals(g)) {
                out.add("@" + (i + 1));
                if (w != null) {
                    out.add("- " + w);
                }
                if (g != null) {
                    out.add("+ " + g);
                }
            }
        }
        return String.join("\n", out) + "\n";
    }
}
