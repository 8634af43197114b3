package org.ilo.sstc.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.ilo.sstc.cli.ExtractCommand;
import org.ilo.sstc.worker.WorkerSettings;

/**
 * The command line's cold start: {@code extract FILE -o OUT} run as a whole process, beside plain Tika
 * text extraction of the same file run as a whole process (a JVM of its own, default options), the two
 * taking turns so that a change of load hits both; and {@code extract --help}.
 */
public final class ColdStart {
    /** Issue 10: one file through the command within this factor of plain Tika, both as whole processes. */
    static final double TIKA_RATIO_TARGET = 1.3;
    /** Issue 10: help and usage errors within this. */
    static final double HELP_TARGET_SECONDS = 1.0;
    /** System property {@code ./extract} sets to itself: the cold start is then measured through it. */
    public static final String LAUNCHER_PROPERTY = "extract.launcher";

    private final List<Path> files;
    private final int rounds;
    private final PrintWriter out;

    public ColdStart(List<Path> files, int rounds, PrintWriter out) {
        this.files = List.copyOf(files);
        this.rounds = rounds;
        this.out = Objects.requireNonNull(out, "out");
        if (this.files.isEmpty() || rounds < 1) {
            throw new IllegalArgumentException("need files and rounds >= 1, but got " + this.files.size() + " files, "
                    + rounds + " rounds");
        }
    }

    /** Runs every file {@code rounds} times each way and prints the medians. */
    public void run() throws IOException {
        List<String> command = command();
        out.printf(Locale.ROOT, "Cold start, whole processes, median of %d rounds (min-max), taking turns with plain "
                + "Tika (java -cp ... %s FILE):%n  command: %s FILE -o OUT --force%n", rounds, TikaBaseline.class.getName(),
                String.join(" ", shortened(command)));
        Path work = Files.createTempDirectory("extract-cold-");
        try {
            String row = "%-40s %18s %18s %7s %s%n";
            out.printf(Locale.ROOT, row, "file", "extract s", "plain Tika s", "ratio", "");
            for (Path file : files) {
                double[] extract = new double[rounds];
                double[] tika = new double[rounds];
                for (int round = 0; round < rounds; round++) {
                    List<String> one = new ArrayList<>(command);
                    one.addAll(List.of(file.toString(), "-o", work.resolve("out").toString(), "--force"));
                    extract[round] = time(one, work);
                    tika[round] = time(tikaCommand(file), work);
                }
                double ratio = StageTimes.median(extract) / StageTimes.median(tika);
                out.printf(Locale.ROOT, row, file.getFileName(), spread(extract), spread(tika),
                        String.format(Locale.ROOT, "%.2fx", ratio), ratio <= TIKA_RATIO_TARGET ? "met" : "NOT MET");
            }
            double[] help = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                List<String> one = new ArrayList<>(command);
                one.add("--help");
                help[round] = time(one, work);
            }
            out.printf(Locale.ROOT, row, "--help", spread(help), "", "",
                    StageTimes.median(help) <= HELP_TARGET_SECONDS ? "met (<= 1 s)" : "NOT MET (<= 1 s)");
            out.printf(Locale.ROOT, "(target: extract FILE within %.1fx of plain Tika; load average %.1f on %d cores at the end)%n%n",
                    TIKA_RATIO_TARGET, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            out.flush();
        } finally {
            BatchSoak.deleteTree(work);
        }
    }

    /**
     * The command as users run it: {@code ./extract} when it launched this JVM; otherwise this JVM's launcher
     * and class path with the class-data archives it was given.
     */
    static List<String> command() {
        String launcher = System.getProperty(LAUNCHER_PROPERTY);
        if (launcher != null && Files.isExecutable(Path.of(launcher))) {
            return List.of(launcher);
        }
        List<String> command = new ArrayList<>(List.of(java()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-XX:SharedArchiveFile") || option.startsWith("-D" + WorkerSettings.ARCHIVE_PROPERTY)
                    || option.startsWith("-Xlog:cds")) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ExtractCommand.class.getName()));
        return command;
    }

    private static List<String> tikaCommand(Path file) {
        return List.of(java(), "-cp", System.getProperty("java.class.path"), TikaBaseline.class.getName(), file.toString());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Seconds from start to exit of {@code command}, its output discarded; a failed run ends the benchmark. */
    private static double time(List<String> command, Path work) throws IOException {
        Path log = work.resolve("log.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long started = System.nanoTime();
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("still running after 10 minutes: " + command);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        double seconds = Benchmark.seconds(started);
        if (process.exitValue() != 0) {
            throw new IOException("exit code " + process.exitValue() + " from " + command + ": " + Files.readString(log));
        }
        return seconds;
    }

    private static String spread(double[] seconds) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (double s : seconds) {
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        return String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", StageTimes.median(seconds), min, max);
    }

    /** The command with its long class path cut for printing. */
    private static List<String> shortened(List<String> command) {
        return command.stream().map(part -> part.length() > 60 ? part.substring(0, 28) + "..."
                + part.substring(part.length() - 28) : part).toList();
    }
}
