package org.ilo.sstc.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * What happened to one input of a batch.
 *
 * @param input     the input path as given
 * @param output    the JSON written (or kept), null when the file failed
 * @param status    converted, skipped (unchanged since the last run) or failed
 * @param failure   the cause's name when failed (e.g. ENCRYPTED), else null
 * @param message   the one-line error when failed, else null
 * @param practices number of practices in the output
 * @param warnings  number of warnings in the output
 * @param seconds   time spent on the file
 */
@JsonPropertyOrder({"input", "output", "status", "failure", "message", "practices", "warnings", "seconds"})
public record FileOutcome(String input, String output, Status status, String failure, String message,
                          int practices, int warnings, double seconds) {

    /** The result of one file. */
    public enum Status { CONVERTED, SKIPPED, FAILED }

    public FileOutcome {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(status, "status");
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
