package org.ilo.sstc.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The server's one temporary folder, readable by its user alone: a folder per request, emptied and
 * removed after it, and one for the workers' own temporary files. Nothing a request causes is written
 * anywhere else.
 */
final class RequestFolders implements AutoCloseable {
    private final Path root;
    private final Path workers;

    RequestFolders() throws IOException {
        this.root = createPrivate();
        this.workers = Files.createDirectory(root.resolve("workers"));
    }

    /** The folder the workers use as {@code java.io.tmpdir}. */
    Path workers() {
        return workers;
    }

    /** The server's temporary folder. */
    Path root() {
        return root;
    }

    /** A new, empty folder for one request. */
    Path create() throws IOException {
        return Files.createTempDirectory(root, "request-");
    }

    /** Deletes {@code folder} and everything in it. */
    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Removes the server's temporary folder. */
    @Override
    public void close() {
        delete(root);
    }

    private static Path createPrivate() throws IOException {
        try {
            return Files.createTempDirectory("extract-serve-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            return Files.createTempDirectory("extract-serve-");
        }
    }
}
