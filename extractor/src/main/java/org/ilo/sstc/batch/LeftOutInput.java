package org.ilo.sstc.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.ilo.sstc.error.PrintableName;

/**
 * An entry of an input folder that was not converted, and why: a link to a folder (not followed), a
 * link loop, a dangling link, an entry that cannot be read.
 *
 * @param path   the entry, as found below the folder given
 * @param reason why it was left out, in words
 */
@JsonPropertyOrder({"path", "reason"})
public record LeftOutInput(String path, String reason) {
    public LeftOutInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    /** The line printed for it: the path with control characters escaped, so that a newline in a name cannot forge a line. */
    public String line() {
        return "left out: " + PrintableName.of(path) + ": " + reason;
    }
}
