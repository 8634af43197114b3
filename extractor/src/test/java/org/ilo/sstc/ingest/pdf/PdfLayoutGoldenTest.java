package org.ilo.sstc.ingest.pdf;

import org.ilo.sstc.ingest.Admitted;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.layout.LayoutDump;
import org.junit.jupiter.api.Test;

/**
 * Golden-file test in the PDFBox style: the layout dump of the sample must equal the committed
 * expected file; on a difference the actual dump and a diff are written under target/golden/.
 */
class PdfLayoutGoldenTest {

    private static final String EXPECTED = "sstc-good-practices-2020-2021.pdf.txt";

    @Test
    void sampleLayoutDump_equalsTheCommittedExpectedFile() throws Exception {
        String actual = LayoutDump.render(
                Admitted.read(new PdfLayoutReader(), PdfLayoutReaderSampleTest.SAMPLE));
        String expected = "";
        try (InputStream in = getClass().getResourceAsStream(EXPECTED)) {
            if (in != null) {
                expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        if (!actual.equals(expected)) {
            Path out = writeActualAndDiff(actual, expected);
            assertThat(actual).as("layout dump differs from %s; actual and diff written to %s", EXPECTED, out)
                    .isEqualTo(expected);
        }
    }

    private static Path writeActualAndDiff(String actual, String expected) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "golden"));
        Files.writeString(dir.resolve(EXPECTED + ".actual"), actual, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(EXPECTED + ".diff"), diff(expected.lines().toList(), actual.lines().toList()),
                StandardCharsets.UTF_8);
        return dir;
    }

    /** The differing lines with their numbers; enough to see what moved, not a minimal diff. */
    private static String diff(List<String> expected, List<String> actual) {
        StringBuilder out = new StringBuilder();
        int lines = Math.max(expected.size(), actual.size());
        for (int i = 0; i < lines; i++) {
            String e = i < expected.size() ? expected.get(i) : "<none>";
            String a = i < actual.size() ? actual.get(i) : "<none>";
            if (!e.equals(a)) {
                out.append(i + 1).append("\n- ").append(e).append("\n+ ").append(a).append('\n');
            }
        }
        return out.toString();
    }
}
