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
import org.ilo.sstc.output.OutputFolderLock;
import org.ilo.sstc.output.JsonDocumentWriter;
import org.ilo.sstc.output.JsonLinesWriter;
import org.ilo.sstc.output.ReviewOutputs;
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
    private final ReviewOutputs review;
    private final JsonDocumentWriter documentWriter = new JsonDocumentWriter();

    /** A runner converting through {@code converter}, which the caller closes. */
    public BatchRunner(Converter converter, Options options) {
        this(converter, options, new ReviewOutputs(ReviewOutputs.Options.none()));
    }

    /** A runner that also writes the review pages, workbooks or CSV {@code review} asks for. */
    public BatchRunner(Converter converter, Options options, ReviewOutputs review) {
        this.converter = Objects.requireNonNull(converter, "converter");
        this.options = Objects.requireNonNull(options, "options");
        this.review = Objects.requireNonNull(review, "review");
    }

    /** Converts {@code inputs}, reporting to {@code progress}; writes the batch JSONL and the summary. */
    public BatchSummary run(List<InputFile> inputs, Progress progress) throws IOException {
        return run(inputs, List.of(), progress);
    }

    /**
     * Converts {@code inputs}, reporting to {@code progress}; writes the batch JSONL and the summary, which
     * also lists the {@code leftOut} entries of the input folders.
     *
     * @throws IOException when the run itself fails: another run holds the output folder, or an output
     *                     cannot be written (disk full...); the batch files already there are left as they were
     */
    public BatchSummary run(List<InputFile> inputs, List<LeftOutInput> leftOut, Progress progress) throws IOException {
        try (OutputFolderLock lock = OutputFolderLock.take(options.outputDir())) {
            return runHolding(inputs, leftOut, progress);
        }
    }

    private BatchSummary runHolding(List<InputFile> inputs, List<LeftOutInput> leftOut, Progress progress) throws IOException {
        long started = System.nanoTime();
        List<FileOutcome> outcomes = new ArrayList<>(inputs.size());
        // Threads take files in turn; each waits on the converter, which enforces the timeout.
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemonThreads("batch-worker"));
        Path practicesFile = options.outputDir().resolve(PRACTICES_FILE);
        try (JsonLinesWriter practices = new JsonLinesWriter(practicesFile)) {
            progress.start(inputs.size());
            List<Future<FileResult>> results = submit(inputs, workers, progress);
            for (int i = 0; i < results.size(); i++) {
                // Taken out of the list, so that each file's lines are garbage once written: flat heap over long batches.
                FileResult done = await(results.set(i, null));
                outcomes.add(done.outcome());
                practices.append(done.lines());
            }
            practices.commit();
        } catch (IOException e) {
            throw new OutputFailure(practicesFile, e);
        } finally {
            workers.shutdownNow();
            progress.close();
        }
        BatchSummary summary = BatchSummary.of(ExtractorVersion.get(), outcomes, leftOut, seconds(started));
        byte[] json = CompendiumJson.prettyWriter().writeValueAsBytes(summary);
        Path summaryFile = options.outputDir().resolve(SUMMARY_FILE);
        try {
            AtomicFile.write(summaryFile, out -> out.write(json));
        } catch (IOException e) {
            throw new OutputFailure(summaryFile, e);
        }
        review.writeBatch(CompendiumJson.mapper().readTree(json), options.outputDir());
        return summary;
    }

    private List<Future<FileResult>> submit(List<InputFile> inputs, ExecutorService workers, Progress progress) {
        Map<Path, InputFile> claimed = new HashMap<>();
        List<Future<FileResult>> results = new ArrayList<>(inputs.size());
        for (InputFile input : inputs) {
            Path output = options.outputDir().resolve(input.outputName() + ".json").toAbsolutePath().normalize();
            InputFile first = claimed.putIfAbsent(output, input);
            String batchFile = batchFileTakenBy(input);
            if (first != null || batchFile != null) {
                FileResult taken = failed(input, new ExtractionException(input.path(), Failure.IO_ERROR, first != null
                        ? "its output " + output.getFileName() + " is already taken by " + first.path()
                        : "its output would overwrite the batch's " + batchFile + "; rename the input"), 0.0);
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

    /** The batch file an input's output would overwrite ({@code summary.json} for an input named "summary"), or null. */
    private String batchFileTakenBy(InputFile input) {
        Path top = Path.of(input.outputName()).normalize();
        if (top.getNameCount() != 1) {
            return null;
        }
        String name = top.toString();
        if ((name + ".json").equals(SUMMARY_FILE)) {
            return SUMMARY_FILE;
        }
        if (options.jsonlPerInput() && (name + ".jsonl").equals(PRACTICES_FILE)) {
            return PRACTICES_FILE;
        }
        return null;
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
            // After the JSON is written: nothing these outputs meet can cost the input its JSON.
            review.writeInput(document, input.path(), options.outputDir().resolve(input.outputName()));
            FileOutcome.Status status = kept != null ? FileOutcome.Status.SKIPPED : FileOutcome.Status.CONVERTED;
            return new FileResult(new FileOutcome(input.path().toString(), output.toString(), status, null, null,
                    document.practices().size(), warningCount(document), seconds(started)), lines);
        } catch (ExtractionException e) {
            return failed(input, e, seconds(started));
        } catch (IOException e) {
            // Not this file's fault: the output folder cannot take outputs (full, read-only); the run stops.
            throw new OutputFailure(output, e);
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
            if (e.getCause() instanceof OutputFailure failure) {
                throw failure;
            }
            throw new IllegalStateException("a conversion task failed outside its own error handling", e.getCause());
        }
    }

    /** An output could not be written: the run fails as a whole, the earlier batch files stay as they were. */
    private static final class OutputFailure extends java.io.UncheckedIOException {
        private static final long serialVersionUID = 1L;

        OutputFailure(Path output, IOException cause) {
            super("cannot write " + output + ": " + describe(cause) + ". The outputs already in "
                    + output.getParent() + " were left as they were; free some space or choose another folder with -o,"
                    + " then run again", cause);
        }

        private static String describe(IOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason() : message;
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
