package org.ilo.sstc.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.pipeline.LanguageOptions;
import org.junit.jupiter.api.Test;

/** The children's command line: what a run's size and the archive options make of it. */
class WorkerSettingsTest {
    private static final WorkerSettings TWO = WorkerSettings.of(2, 1024, ReadOptions.defaults(), LanguageOptions.detect());

    @Test
    void shortRunCompilesWithC1AloneAndALongOneKeepsTheFullCompiler() {
        assertThat(TWO.forFiles(1).command()).contains("-XX:TieredStopAtLevel=1");
        assertThat(TWO.forFiles(2 * WorkerSettings.SHORT_RUN_FILES_PER_WORKER).command()).contains("-XX:TieredStopAtLevel=1");
        assertThat(TWO.forFiles(2 * WorkerSettings.SHORT_RUN_FILES_PER_WORKER + 1).command())
                .noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
    }

    @Test
    void jvmOptionsComeBeforeTheMainClass() {
        List<String> command = TWO.withJvmOptions(List.of("-Djava.io.tmpdir=/somewhere")).command();

        assertThat(command.indexOf("-Djava.io.tmpdir=/somewhere")).isLessThan(command.indexOf(WorkerMain.class.getName()));
    }

    @Test
    void childAskedToWriteAnArchiveMayTakeLongerToExit() {
        assertThat(TWO.exitLimit()).hasSeconds(5);
        assertThat(TWO.withJvmOptions(List.of("-XX:ArchiveClassesAtExit=/tmp/a.jsa")).exitLimit())
                .isGreaterThan(TWO.exitLimit());
    }
}
