package org.ilo.sstc.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.output.JsonDocumentWriter;
import org.ilo.sstc.pipeline.CompendiumExtractor;

/**
 * Converts files on threads of this JVM, sharing one extractor. A timed-out conversion is interrupted
 * and abandoned, yet may run on until its next check: only {@link org.ilo.sstc.worker.WorkerPool} makes a
 * timeout stop the work. For the benchmark and the tests, which share one loaded model.
 */
public final class InProcessConverter implements Converter {

    private final CompendiumExtractor extractor;
    private final JsonDocumentWriter writer = new JsonDocumentWriter();
    private final ExecutorService extractions;

    public InProcessConverter(CompendiumExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        AtomicInteger count = new AtomicInteger();
        this.extractions = Executors.newCachedThreadPool(task -> {
            // Daemon threads: an abandoned extraction stuck in a parser must not keep the process alive.
            Thread thread = new Thread(task, "extraction-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public Converted convert(Path file, String sha256, Duration timeout) throws ExtractionException {
        Future<Converted> extraction = extractions.submit(() -> encode(extractor.extract(file, sha256)));
        try {
            return timeout.isZero() ? extraction.get() : extraction.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            extraction.cancel(true);
            throw timedOut(file, timeout, e);
        } catch (InterruptedException e) {
            extraction.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(file, Failure.TIMEOUT, "the batch was stopped", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionException failure) {
                throw failure;
            }
            if (e.getCause() instanceof OutOfMemoryError oom) {
                // The file's objects are garbage once its frames unwind, so the other files can go on.
                throw outOfMemory(file, Runtime.getRuntime().maxMemory(), "EXTRACT_JAVA_OPTS=-Xmx4g", oom);
            }
            throw Unexpected.of(file, e.getCause());
        }
    }

    private Converted encode(CompendiumDocument document) throws IOException {
        return new Converted(document, writer.encode(document));
    }

    /** The failure of a conversion stopped after {@code timeout}. */
    public static ExtractionException timedOut(Path file, Duration timeout, Throwable cause) {
        return new ExtractionException(file, Failure.TIMEOUT, "stopped after " + DurationText.format(timeout)
                + " (raise the limit with --timeout)", cause);
    }

    /** The failure of a conversion that hit the heap limit of {@code maxHeapBytes}; {@code raise} says how to raise it. */
    public static ExtractionException outOfMemory(Path file, long maxHeapBytes, String raise, Throwable cause) {
        return new ExtractionException(file, Failure.OUT_OF_MEMORY, String.format(Locale.ROOT,
                "the heap limit of %.0f MB was hit (raise it with %s)", maxHeapBytes / 1048576.0, raise), cause);
    }

    @Override
    public void close() {
        extractions.shutdownNow();
    }
}
