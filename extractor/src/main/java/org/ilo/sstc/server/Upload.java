package org.ilo.sstc.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.error.SizeLimit;

/**
 * A request's body saved to a file, hashed on the way (the document's {@code source.sha256}), so that
 * the worker reads it as it reads any input.
 *
 * @param file   where the body was saved
 * @param sha256 the hex SHA-256 of its bytes
 * @param bytes  its size
 */
record Upload(Path file, String sha256, long bytes) {
    Upload {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The client went away or sent a broken body: there is nobody to answer. */
    static final class BodyUnreadable extends IOException {
        private static final long serialVersionUID = 1L;

        BodyUnreadable(IOException cause) {
            super("cannot read the request body: " + cause.getMessage(), cause);
        }
    }

    /**
     * Saves {@code body} to {@code file}, reading no more than one byte past {@code limit}: a larger body is
     * refused (TOO_LARGE) without being read to its end.
     *
     * @throws ExtractionException TOO_LARGE past the limit, IO_ERROR when the file cannot be written
     * @throws BodyUnreadable      when the body cannot be read
     */
    static Upload save(InputStream body, Path file, long limit) throws ExtractionException, BodyUnreadable {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            while (true) {
                int read = read(body, buffer);
                if (read < 0) {
                    break;
                }
                total += read;
                if (total > limit) {
                    throw SizeLimit.exceeded(file, limit);
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new ExtractionException(file, Failure.IO_ERROR, "cannot save the upload: " + e.getMessage(), e);
        }
        return new Upload(file, HexFormat.of().formatHex(digest.digest()), total);
    }

    private static int read(InputStream body, byte[] buffer) throws BodyUnreadable {
        try {
            return body.read(buffer);
        } catch (IOException e) {
            throw new BodyUnreadable(e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
