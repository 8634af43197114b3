package org.ilo.sstc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract serve}'s usage: what it refuses before any worker or port is taken. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void listeningBeyondLoopbackWithoutATokenIsWrongUsage() {
        Cli.Result result = Cli.run("serve", "--host", "0.0.0.0");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("listening on 0.0.0.0 needs a token (--token-file FILE)");
    }

    @Test
    void emptyOrMissingTokenFileIsWrongUsage() throws Exception {
        Path empty = Files.writeString(dir.resolve("token"), "\n");

        Cli.Result blank = Cli.run("serve", "--token-file", empty.toString());
        Cli.Result missing = Cli.run("serve", "--token-file", dir.resolve("absent").toString());

        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.err()).contains("must hold one token");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read --token-file");
    }

    @Test
    void portOutOfRangeAndNegativeQueueAreWrongUsage() {
        assertThat(Cli.run("serve", "--port", "70000").err()).contains("port must be 0-65535, but is 70000");
        assertThat(Cli.run("serve", "--queue", "-1").err()).contains("queue must be >= 0, but is -1");
    }

    @Test
    void unknownLanguageIsWrongUsageBeforeAnyWorkerStarts() {
        Cli.Result result = Cli.run("serve", "--lang", "xx");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("xx");
    }

    @Test
    void helpListsTheServerOptionsAndTheConversionOnes() {
        Cli.Result result = Cli.run("serve", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--host", "--port", "--queue", "--token-file", "--threads", "--timeout",
                "--max-file-mb", "--lang", "--profile", "--worker-heap", "--no-ocr", "PUT /extract");
    }
}
