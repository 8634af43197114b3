package org.ilo.sstc.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ilo.sstc.batch.Converted;
import org.ilo.sstc.batch.InProcessConverter;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.CompendiumJson;

/**
 * One child JVM, seen from the parent: started at once, it builds its pipeline while the parent goes
 * on; {@link #convert} hands it one file and waits at most the timeout, then kills it. Not thread-safe:
 * the pool lends it to one thread at a time.
 */
final class WorkerProcess {
    /** Exit code of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    /** What the reader thread hands over when the child's output ends: it exited or was killed. */
    private static final Frames.Frame ENDED = new Frames.Frame(-1, new byte[0]);

    private final WorkerSettings settings;
    private final Process process;
    private final DataOutputStream toChild;
    private final BlockingQueue<Frames.Frame> replies = new LinkedBlockingQueue<>();
    /** Counted down when the child says it is ready, or when it ends before: waiting on it never hangs on a dead child. */
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean saidReady;
    /** The READY frame was taken from {@link #replies}: what follows are replies to files. */
    private boolean readyTaken;
    private boolean failedToStart;

    private WorkerProcess(WorkerSettings settings, Process process) throws IOException {
        this.settings = settings;
        this.process = process;
        this.toChild = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        Thread reader = new Thread(this::readReplies, "worker-" + process.pid() + "-replies");
        reader.setDaemon(true);
        reader.start();
        Path profileFolder = settings.languages().profileFolder();
        WorkerRequest.Settings read = new WorkerRequest.Settings(settings.options().password(),
                settings.options().maxFileBytes(), settings.options().ocr(), settings.options().ocrMaxPages(),
                profileFolder == null ? null : profileFolder.toAbsolutePath().toString(),
                settings.languages().forcedLanguage(), settings.everyModelAtStart());
        Frames.write(toChild, Frames.SETTINGS, CompendiumJson.mapper().writeValueAsBytes(read));
    }

    /** Starts a child; it loads its models in the background. */
    static WorkerProcess start(WorkerSettings settings) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(settings.command());
        // Its error stream is the user's: a child that dies says why there (out of memory, a JVM crash).
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        return new WorkerProcess(settings, builder.start());
    }

    /** The child's process id. */
    long pid() {
        return process.pid();
    }

    /** True when the child died or hung before its pipeline was built: no file's fault, and likely to recur. */
    boolean failedToStart() {
        return failedToStart;
    }

    /** True once the child has built its pipeline and loaded its models, and while it runs. */
    boolean ready() {
        return saidReady && process.isAlive();
    }

    /** Waits at most {@code limit} until the child is ready or gone; true when it is ready. */
    boolean waitUntilReady(Duration limit) throws InterruptedException {
        return started.await(limit.toNanos(), TimeUnit.NANOSECONDS) && ready();
    }

    /** True while the child runs and has not been killed. */
    boolean alive() {
        return process.isAlive();
    }

    /**
     * Converts {@code file} in the child. On timeout, out of memory or a crash the child is killed (or is
     * dead already) and this worker is spent: {@link #alive()} is false and the pool starts another.
     */
    Converted convert(Path file, String sha256, Duration timeout) throws ExtractionException {
        // Sent before the child is ready: it reads the file while its NER model loads. The clock starts at READY.
        try {
            Frames.write(toChild, Frames.CONVERT,
                    CompendiumJson.mapper().writeValueAsBytes(new WorkerRequest(file.toAbsolutePath().toString(), sha256)));
        } catch (IOException e) {
            awaitReady(file); // a child that died while starting is reported as such
            throw died(file, e);
        }
        awaitReady(file);
        Frames.Frame reply = next(file, timeout);
        if (reply == null) {
            kill();
            throw InProcessConverter.timedOut(file, timeout, null);
        }
        return switch (reply.kind()) {
            case Frames.DOCUMENT -> document(file, reply.payload());
            case Frames.FAILURE -> throw failure(file, reply.payload());
            default -> throw died(file, null);
        };
    }

    /** Waits for the child's pipeline, without counting that time against any file. */
    private void awaitReady(Path file) throws ExtractionException {
        if (readyTaken) {
            return;
        }
        Frames.Frame frame = next(file, settings.startLimit());
        if (frame == null || frame.kind() != Frames.READY) {
            kill();
            failedToStart = true;
            throw new ExtractionException(file, Failure.INTERNAL_ERROR, frame == null
                    ? "the worker did not start within " + settings.startLimit().toSeconds() + " s"
                    : "the worker failed while starting (" + exitText() + ")");
        }
        readyTaken = true;
    }

    /** The next reply, null when none came within {@code timeout} (zero: wait as long as it takes). */
    private Frames.Frame next(Path file, Duration timeout) throws ExtractionException {
        try {
            return timeout.isZero() ? replies.take() : replies.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new ExtractionException(file, Failure.TIMEOUT, "the batch was stopped", e);
        }
    }

    private static Converted document(Path file, byte[] json) throws ExtractionException {
        try {
            return new Converted(CompendiumJson.mapper().readValue(json, CompendiumDocument.class), json);
        } catch (IOException e) {
            throw new ExtractionException(file, Failure.INTERNAL_ERROR, "the worker sent a document that does not parse: "
                    + e.getMessage(), e);
        }
    }

    private static ExtractionException failure(Path file, byte[] json) {
        try {
            WorkerReply.Failed failed = CompendiumJson.mapper().readValue(json, WorkerReply.Failed.class);
            return new ExtractionException(file, Failure.valueOf(failed.failure()), failed.detail());
        } catch (IOException | IllegalArgumentException e) {
            return new ExtractionException(file, Failure.INTERNAL_ERROR, "the worker sent a failure that does not parse", e);
        }
    }

    /** The child is gone in the middle of a file: out of memory, or crashed. */
    private ExtractionException died(Path file, Throwable cause) {
        int exit = awaitExit();
        if (exit == OUT_OF_MEMORY_EXIT) {
            return InProcessConverter.outOfMemory(file, settings.heapMegabytes() * 1048576L, "--worker-heap", cause);
        }
        return new ExtractionException(file, Failure.INTERNAL_ERROR, "the worker process died (" + exitText() + ")", cause);
    }

    private int awaitExit() {
        try {
            if (process.waitFor(10, TimeUnit.SECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
        return -1;
    }

    private String exitText() {
        if (process.isAlive()) {
            return "still running";
        }
        int exit = process.exitValue();
        return exit > 128 ? "killed by signal " + (exit - 128) : "exit code " + exit;
    }

    /** Ends the child at once (SIGKILL) and waits until it is gone, so that no CPU is spent on it any more. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the child to exit, and kills it if it does not within a few seconds (or while writing its archive). */
    void close() {
        if (process.isAlive()) {
            try {
                Frames.write(toChild, Frames.EXIT, new byte[0]);
                toChild.close();
                if (process.waitFor(settings.exitLimit().toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (IOException e) {
                // the pipe is gone: the child is exiting already
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        kill();
    }

    private void readReplies() {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream()))) {
            for (Frames.Frame frame = Frames.read(in); frame != null; frame = Frames.read(in)) {
                if (frame.kind() == Frames.READY) {
                    saidReady = true;
                    started.countDown();
                }
                replies.add(frame);
            }
        } catch (IOException e) {
            // a broken pipe means the child is gone, like the end of the stream
        }
        started.countDown();
        replies.add(ENDED);
    }
}
