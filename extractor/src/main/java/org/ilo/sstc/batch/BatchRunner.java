package org.ilo.sstc.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.output.AtomicFile;
import org.ilo.sstc.output.JsonDocumentWriter;
import org.ilo.sstc.output.JsonLinesWriter;
import org.ilo.sstc.pipeline.CompendiumExtractor;
import org.ilo.sstc.pipeline.ExtractorVersion;

/**
 * Converts many files, as many at once as the options say, each through the {@link Converter} (child
 * JVMs in the command line, this JVM in the benchmark and tests). Each file gets its own
 * outcome: a bad file is reported and the batch goes on. Outputs are written atomically; an output
 * whose input and extractor version are unchanged is kept as it is unless forced. The batch's
 * {@code practices.jsonl} lists the practices in input order, whatever order the files finish in.
 */
public final class BatchRunner {

    /** The name of the JSON Lines file with every practice of the batch. */
    public static final String PRACTICES_FILE = "practices.jsonl";
    /** The name of the batch summary. */
    public static final String SUMMARY_FILE = "summary.json";

    /**
     * How a batch runs.
     *
     * @param outputDir     where outputs go
     * @param threads       files converted at once (at least 1)
     * @param force         convert even inputs whose output is up to date
     * @param jsonlPerInput also write {@code <input>.jsonl} beside each {@code <input>.json}
     * @param timeout       longest conversion of one file; {@link Duration#ZERO} for no limit
     */
    public record Options(Path outputDir, int threads, boolean force, boolean jsonlPerInput, Duration timeout) {
        public Options {
            Objects.requireNonNull(outputDir, "outputDir");
            Objects.requireNonNull(timeout, "timeout");
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, but is " + threads);
            }
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must not be negative, but is " + timeout);
            }
        }
    }

    /** One file's outcome and, when it has an output, its practices as JSON Lines. */
    private record FileResult(FileOutcome outcome, byte[] lines) {
    }

    private final Converter converter;
    private final Options options;
    private final JsonDocumentWriter documentWriter = new JsonDocumentWriter();

    /** A runner converting through {@code converter}, which the caller closes. */
    public BatchRunner(Converter converter, Options options) {
        this.converter = Objects.requireNonNull(converter, "converter");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Converts {@code inputs}, reporting to {@code progress}; writes the batch JSONL and the summary. */
    public BatchSummary run(List<InputFile> inputs, Progress progress) throws IOException {
        long started = System.nanoTime();
        List<FileOutcome> outcomes = new ArrayList<>(inputs.size());
        // Threads take files in turn; each waits on the converter, which enforces the timeout.
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemonThreads("batch-worker"));
        try (JsonLinesWriter practices = new JsonLinesWriter(options.outputDir().resolve(PRACTICES_FILE))) {
            progress.start(inputs.size());
            List<Future<FileResult>> results = submit(inputs, workers, progress);
            for (int i = 0; i < results.size(); i++) {
                // Taken out of the list, so that each file's lines are garbage once written: flat heap over long batches.
                FileResult done = await(results.set(i, null));
                outcomes.add(done.outcome());
                practices.append(done.lines());
            }
            practices.commit();
        } finally {
            workers.shutdownNow();
            progress.close();
        }
        BatchSummary summary = BatchSummary.of(ExtractorVersion.get(), outcomes, seconds(started));
        byte[] json = CompendiumJson.prettyWriter().writeValueAsBytes(summary);
        AtomicFile.write(options.outputDir().resolve(SUMMARY_FILE), out -> out.write(json));
        return summary;
    }

    private List<Future<FileResult>> submit(List<InputFile> inputs, ExecutorService workers, Progress progress) {
        Map<Path, InputFile> claimed = new HashMap<>();
        List<Future<FileResult>> results = new ArrayList<>(inputs.size());
        for (InputFile input : inputs) {
            Path output = options.outputDir().resolve(input.outputName() + ".json").toAbsolutePath().normalize();
            InputFile first = claimed.putIfAbsent(output, input);
            if (first != null) {
                FileResult taken = failed(input, new ExtractionException(input.path(), Failure.IO_ERROR,
                        "its output " + output.getFileName() + " is already taken by " + first.path()), 0.0);
                progress.finished(taken.outcome());
                results.add(CompletableFuture.completedFuture(taken));
                continue;
            }
            results.add(workers.submit(() -> {
                FileResult result = convert(input, output);
                progress.finished(result.outcome());
                return result;
            }));
        }
        return results;
    }

    private FileResult convert(InputFile input, Path output) {
        long started = System.nanoTime();
        try {
            String sha256 = CompendiumExtractor.sha256(input.path());
            CompendiumDocument kept = options.force() ? null : UpToDateOutput.read(output, sha256);
            CompendiumDocument document = kept;
            if (kept == null) {
                Converted converted = converter.convert(input.path(), sha256, options.timeout());
                document = converted.document();
                documentWriter.write(converted.json(), output);
            }
            byte[] lines = JsonLinesWriter.encode(document);
            if (options.jsonlPerInput()) {
                AtomicFile.write(options.outputDir().resolve(input.outputName() + ".jsonl"), out -> out.write(lines));
            }
            FileOutcome.Status status = kept != null ? FileOutcome.Status.SKIPPED : FileOutcome.Status.CONVERTED;
            return new FileResult(new FileOutcome(input.path().toString(), output.toString(), status, null, null,
                    document.practices().size(), warningCount(document), seconds(started)), lines);
        } catch (ExtractionException e) {
            return failed(input, e, seconds(started));
        } catch (IOException e) {
            return failed(input, new ExtractionException(input.path(), Failure.IO_ERROR,
                    "cannot write " + output + ": " + e.getMessage(), e), seconds(started));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(input, Unexpected.of(input.path(), e), seconds(started));
        }
    }

    private static int warningCount(CompendiumDocument document) {
        return document.warnings().size() + document.practices().stream().mapToInt(p -> p.warnings().size()).sum();
    }

    private static FileResult failed(InputFile input, ExtractionException e, double seconds) {
        FileOutcome outcome = new FileOutcome(input.path().toString(), null, FileOutcome.Status.FAILED, e.failure().name(),
                e.getMessage(), 0, 0, seconds);
        return new FileResult(outcome, new byte[0]);
    }

    private static FileResult await(Future<FileResult> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a conversion task failed outside its own error handling", e.getCause());
        }
    }

    /** Daemon threads: an abandoned extraction stuck in a parser must not keep the process alive. */
    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
