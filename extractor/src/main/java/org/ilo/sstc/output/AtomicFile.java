package org.ilo.sstc.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers only ever see the old complete file or the new complete one: the
 * content goes to a temporary file beside the target, is flushed to disk, then renamed over it.
 */
public final class AtomicFile {

    /** Writes the content to a stream; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Room left in a 255-byte name for "." + prefix + "." + a random number of up to 20 digits + ".tmp". */
    private static final int MAX_PREFIX_BYTES = 200;

    private AtomicFile() {
    }

    /** Replaces {@code target} with what {@code content} writes; on any failure the target is untouched. */
    public static void write(Path target, Content content) throws IOException {
        Path temp = temporaryBeside(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveOver(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A new empty hidden file in {@code target}'s folder (created if missing), readable like any output. */
    static Path temporaryBeside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // The name is cut so that, with the random part, it still fits the file system's 255 bytes.
        Path temp = Files.createTempFile(dir, "." + prefix(target.getFileName().toString()) + ".", ".tmp");
        // Temporary files are private to the owner; the output they become should not be.
        if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        return temp;
    }

    /** At most {@link #MAX_PREFIX_BYTES} bytes of UTF-8 of {@code name}, cut at a character. */
    static String prefix(String name) {
        int bytes = 0;
        for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
            int cp = name.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes > MAX_PREFIX_BYTES) {
                return name.substring(0, i);
            }
        }
        return name;
    }

    /** Renames {@code temp} over {@code target}, atomically where the file system can. */
    static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
