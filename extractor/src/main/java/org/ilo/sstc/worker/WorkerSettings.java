package org.ilo.sstc.worker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.pipeline.LanguageOptions;

/**
 * How the pool starts its workers.
 *
 * @param workers        child JVMs, each converting one file at a time (at least 1)
 * @param heapMegabytes  each child's maximum heap ({@code -Xmx}); a file that needs more fails as OUT_OF_MEMORY
 * @param options        how the children read files
 * @param languages      the profiles and language the children read compendia with
 * @param java           the {@code java} launcher
 * @param classPath      the children's class path (the parent's own)
 * @param startLimit     longest a child may take to build its pipeline before it counts as broken
 * @param jvmOptions     more options for the children's JVMs (a class-data archive, a temporary folder)
 * @param everyModelAtStart load the NER model of every language a document may be read in before saying
 *                       ready (a server), rather than each on its first document (a batch)
 */
public record WorkerSettings(int workers, int heapMegabytes, ReadOptions options, LanguageOptions languages, Path java,
                             String classPath, Duration startLimit, List<String> jvmOptions, boolean everyModelAtStart) {

    /** Default heap of a child: the NLP model, Tika, and one large compendium with room to spare. */
    public static final int DEFAULT_HEAP_MEGABYTES = 2048;
    /** System property naming the workers' class-data archive, which {@code ./extract} builds and passes. */
    public static final String ARCHIVE_PROPERTY = "extract.workerArchive";
    /** System property naming the archive a worker writes at its exit (how {@code ./extract} builds it). */
    public static final String ARCHIVE_DUMP_PROPERTY = "extract.workerArchiveDump";
    /**
     * Files per worker up to which a run compiles with C1 alone. On the sample PDF, one file: 7-8 s of CPU
     * instead of 12-14 s, and less wall time too; four files on one worker: 15 s of CPU instead of 23 s but
     * 2 s more wall time, as C2's code starts to pay for its compilation.
     */
    static final int SHORT_RUN_FILES_PER_WORKER = 2;

    public WorkerSettings {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(classPath, "classPath");
        Objects.requireNonNull(startLimit, "startLimit");
        jvmOptions = List.copyOf(jvmOptions);
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1, but is " + workers);
        }
        if (heapMegabytes < 64) {
            throw new IllegalArgumentException("heapMegabytes must be >= 64, but is " + heapMegabytes);
        }
    }

    /** Children on this JVM's launcher and class path, with the class-data archive {@code ./extract} names. */
    public static WorkerSettings of(int workers, int heapMegabytes, ReadOptions options, LanguageOptions languages) {
        return new WorkerSettings(workers, heapMegabytes, options, languages,
                Path.of(System.getProperty("java.home"), "bin", "java"), System.getProperty("java.class.path"),
                Duration.ofMinutes(5), archiveOptions(), false);
    }

    /** These settings with {@code more} JVM options for the children. */
    public WorkerSettings withJvmOptions(List<String> more) {
        List<String> all = new ArrayList<>(jvmOptions);
        all.addAll(more);
        return new WorkerSettings(workers, heapMegabytes, options, languages, java, classPath, startLimit, all,
                everyModelAtStart);
    }

    /** These settings with every language's model loaded before a child says it is ready. */
    public WorkerSettings withEveryModelAtStart() {
        return new WorkerSettings(workers, heapMegabytes, options, languages, java, classPath, startLimit, jvmOptions,
                true);
    }

    /**
     * These settings for a run of {@code files} files: a short run compiles with C1 alone, as C2's
     * compilations would cost more CPU than its faster code saves in so few files.
     */
    public WorkerSettings forFiles(int files) {
        return files <= SHORT_RUN_FILES_PER_WORKER * workers ? withJvmOptions(List.of("-XX:TieredStopAtLevel=1")) : this;
    }

    /** How long a child asked to exit may take: long enough to write a class-data archive when it was asked to. */
    Duration exitLimit() {
        return jvmOptions.stream().anyMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit"))
                ? Duration.ofMinutes(2) : Duration.ofSeconds(5);
    }

    /** The command line of one child. */
    List<String> command() {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + heapMegabytes + "m",
                // A child out of memory exits at once (code 3) instead of limping on half-broken.
                "-XX:+ExitOnOutOfMemoryError",
                // Keep stack traces of exceptions thrown often: they tell a parser's complaint from our bug.
                "-XX:-OmitStackTraceInFastThrow"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, WorkerMain.class.getName()));
        return command;
    }

    /**
     * The class-data sharing options {@code ./extract} asks for: the archive to map (the JVM checks that it
     * matches this class path, and starts without it otherwise), or the one to write at exit.
     */
    private static List<String> archiveOptions() {
        String dump = System.getProperty(ARCHIVE_DUMP_PROPERTY);
        if (dump != null) {
            return List.of("-XX:ArchiveClassesAtExit=" + dump);
        }
        String archive = System.getProperty(ARCHIVE_PROPERTY);
        if (archive != null && Files.isReadable(Path.of(archive))) {
            // A stale or unmappable archive is not an error: the JVM then loads every class from the jars.
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }
        return List.of();
    }
}
