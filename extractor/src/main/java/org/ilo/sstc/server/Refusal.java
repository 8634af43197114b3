package org.ilo.sstc.server;

/**
 * Why the server refused a request before any conversion, each with its HTTP status; the JSON error's
 * {@code failure} is the name, as it is a {@link org.ilo.sstc.error.Failure}'s for a file that failed.
 */
enum Refusal {
    BAD_REQUEST(400),
    UNAUTHORIZED(401),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    /** Every worker is busy and the queue is full: try again after {@code Retry-After} seconds. */
    BUSY(429),
    /** The server is stopping: it finishes the requests in flight and takes no new ones. */
    STOPPING(503);

    private final int status;

    Refusal(int status) {
        this.status = status;
    }

    /** The HTTP status code. */
    int status() {
        return status;
    }
}
