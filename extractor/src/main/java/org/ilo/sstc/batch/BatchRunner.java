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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.output.AtomicFile;
import org.ilo.sstc.output.JsonDocumentWriter;
import org.ilo.sstc.output.JsonLinesWriter;
import org.ilo.sstc.output.ReviewOutputs;
import org.ilo.sstc.pipeline.CompendiumExtractor;
import org.ilo.sstc.pipeline.ExtractorVersion;

/**
 * Converts many files on a bounded pool of threads sharing one extractor. Each file gets its own
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

    private final CompendiumExtractor extractor;
    private final Options options;
    private final ReviewOutputs review;
    private final JsonDocumentWriter documentWriter = new JsonDocumentWriter();

    public BatchRunner(CompendiumExtractor extractor, Options options) {
        this(extractor, options, new ReviewOutputs(ReviewOutputs.Options.none()));
    }

    /** A runner that also writes the review pages, workbooks or CSV {@code review} asks for. */
    public BatchRunner(CompendiumExtractor extractor, Options options, ReviewOutputs review) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.options = Objects.requireNonNull(options, "options");
        this.review = Objects.requireNonNull(review, "review");
    }

    /** Converts {@code inputs}, reporting to {@code progress}; writes the batch JSONL and the summary. */
    public BatchSummary run(List<InputFile> inputs, Progress progress) throws IOException {
        long started = System.nanoTime();
        List<FileOutcome> outcomes = new ArrayList<>(inputs.size());
        // Workers take files in turn; each hands the extraction itself to a thread it can abandon on timeout.
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemonThreads("batch-worker"));
        ExecutorService extractions = Executors.newCachedThreadPool(daemonThreads("batch-extraction"));
        try (JsonLinesWriter practices = new JsonLinesWriter(options.outputDir().resolve(PRACTICES_FILE))) {
            progress.start(inputs.size());
            List<Future<FileResult>> results = submit(inputs, workers, extractions, progress);
            for (int i = 0; i < results.size(); i++) {
                // Taken out of the list, so that each file's lines are garbage once written: flat heap over long batches.
                FileResult done = await(results.set(i, null));
                outcomes.add(done.outcome());
                practices.append(done.lines());
            }
            practices.commit();
        } finally {
            workers.shutdownNow();
            extractions.shutdownNow();
            progress.close();
        }
        BatchSummary summary = BatchSummary.of(ExtractorVersion.get(), outcomes, seconds(started));
        byte[] json = CompendiumJson.prettyWriter().writeValueAsBytes(summary);
        AtomicFile.write(options.outputDir().resolve(SUMMARY_FILE), out -> out.write(json));
        review.writeBatch(CompendiumJson.mapper().readTree(json), options.outputDir());
        return summary;
    }

    private List<Future<FileResult>> submit(List<InputFile> inputs, ExecutorService workers, ExecutorService extractions,
                                            Progress progress) {
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
                FileResult result = convert(input, output, extractions);
                progress.finished(result.outcome());
                return result;
            }));
        }
        return results;
    }

    private FileResult convert(InputFile input, Path output, ExecutorService extractions) {
        long started = System.nanoTime();
        try {
            String sha256 = CompendiumExtractor.sha256(input.path());
            CompendiumDocument kept = options.force() ? null : UpToDateOutput.read(output, sha256);
            CompendiumDocument document = kept != null ? kept : extract(input.path(), sha256, extractions);
            if (kept == null) {
                documentWriter.write(document, output);
            }
            byte[] lines = JsonLinesWriter.encode(document);
            if (options.jsonlPerInput()) {
                AtomicFile.write(options.outputDir().resolve(input.outputName() + ".jsonl"), out -> out.write(lines));
            }
            // After the JSON is written: nothing these outputs meet can cost the input its JSON.
            review.writeInput(document, input.path(), options.outputDir().resolve(input.outputName()));
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
        } catch (OutOfMemoryError e) {
            // The file's objects are garbage once this frame unwinds, so the other files can go on.
            return failed(input, new ExtractionException(input.path(), Failure.TOO_LARGE,
                    "ran out of memory; give Java more heap, e.g. EXTRACT_JAVA_OPTS=-Xmx4g"), seconds(started));
        }
    }

    /**
     * Runs the extraction on a thread of its own and waits at most the timeout. On timeout the thread is
     * interrupted and abandoned: it cannot write anything, as writing happens here, after it returns.
     */
    private CompendiumDocument extract(Path file, String sha256, ExecutorService extractions) throws ExtractionException {
        Future<CompendiumDocument> extraction = extractions.submit(() -> extractor.extract(file, sha256));
        try {
            return options.timeout().isZero() ? extraction.get()
                    : extraction.get(options.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            extraction.cancel(true);
            throw new ExtractionException(file, Failure.TIMEOUT, "stopped after " + DurationText.format(options.timeout())
                    + " (raise the limit with --timeout)", e);
        } catch (InterruptedException e) {
            extraction.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(file, Failure.TIMEOUT, "the batch was stopped", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionException failure) {
                throw failure;
            }
            if (e.getCause() instanceof OutOfMemoryError oom) {
                throw oom;
            }
            throw Unexpected.of(file, e.getCause());
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
