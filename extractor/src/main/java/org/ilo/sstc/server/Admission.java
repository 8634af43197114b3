package org.ilo.sstc.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many conversion requests the server holds at once: one per worker plus the queue. A request past
 * that is refused at once (429) rather than left waiting without bound; once closing, every request is.
 * Thread-safe.
 */
final class Admission {
    /** How a conversion took, smoothed: what a refused client is told to wait. */
    private static final double SMOOTHING = 0.2;

    private final int capacity;
    private final Semaphore slots;
    private volatile boolean closed;
    private double secondsPerConversion = 1.0;

    /** A place in the server, given back when closed. */
    interface Ticket extends AutoCloseable {
        @Override
        void close();
    }

    Admission(int workers, int queue) {
        this.capacity = workers + queue;
        this.slots = new Semaphore(capacity);
    }

    /** A place for one request, or null when every one is taken or the server is stopping. */
    Ticket tryEnter() {
        if (closed || !slots.tryAcquire()) {
            return null;
        }
        return new Ticket() {
            private boolean released;

            @Override
            public void close() {
                if (!released) {
                    released = true;
                    slots.release();
                }
            }
        };
    }

    /** True once {@link #close} began: new requests are refused as STOPPING, not BUSY. */
    boolean closed() {
        return closed;
    }

    /** Requests held now: reading their body, waiting for a worker or converting. */
    int active() {
        return capacity - slots.availablePermits();
    }

    /** Most requests held at once. */
    int capacity() {
        return capacity;
    }

    /** Notes how long a conversion took. */
    synchronized void took(Duration conversion) {
        secondsPerConversion += SMOOTHING * (conversion.toMillis() / 1000.0 - secondsPerConversion);
    }

    /** Whole seconds a refused client should wait: about one conversion, at least one second. */
    synchronized long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(secondsPerConversion));
    }

    /** Refuses new requests from now on, then waits at most {@code limit} for those held to finish; true when they did. */
    boolean close(Duration limit) throws InterruptedException {
        closed = true;
        if (slots.tryAcquire(capacity, limit.toNanos(), TimeUnit.NANOSECONDS)) {
            slots.release(capacity);
            return true;
        }
        return false;
    }
}
