package org.ilo.sstc.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Converts many files on a bounded pool of threads sharing one extractor. Each file gets its own
 * outcome: a bad file is reported and the batch goes on. Outputs are written atomically; an
 * output whose input and extractor version are unchanged is kept as it is unless forced.
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
     * @param threads       worker threads (at least 1)
     * @param force         convert even inputs whose output is up to date
     * @param jsonlPerInput also write {@code <input>.jsonl} beside each {@code <input>.json}
     */
    public record Options(Path outputDir, int threads, boolean force, boolean jsonlPerInput) {
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, but is " + threads);
            }
        }
    }

    private final CompendiumExtractor extractor;
    private final Options options;
    private final JsonDocumentWriter documentWriter = new JsonDocumentWriter();

    public BatchRunner(CompendiumExtractor extractor, Options options) {
        this.extractor = extractor;
        this.options = options;
    }

    /** Converts {@code inputs}, reporting to {@code progress}; writes the batch JSONL and the summary. */
    public BatchSummary run(List<InputFile> inputs, Progress progress) throws IOException {
        long started = System.nanoTime();
        Path practices = options.outputDir().resolve(PRACTICES_FILE);
        List<FileOutcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try (JsonLinesWriter lines = new JsonLinesWriter(practices)) {
            progress.start(inputs.size());
            Map<Path, InputFile> claimed = new HashMap<>();
            List<Future<FileOutcome>> futures = new ArrayList<>();
            for (InputFile input : inputs) {
                Path output = outputFor(input);
                InputFile first = claimed.putIfAbsent(output, input);
                if (first != null) {
                    futures.add(java.util.concurrent.CompletableFuture.completedFuture(
                            failed(input, Failure.IO_ERROR, "output name " + output.getFileName()
                                    + " is already taken by " + first.path(), 0)));
                    continue;
                }
                futures.add(pool.submit(() -> {
                    FileOutcome outcome = convert(input, output, lines);
                    progress.finished(outcome);
                    return outcome;
                }));
            }
            for (Future<FileOutcome> future : futures) {
                outcomes.add(await(future));
            }
            lines.commit();
        } finally {
            pool.shutdownNow();
            progress.close();
        }
        BatchSummary summary = BatchSummary.of(ExtractorVersion.get(), outcomes, (System.nanoTime() - started) / 1e9);
        byte[] json = CompendiumJson.prettyWriter().writeValueAsBytes(summary);
        AtomicFile.write(options.outputDir().resolve(SUMMARY_FILE), out -> out.write(json));
        return summary;
    }

    private Path outputFor(InputFile input) {
        return options.outputDir().resolve(input.outputName() + ".json").toAbsolutePath().normalize();
    }

    private FileOutcome convert(InputFile input, Path output, JsonLinesWriter lines) {
        long started = System.nanoTime();
        try {
            String sha256 = CompendiumExtractor.sha256(input.path());
            CompendiumDocument document = options.force() ? null : upToDate(output, sha256);
            FileOutcome.Status status = FileOutcome.Status.SKIPPED;
            if (document == null) {
                document = extractor.extract(input.path(), sha256);
                documentWriter.write(document, output);
                status = FileOutcome.Status.CONVERTED;
            }
            if (options.jsonlPerInput()) {
                JsonLinesWriter.writeDocument(document, options.outputDir().resolve(input.outputName() + ".jsonl"));
            }
            lines.append(document);
            int warnings = document.warnings().size()
                    + document.practices().stream().mapToInt(p -> p.warnings().size()).sum();
            return new FileOutcome(input.path().toString(), output.toString(), status, null, null,
                    document.practices().size(), warnings, seconds(started));
        } catch (ExtractionException e) {
            return failed(input, e.failure(), e.getMessage(), seconds(started));
        } catch (IOException e) {
            return failed(input, Failure.IO_ERROR, input.path().getFileName() + ": cannot write output: " + e.getMessage(),
                    seconds(started));
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug on one strange file must not stop the others.
            return failed(input, Failure.CORRUPT, input.path().getFileName() + ": "
                    + Failure.CORRUPT.description() + ": " + e, seconds(started));
        } catch (OutOfMemoryError e) {
            return failed(input, Failure.TOO_LARGE, input.path().getFileName() + ": "
                    + Failure.TOO_LARGE.description() + ": ran out of memory", seconds(started));
        }
    }

    /** The existing output when it was made from the same bytes by this version, else null. */
    private static CompendiumDocument upToDate(Path output, String sha256) {
        if (!Files.isRegularFile(output)) {
            return null;
        }
        try {
            JsonNode tree = CompendiumJson.mapper().readTree(output.toFile());
            if (!sha256.equals(tree.path("source").path("sha256").asText())
                    || !ExtractorVersion.get().equals(tree.path("extractorVersion").asText())) {
                return null;
            }
            return CompendiumJson.mapper().treeToValue(tree, CompendiumDocument.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static FileOutcome failed(InputFile input, Failure failure, String message, double seconds) {
        return new FileOutcome(input.path().toString(), null, FileOutcome.Status.FAILED, failure.name(), message, 0, 0,
                seconds);
    }

    private static FileOutcome await(Future<FileOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a conversion task failed outside its own error handling", e.getCause());
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
