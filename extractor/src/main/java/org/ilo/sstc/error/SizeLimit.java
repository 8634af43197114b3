package org.ilo.sstc.error;

import java.nio.file.Path;
import java.util.Locale;

/** The failure of a file over the size limit ({@code --max-file-mb}), in the same words wherever it is found. */
public final class SizeLimit {
    private SizeLimit() {
    }

    /** {@code file}, of {@code size} bytes, is over {@code limit} bytes. */
    public static ExtractionException exceeded(Path file, long size, long limit) {
        return failure(file, text(size), limit);
    }

    /** {@code file}, whose size is not known (a stream), has more than {@code limit} bytes. */
    public static ExtractionException exceeded(Path file, long limit) {
        return failure(file, "over " + text(limit), limit);
    }

    private static ExtractionException failure(Path file, String size, long limit) {
        return new ExtractionException(file, Failure.TOO_LARGE, size + ", the limit is " + text(limit)
                + " (raise it with --max-file-mb)");
    }

    /** "2.0 MB", or "100 bytes" below a tenth of a megabyte, where megabytes would read 0.0. */
    static String text(long bytes) {
        return bytes < 104858 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
