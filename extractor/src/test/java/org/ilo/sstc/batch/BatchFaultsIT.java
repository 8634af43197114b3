package org.ilo.sstc.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ilo.sstc.cli.Cli;
import org.ilo.sstc.output.OutputFolderLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 9 item 5 and 7: the batch's own files under faults, and the inputs it leaves out said aloud. */
class BatchFaultsIT extends BatchFolders {
    @BeforeEach
    void goodCompendium() throws Exception {
        CompendiumFixtures.text(in.resolve("good.txt"), 2);
    }

    @Test
    void secondRunIntoAnOutdirInUseIsRefusedWithExitThreeAndTheFirstRunsFilesStand() throws Exception {
        assertThat(Cli.extract(in, out).exitCode()).isZero();
        byte[] practices = Files.readAllBytes(out.resolve(BatchRunner.PRACTICES_FILE));
        byte[] summary = Files.readAllBytes(out.resolve(BatchRunner.SUMMARY_FILE));

        Cli.Result refused;
        try (OutputFolderLock held = OutputFolderLock.take(out)) {
            refused = Cli.extract(in, out, "--force");
        }

        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("another extract run", "is writing to " + out, "choose another folder with -o");
        assertThat(Files.readAllBytes(out.resolve(BatchRunner.PRACTICES_FILE))).isEqualTo(practices);
        assertThat(Files.readAllBytes(out.resolve(BatchRunner.SUMMARY_FILE))).isEqualTo(summary);
        assertThat(Cli.extract(in, out, "--force").exitCode()).isZero();
    }

    @Test
    void runKilledWithSignalNineFreesTheOutdirAndItsTemporaryFileIsRemovedByTheNextRun() throws Exception {
        Files.createDirectories(out);
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), out.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(said.readLine()).isEqualTo("holding");
            assertThat(Cli.extract(in, out).exitCode()).as("refused while the other process lives").isEqualTo(3);
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Cli.Result result = Cli.extract(in, out);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(BatchOutputs.leftovers(out)).isEmpty();
        assertThat(BatchOutputs.practiceLines(out)).hasSize(2);
    }

    @Test
    void fullDiskFailsTheRunWithExitThreeAndNeverReplacesAGoodFile() throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", small.toString())
                .redirectErrorStream(true).start();
        assumeTrue(mount.waitFor() == 0, "mounting a small tmpfs needs root: the full-disk test is skipped");
        try {
            out = small.resolve("out");
            assertThat(Cli.extract(in, out).exitCode()).isZero();
            byte[] practices = Files.readAllBytes(out.resolve(BatchRunner.PRACTICES_FILE));
            byte[] summary = Files.readAllBytes(out.resolve(BatchRunner.SUMMARY_FILE));
            byte[] document = Files.readAllBytes(out.resolve("good.txt.json"));
            fill(small.resolve("filler"));

            Cli.Result result = Cli.extract(in, out, "--force");

            assertThat(result.exitCode()).isEqualTo(3);
            assertThat(result.err()).contains("extract: cannot write ", "No space left on device",
                    "were left as they were", "free some space or choose another folder with -o");
            assertThat(Files.readAllBytes(out.resolve(BatchRunner.PRACTICES_FILE))).isEqualTo(practices);
            assertThat(Files.readAllBytes(out.resolve(BatchRunner.SUMMARY_FILE))).isEqualTo(summary);
            assertThat(Files.readAllBytes(out.resolve("good.txt.json"))).isEqualTo(document);
            assertThat(BatchOutputs.leftovers(out)).isEmpty();
        } finally {
            new ProcessBuilder("umount", "-l", small.toString()).start().waitFor();
        }
    }

    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream stream = Files.newOutputStream(filler)) {
            while (true) {
                stream.write(block);
            }
        } catch (IOException e) {
            // the disk is full: what the test wants
        }
    }

    @Test
    void inputNamedSummaryFailsAloneInsteadOfOverwritingTheBatchSummary() throws Exception {
        Path summaryInput = CompendiumFixtures.text(in.resolve("summary"), 1);

        Cli.Result result = Cli.run(summaryInput.toString(), in.resolve("good.txt").toString(), "-o", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode outcome = BatchOutputs.outcome(out, "summary");
        assertThat(outcome.path("failure").asText()).isEqualTo("IO_ERROR");
        assertThat(outcome.path("message").asText()).isEqualTo(
                "summary: cannot read or write file: its output would overwrite the batch's summary.json; rename the input");
        assertThat(BatchOutputs.summary(out).path("files").asInt()).isEqualTo(2);
    }

    @Test
    void inputWithA230ByteNameConverts() throws Exception {
        String name = "c".repeat(226) + ".txt";
        CompendiumFixtures.text(in.resolve(name), 1);

        Cli.Result result = Cli.extract(in, out);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(out.resolve(name + ".json")).isRegularFile();
    }

    @Test
    void linksToFoldersLoopsAndDanglingLinksAreListedInTheSummaryAndTheLog() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        CompendiumFixtures.text(elsewhere.resolve("far.txt"), 1);
        Files.createSymbolicLink(in.resolve("to-elsewhere"), elsewhere);
        Files.createSymbolicLink(in.resolve("loop"), in);
        Files.createSymbolicLink(in.resolve("gone.pdf"), dir.resolve("missing.pdf"));

        Cli.Result result = Cli.extract(in, out);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains(
                "left out: " + in.resolve("gone.pdf") + ": a dangling link (its target does not exist)",
                "left out: " + in.resolve("loop") + ": a link loop (it points to a folder that holds it)",
                "left out: " + in.resolve("to-elsewhere") + ": a link to a folder (not followed)");
        List<String> listed = BatchOutputs.summary(out).path("leftOut").findValuesAsText("path");
        assertThat(listed).containsExactly(in.resolve("gone.pdf").toString(), in.resolve("loop").toString(),
                in.resolve("to-elsewhere").toString());
    }

    @Test
    void fileNameWithANewlineIsPrintedEscapedOnOneLine() throws Exception {
        Files.createFile(in.resolve("bad\nname.txt"));

        Cli.Result result = Cli.extract(in, out);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("bad\\nname.txt: empty file (0 bytes)");
        assertThat(result.out()).contains("  failed: bad\\nname.txt: empty file (0 bytes)\n");
    }
}
