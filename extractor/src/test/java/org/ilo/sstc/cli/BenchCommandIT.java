package org.ilo.sstc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs end to end and prints its figures beside the targets (figures not checked: no timing asserts). */
class BenchCommandIT {
    @TempDir
    Path dir;

    private Path compendium() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= 2; n++) {
            text.append("GOOD PRACTICE ").append(n).append(" – ASIA – Harbour apprenticeships\n")
                    .append("Institution: Example Training Institute\n")
                    .append("Results achieved: Two hundred workers trained.\n\n");
        }
        return Files.writeString(dir.resolve("made-up.txt"), text);
    }

    @Test
    void benchPrintsAStageRowPerFileAndTheTargets() throws Exception {
        Cli.Result result = Cli.run("bench", "--warmup", "0", "--rounds", "1", "--copies", "2",
                compendium().toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Start-up: CoreNLP pipeline", "ingest", "segment", "fields", "entities", "write",
                "NER tok/s", "2 threads s/file", "Issue 4 target", "stages but entities / plain Tika: made-up.txt",
                "end to end, warm, 2 threads: made-up.txt", "CoreNLP start-up", "peak heap");
        assertThat(result.out().lines().filter(line -> line.startsWith("made-up.txt "))).hasSize(1);
    }

    @Test
    void batchModeConvertsTheCopiesAndPrintsTheHeapEveryTenFiles() throws Exception {
        Cli.Result result = Cli.run("bench", "--batch", "20", compendium().toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Batch of 20 copies of made-up.txt on 2 threads",
                "20 file(s): 20 converted, 0 unchanged, 0 failed; 40 practices", "heap after GC: first");
        assertThat(result.out().lines().filter(line -> line.matches(" +\\d+ files +[\\d.]+ MB"))).hasSize(2);
    }

    @Test
    void serverModeReportsEachClientCountThenTheColdStartBesidePlainTika() throws Exception {
        Cli.Result result = Cli.run("bench", "--server", "--threads", "1", "--warmup", "0", "--requests", "3",
                "--clients", "1,2", "--cold-rounds", "1", compendium().toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Server: 1 workers, ready", "requests/s", "p50 s", "p95 s", "Issue 10 target",
                "p50 per compendium, warm, one client", "throughput of 2 clients / 1 client", "Cold start, whole processes",
                "plain Tika s", "--help");
        assertThat(result.out().lines().filter(line -> line.matches(" +[12] +3 .*"))).as(result.out()).hasSize(2);
        assertThat(result.out().lines().filter(line -> line.startsWith("made-up.txt ") && line.contains("x")))
                .as(result.out()).hasSize(1);
    }
}
