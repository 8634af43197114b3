package org.ilo.sstc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.ilo.sstc.batch.InputFile;
import org.ilo.sstc.batch.InputFiles;
import org.ilo.sstc.bench.BatchSoak;
import org.ilo.sstc.bench.Benchmark;
import org.ilo.sstc.bench.ColdStart;
import org.ilo.sstc.bench.ServerBench;
import org.ilo.sstc.error.ExtractionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract bench [FILES]}: the performance figures of issue 4, measured in this JVM. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Measures the extractor: warm time per stage, pages and practices per second, plain Tika",
            "extraction of the same file as the baseline, CoreNLP start-up, NER tokens per second, throughput",
            "on a pool of threads and peak heap. With --batch N: converts N copies of one file in this JVM and",
            "prints the heap after GC every 10 files (run it with EXTRACT_JAVA_OPTS=-Xmx2g). With --server: starts",
            "the server (--threads workers), sends the files from 1, 2 and 4 concurrent clients and reports",
            "requests/s and p50/p95 latency, then times the command's cold start against plain Tika."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files or folders to measure (default: samples).")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--warmup", paramLabel = "N", description = "Warm-up rounds per file, not counted (default: ${DEFAULT-VALUE}).")
    private int warmup = 3;

    @Option(names = "--rounds", paramLabel = "N", description = "Counted rounds per file; the median is shown (default: ${DEFAULT-VALUE}).")
    private int rounds = 10;

    @Option(names = "--copies", paramLabel = "N", description = "Copies per file for the throughput figure (default: ${DEFAULT-VALUE}).")
    private int copies = 10;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for throughput and --batch, the server's workers with --server (default: ${DEFAULT-VALUE}).")
    private int threads = 2;

    @Option(names = "--batch", paramLabel = "N",
            description = "Instead: convert N copies of the largest FILE as one batch, heap after GC every 10 files.")
    private int batch;

    @Option(names = "--server", description = "Instead: benchmark extract serve, then the command's cold start.")
    private boolean server;

    @Option(names = "--requests", paramLabel = "N", description = "With --server: requests per client count (default: ${DEFAULT-VALUE}).")
    private int requests = 30;

    @Option(names = "--clients", paramLabel = "N,N...", split = ",",
            description = "With --server: the counts of concurrent clients, a run each (default: 1,2,4).")
    private List<Integer> clients = new ArrayList<>(List.of(1, 2, 4));

    @Option(names = "--cold-rounds", paramLabel = "N",
            description = "With --server: cold starts of the command (and of plain Tika) per file; 0 for none (default: ${DEFAULT-VALUE}).")
    private int coldRounds = 3;

    @Override
    public Integer call() throws IOException, ExtractionException {
        List<Path> inputs = files.isEmpty() ? List.of(Path.of("samples")) : files;
        List<Path> paths;
        try {
            paths = InputFiles.collect(inputs).stream().map(InputFile::path).toList();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage()
                    + (files.isEmpty() ? " (run from the repository root, or name the files)" : ""));
        }
        if (paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no supported files in " + inputs);
        }
        if (batch > 0) {
            Path largest = paths.stream().max(Comparator.comparingLong(BenchCommand::size)).orElseThrow();
            return new BatchSoak(largest, batch, threads, spec.commandLine().getOut()).run() == 0 ? 0 : 1;
        }
        if (server) {
            return serve(paths);
        }
        Benchmark.Settings settings;
        try {
            settings = new Benchmark.Settings(paths, warmup, rounds, copies, threads);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        new Benchmark(settings, spec.commandLine().getOut()).run();
        return 0;
    }

    private int serve(List<Path> paths) throws IOException {
        ServerBench.Settings settings;
        try {
            settings = new ServerBench.Settings(paths, threads, warmup, requests, clients);
            if (coldRounds < 0) {
                throw new IllegalArgumentException("--cold-rounds must be >= 0, but is " + coldRounds);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        new ServerBench(settings, spec.commandLine().getOut()).run();
        if (coldRounds > 0) {
            new ColdStart(paths, coldRounds, spec.commandLine().getOut()).run();
        }
        return 0;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
