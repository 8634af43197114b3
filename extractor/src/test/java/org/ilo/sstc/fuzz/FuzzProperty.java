package org.ilo.sstc.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;

/**
 * The property every fuzz target checks: any input ends in a result or in one of our failure causes,
 * never in {@link Failure#INTERNAL_ERROR} nor in an exception that escapes the stage. Jazzer reports
 * whatever is thrown out of the target, and hangs past its per-input time limit.
 */
final class FuzzProperty {
    private FuzzProperty() {
    }

    /** Something a target runs on one file. */
    @FunctionalInterface
    interface OnFile {
        void run(Path file) throws ExtractionException, IOException;
    }

    /** Writes {@code bytes} to a temporary file named {@code *.extension}, runs {@code target} on it, checks the property. */
    static void holds(byte[] bytes, String extension, OnFile target) {
        Path file = null;
        try {
            file = Files.createTempFile("fuzz-", "." + extension);
            Files.write(file, bytes);
            target.run(file);
        } catch (ExtractionException e) {
            if (e.failure() == Failure.INTERNAL_ERROR) {
                throw new AssertionError("INTERNAL_ERROR: " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind does not change the finding
                }
            }
        }
    }
}
