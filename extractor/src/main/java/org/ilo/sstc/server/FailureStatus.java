package org.ilo.sstc.server;

import org.ilo.sstc.error.Failure;

/** The HTTP status of each cause a conversion fails with. */
final class FailureStatus {
    private FailureStatus() {
    }

    /**
     * 4xx when the file is at fault and sending it again would fail again; 5xx when the server is (504: it
     * gave up in time; 500: our bug, a worker that died, a disk that failed).
     */
    static int of(Failure failure) {
        return switch (failure) {
            case TOO_LARGE -> 413;
            case UNSUPPORTED_FORMAT -> 415;
            // Out of memory is the file's doing (a stream that inflates hugely) within a limit the operator set.
            case EMPTY_FILE, ENCRYPTED, CORRUPT, NO_TEXT, NOT_A_COMPENDIUM, OUT_OF_MEMORY -> 422;
            case TIMEOUT -> 504;
            case IO_ERROR, INTERNAL_ERROR -> 500;
        };
    }
}
