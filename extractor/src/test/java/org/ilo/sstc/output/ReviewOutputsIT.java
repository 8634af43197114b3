package org.ilo.sstc.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ilo.sstc.batch.CompendiumFixtures;
import org.ilo.sstc.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review outputs through the batch: re-runs, failures, atomic replacement. */
class ReviewOutputsIT {
    private static final String[] ALL = {"--html", "--xlsx", "--csv"};

    @TempDir
    Path in;
    @TempDir
    Path out;

    private static Stream<String> halfWritten(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList().stream();
        }
    }

    @Test
    void unchangedInputStillGetsTheOutputsAskedForFromItsKeptJson() throws Exception {
        CompendiumFixtures.text(in.resolve("east.txt"), 2);
        Cli.extract(in, out);
        assertThat(out.resolve("east.txt.html")).doesNotExist();

        Cli.Result again = Cli.extract(in, out, ALL);

        assertThat(again.out()).contains("1 unchanged");
        assertThat(out.resolve("east.txt.html")).isNotEmptyFile();
        assertThat(out.resolve("east.txt.xlsx")).isNotEmptyFile();
        assertThat(out.resolve("east.txt.csv")).isNotEmptyFile();
        assertThat(out.resolve("index.html")).content().contains("east.txt", "SKIPPED");
    }

    @Test
    void failedReconversionLeavesTheEarlierPageAndWorkbookAsTheyWereAndNoHalfWrittenFile() throws Exception {
        Path input = CompendiumFixtures.text(in.resolve("east.txt"), 2);
        Cli.extract(in, out, ALL);
        byte[] page = Files.readAllBytes(out.resolve("east.txt.html"));
        byte[] workbook = Files.readAllBytes(out.resolve("east.txt.xlsx"));
        Files.writeString(input, "The practices were moved to another file.");

        Cli.Result result = Cli.extract(in, out, ALL);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(Files.readAllBytes(out.resolve("east.txt.html"))).isEqualTo(page);
        assertThat(Files.readAllBytes(out.resolve("east.txt.xlsx"))).isEqualTo(workbook);
        assertThat(halfWritten(out)).isEmpty();
    }

    @Test
    void indexPageShowsAFailedInputWithItsCauseAndNoLink() throws Exception {
        CompendiumFixtures.text(in.resolve("east.txt"), 1);
        Files.writeString(in.resolve("notes.txt"), "Minutes of the meeting. Nothing about practices.");

        Cli.extract(in, out, "--html");

        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("<tr class=\"outcome failed\">", "NOT_A_COMPENDIUM", "notes.txt: not a compendium")
                .contains("<a href=\"east.txt.html\">review page</a>").doesNotContain("notes.txt.html");
    }
}
