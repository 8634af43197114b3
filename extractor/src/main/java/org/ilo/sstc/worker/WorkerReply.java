package org.ilo.sstc.worker;

import java.util.Objects;

/** What a worker answers besides a document. */
final class WorkerReply {
    private WorkerReply() {
    }

    /**
     * A file that could not be converted.
     *
     * @param failure the cause's name ({@link org.ilo.sstc.error.Failure})
     * @param detail  what follows the cause in the one-line message
     */
    record Failed(String failure, String detail) {
        Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
