package org.ilo.sstc.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A run's hold on its output folder: one run at a time writes there. The lock is the operating
 * system's on {@code OUTDIR/.extract.lock}, so it goes when the process dies, even by kill -9; then the
 * next run removes the temporary files the dead one left.
 */
public final class OutputFolderLock implements AutoCloseable {
    /** The lock file's name: hidden, and no input's output can be named so (outputs end in .json or .jsonl). */
    public static final String FILE_NAME = ".extract.lock";
    /** The temporary files {@link AtomicFile} makes: hidden, a random number, ".tmp". */
    private static final Pattern TEMPORARY = Pattern.compile("^\\..*\\.\\d+\\.tmp$");

    private final FileChannel channel;
    private final FileLock lock;
    private final List<Path> orphansRemoved;

    private OutputFolderLock(FileChannel channel, FileLock lock, List<Path> orphansRemoved) {
        this.channel = channel;
        this.lock = lock;
        this.orphansRemoved = List.copyOf(orphansRemoved);
    }

    /**
     * Takes the folder (created if missing), then removes the temporary files of runs that died there.
     *
     * @throws IOException saying which process holds the folder when another run has it
     */
    public static OutputFolderLock take(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this JVM holds it already: another run in the same process
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw new IOException("another extract run" + holder + " is writing to " + folder
                    + "; wait for it to finish, or choose another folder with -o");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        return new OutputFolderLock(channel, lock, removeOrphans(folder));
    }

    /** The temporary files of dead runs that taking the lock removed. */
    public List<Path> orphansRemoved() {
        return orphansRemoved;
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer text = ByteBuffer.allocate(32);
            channel.read(text, 0);
            String pid = new String(text.array(), 0, text.position(), StandardCharsets.US_ASCII).strip();
            return pid.isEmpty() ? "" : " (process " + pid + ")";
        } catch (IOException e) {
            return "";
        }
    }

    /** Only a run holding the lock writes in the folder, so every temporary file in it is a dead run's. */
    private static List<Path> removeOrphans(Path folder) throws IOException {
        List<Path> removed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (TEMPORARY.matcher(file.getFileName().toString()).matches() && Files.deleteIfExists(file)) {
                    removed.add(file);
                }
            }
        }
        return removed;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
