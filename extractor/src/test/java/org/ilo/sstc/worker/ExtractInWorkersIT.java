package org.ilo.sstc.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.ilo.sstc.batch.BatchOutputs;
import org.ilo.sstc.batch.CompendiumFixtures;
import org.ilo.sstc.cli.ExtractCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command as users run it, converting in worker JVMs: a timed-out file costs only itself, and no child outlives the run. */
class ExtractInWorkersIT {
    @TempDir
    Path dir;

    @Test
    void timedOutFileFailsAloneAndNoWorkerIsLeftRunningAfterTheRun() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        CompendiumFixtures.text(in.resolve("a-good.txt"), 2);
        // Far past the limit on an idle machine; the small files within it on a fresh worker at load 9 (3 s was not).
        CompendiumFixtures.text(in.resolve("b-slow.txt"), 5000);
        CompendiumFixtures.text(in.resolve("c-good.txt"), 3);
        Path out = dir.resolve("out");
        CommandLine command = ExtractCommand.commandLine();
        StringWriter err = new StringWriter();
        command.setErr(new PrintWriter(err, true));
        command.setOut(new PrintWriter(new StringWriter(), true));
        // Children of this JVM already running (the workers of the server tests' shared server) are not the run's.
        Set<Long> before = alive();

        int exit = command.execute(in.toString(), "-o", out.toString(), "--threads", "1", "--timeout", "8s",
                "--worker-heap", "512", "--progress", "lines");

        assertThat(exit).as(err.toString()).isEqualTo(1);
        JsonNode slow = BatchOutputs.outcome(out, "b-slow.txt");
        assertThat(slow.path("failure").asText()).isEqualTo("TIMEOUT");
        assertThat(BatchOutputs.outcome(out, "a-good.txt").path("practices").asInt()).isEqualTo(2);
        assertThat(BatchOutputs.outcome(out, "c-good.txt").path("practices").asInt()).as(err.toString()).isEqualTo(3);
        assertThat(alive()).as("worker processes still running after the run").isSubsetOf(before);
    }

    private static Set<Long> alive() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }
}
