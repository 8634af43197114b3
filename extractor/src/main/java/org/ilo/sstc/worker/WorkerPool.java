package org.ilo.sstc.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.ilo.sstc.batch.Converted;
import org.ilo.sstc.batch.Converter;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;

/**
 * Converts files in long-lived child JVMs, as tika-server's forked mode does: each child loads the
 * models once and converts one file at a time; a child that times out is killed (its CPU is freed at
 * once), one that runs out of memory exits, and either is replaced by a fresh child. The parent never
 * loads a parser or the NLP model. Thread-safe: callers block until a child is free.
 */
public final class WorkerPool implements Converter {
    /** Children that failed to start in a row before the pool gives up: the machine, not a file, is at fault. */
    private static final int START_FAILURES_TOLERATED = 2;

    private final WorkerSettings settings;
    private final BlockingQueue<WorkerProcess> idle = new LinkedBlockingQueue<>();
    private final List<WorkerProcess> all = new ArrayList<>();
    private int startFailuresInARow;
    private boolean closed;

    /** Starts {@code settings.workers()} children now: they load their models while the caller gets ready. */
    public WorkerPool(WorkerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        for (int i = 0; i < settings.workers(); i++) {
            idle.add(startChild());
        }
    }

    @Override
    public Converted convert(Path file, String sha256, Duration timeout) throws ExtractionException {
        WorkerProcess worker = take(file);
        boolean spent = true;
        try {
            Converted converted = worker.convert(file, sha256, timeout);
            spent = false;
            return converted;
        } catch (ExtractionException e) {
            spent = !worker.alive();
            throw e;
        } finally {
            giveBack(worker, spent);
        }
    }

    /** How many children there are: the conversions that can run at once. */
    public int size() {
        return settings.workers();
    }

    /** How many children are ready to convert now: started, models loaded, not killed. */
    public synchronized int readyCount() {
        return (int) all.stream().filter(WorkerProcess::ready).count();
    }

    /**
     * Waits until every child now in the pool has built its pipeline and loaded its models, at most
     * {@code limit}; true when they all did (a server says it is ready only then).
     */
    public boolean awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        List<WorkerProcess> children;
        synchronized (this) {
            children = List.copyOf(all);
        }
        for (WorkerProcess child : children) {
            if (!child.waitUntilReady(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                return false;
            }
        }
        return !children.isEmpty();
    }

    /** The process ids of the children now running (for tests and a server's status page). */
    public synchronized List<Long> pids() {
        return all.stream().filter(WorkerProcess::alive).map(WorkerProcess::pid).toList();
    }

    private WorkerProcess take(Path file) throws ExtractionException {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException(file, Failure.TIMEOUT, "the batch was stopped", e);
        }
    }

    /** Puts the child back, or a fresh one in its place when it is dead, so that the pool keeps its size. */
    private synchronized void giveBack(WorkerProcess worker, boolean spent) {
        if (!spent) {
            startFailuresInARow = 0;
            idle.add(worker);
            return;
        }
        worker.kill();
        all.remove(worker);
        if (worker.failedToStart() && ++startFailuresInARow > START_FAILURES_TOLERATED) {
            throw new IllegalStateException("the worker processes cannot start (" + startFailuresInARow
                    + " in a row failed); check the heap (--worker-heap) and the Java installation");
        }
        if (!closed) {
            idle.add(startChild());
        }
    }

    private synchronized WorkerProcess startChild() {
        try {
            WorkerProcess child = WorkerProcess.start(settings);
            all.add(child);
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a worker process (" + settings.java() + "): " + e.getMessage(), e);
        }
    }

    /** Ends every child. */
    @Override
    public synchronized void close() {
        closed = true;
        for (WorkerProcess child : all) {
            child.close();
        }
        all.clear();
        idle.clear();
    }
}
