package org.ilo.sstc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong usage ends with exit code 2 and a message saying what to fix, before any file is touched. */
class ExtractCommandTest {
    @TempDir
    Path dir;

    private Path input() throws Exception {
        return Files.writeString(dir.resolve("compendium.txt"), "GOOD PRACTICE 1 – ASIA – Ports\nInstitution: Example\n");
    }

    @Test
    void missingOutputFolderIsWrongUsage() throws Exception {
        Cli.Result result = Cli.run(input().toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("give the output folder with -o OUTDIR").contains("Usage:");
    }

    @Test
    void noInputIsWrongUsage() {
        Cli.Result result = Cli.run("-o", dir.resolve("out").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("give at least one INPUT");
    }

    @Test
    void unknownOptionIsWrongUsage() throws Exception {
        Cli.Result result = Cli.run(input().toString(), "-o", dir.resolve("out").toString(), "--colour");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void inputThatDoesNotExistIsWrongUsageNamingIt() {
        Cli.Result result = Cli.run(dir.resolve("absent.pdf").toString(), "-o", dir.resolve("out").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("input not found: " + dir.resolve("absent.pdf"));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void folderWithoutSupportedFilesIsWrongUsage() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pictures"));
        Files.write(folder.resolve("photo.jpg"), new byte[] {1, 2, 3});

        Cli.Result result = Cli.run(folder.toString(), "-o", dir.resolve("out").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no supported files in");
    }

    @Test
    void outputThatIsAFileIsWrongUsage() throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "not a folder");

        Cli.Result result = Cli.run(input().toString(), "-o", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("is a file, not a folder");
    }

    @Test
    void unreadableTimeoutIsWrongUsage() throws Exception {
        Cli.Result result = Cli.run(input().toString(), "-o", dir.resolve("out").toString(), "--timeout", "soon");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("expected a duration like 90s");
    }

    @Test
    void unknownProgressModeIsWrongUsage() throws Exception {
        Cli.Result result = Cli.run(input().toString(), "-o", dir.resolve("out").toString(), "--progress", "dots");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--progress");
    }

    @Test
    void zeroThreadsIsWrongUsage() throws Exception {
        Cli.Result result = Cli.run(input().toString(), "-o", dir.resolve("out").toString(), "--threads", "0");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--threads, --max-file-mb and --ocr-max-pages must be at least 1");
    }

    @Test
    void helpListsEveryBatchOptionAndExitsZero() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--output", "--threads", "--force", "--password", "--no-ocr", "--max-file-mb",
                "--timeout", "--progress", "--jsonl", "--html", "--xlsx", "--csv", "--page-dpi", "default: 10m");
    }

    @Test
    void pageResolutionOutOfRangeIsWrongUsage() throws Exception {
        Cli.Result result = Cli.run(input().toString(), "-o", dir.resolve("out").toString(), "--html", "--page-dpi", "900");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--page-dpi must be 0-300");
    }

    @Test
    void versionPrintsTheExtractorVersion() {
        Cli.Result result = Cli.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("compendium extractor ");
    }

    @Test
    void benchWithoutRoundsIsWrongUsage() throws Exception {
        Cli.Result result = Cli.run("bench", "--rounds", "0", input().toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("need files, warmup >= 0, rounds, copies and threads >= 1");
    }

    @Test
    void benchOfAMissingFileIsWrongUsage() {
        Cli.Result result = Cli.run("bench", dir.resolve("absent.pdf").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("input not found");
    }
}
