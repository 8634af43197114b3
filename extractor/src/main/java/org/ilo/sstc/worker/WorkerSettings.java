package org.ilo.sstc.worker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.pipeline.LanguageOptions;

/**
 * How the pool starts its workers.
 *
 * @param workers      child JVMs, each converting one file at a time (at least 1)
 * @param heapMegabytes each child's maximum heap ({@code -Xmx}); a file that needs more fails as OUT_OF_MEMORY
 * @param options      how the children read files
 * @param languages    the profiles and language the children read compendia with
 * @param java         the {@code java} launcher
 * @param classPath    the children's class path (the parent's own)
 * @param startLimit   longest a child may take to build its pipeline before it counts as broken
 */
public record WorkerSettings(int workers, int heapMegabytes, ReadOptions options, LanguageOptions languages, Path java,
                             String classPath, Duration startLimit) {

    /** Default heap of a child: the NLP model, Tika, and one large compendium with room to spare. */
    public static final int DEFAULT_HEAP_MEGABYTES = 2048;

    public WorkerSettings {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(classPath, "classPath");
        Objects.requireNonNull(startLimit, "startLimit");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1, but is " + workers);
        }
        if (heapMegabytes < 64) {
            throw new IllegalArgumentException("heapMegabytes must be >= 64, but is " + heapMegabytes);
        }
    }

    /** Children on this JVM's launcher and class path. */
    public static WorkerSettings of(int workers, int heapMegabytes, ReadOptions options, LanguageOptions languages) {
        return new WorkerSettings(workers, heapMegabytes, options, languages,
                Path.of(System.getProperty("java.home"), "bin", "java"), System.getProperty("java.class.path"),
                Duration.ofMinutes(5));
    }

    /** The command line of one child. */
    List<String> command() {
        return List.of(java.toString(), "-Xmx" + heapMegabytes + "m",
                // A child out of memory exits at once (code 3) instead of limping on half-broken.
                "-XX:+ExitOnOutOfMemoryError",
                // Keep stack traces of exceptions thrown often: they tell a parser's complaint from our bug.
                "-XX:-OmitStackTraceInFastThrow",
                "-cp", classPath, WorkerMain.class.getName());
    }
}
