package org.ilo.sstc.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ilo.sstc.batch.CompendiumFixtures;
import org.ilo.sstc.batch.Converted;
import org.ilo.sstc.batch.HostileFiles;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.pipeline.LanguageOptions;
import org.ilo.sstc.pipeline.CompendiumExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The child-JVM pool with real children: a timed-out file leaves no process spending CPU on it, a file
 * that fills the heap fails as OUT_OF_MEMORY naming the limit, and after either the next file converts
 * in a fresh child.
 */
class WorkerPoolIT {
    /** Small, so that a stream inflating past it fails fast; the model and Tika fit with room to spare. */
    private static final int HEAP_MB = 320;

    @TempDir
    static Path dir;
    static WorkerPool pool;

    @BeforeAll
    static void startOneWorker() {
        pool = new WorkerPool(WorkerSettings.of(1, HEAP_MB, ReadOptions.defaults(), LanguageOptions.detect()));
    }

    @AfterAll
    static void stop() {
        pool.close();
    }

    private static Converted convert(Path file, Duration timeout) throws ExtractionException {
        return pool.convert(file, CompendiumExtractor.sha256(file), timeout);
    }

    @Test
    void timedOutFileLeavesNoProcessRunningAndTheNextFileConvertsInAFreshChild() throws Exception {
        // Hundreds of practices: NER alone takes many seconds, far past the limit.
        Path slow = CompendiumFixtures.text(dir.resolve("slow.txt"), 400);
        Path good = CompendiumFixtures.text(dir.resolve("good.txt"), 2);
        convert(good, Duration.ZERO); // the child has loaded its model: the limit below counts the conversion only
        List<Long> before = pool.pids();

        ExtractionException e = catchThrowableOfType(ExtractionException.class, () -> convert(slow, Duration.ofSeconds(1)));

        assertThat(e.failure()).isEqualTo(Failure.TIMEOUT);
        assertThat(e.getMessage()).isEqualTo("slow.txt: conversion took too long: stopped after 1s (raise the limit with --timeout)");
        assertThat(before).singleElement().satisfies(pid -> assertThat(ProcessHandle.of(pid)).isEmpty());
        assertThat(convert(good, Duration.ofMinutes(2)).document().practices()).hasSize(2);
        assertThat(pool.pids()).hasSize(1).doesNotContainAnyElementsOf(before);
    }

    @Test
    void streamInflatingPastTheHeapFailsAsOutOfMemoryNamingTheLimitAndTheNextFileConverts() throws Exception {
        Path bomb = HostileFiles.pdfInflatingTo(dir.resolve("inflating.pdf"), HEAP_MB);
        Path good = CompendiumFixtures.text(dir.resolve("after.txt"), 2);

        ExtractionException e = catchThrowableOfType(ExtractionException.class, () -> convert(bomb, Duration.ofMinutes(5)));

        assertThat(e.failure()).as(e.getMessage()).isEqualTo(Failure.OUT_OF_MEMORY);
        assertThat(e.getMessage()).isEqualTo("inflating.pdf: ran out of memory: the heap limit of " + HEAP_MB
                + " MB was hit (raise it with --worker-heap)");
        assertThat(convert(good, Duration.ofMinutes(2)).document().practices()).hasSize(2);
    }
}
