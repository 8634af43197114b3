package org.ilo.sstc.output;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.model.Practice;
import org.ilo.sstc.model.PracticeLine;

/**
 * Writes practices as JSON Lines, one practice per line with its source file. Lines go to a hidden
 * temporary file as they arrive (a batch of hundreds never holds them all in memory); {@link #commit}
 * renames it over the target, {@link #close} without commit deletes it and leaves the target untouched.
 * Not thread-safe: one thread appends.
 */
public final class JsonLinesWriter implements Closeable {

    private static final ObjectWriter WRITER = CompendiumJson.compactWriter();

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream out;
    private boolean committed;

    public JsonLinesWriter(Path target) throws IOException {
        this.target = target;
        this.temp = AtomicFile.temporaryBeside(target);
        this.channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /** The JSON Lines of {@code document}: one line per practice, each carrying the source file's name and hash. */
    public static byte[] encode(CompendiumDocument document) {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        try {
            for (Practice practice : document.practices()) {
                lines.write(WRITER.writeValueAsBytes(
                        new PracticeLine(document.source().file(), document.source().sha256(), practice)));
                lines.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the practices of " + document.source().file(), e);
        }
        return lines.toByteArray();
    }

    /** Appends lines made by {@link #encode}. */
    public void append(byte[] lines) throws IOException {
        out.write(lines);
    }

    /** Makes the written lines the target's content. */
    public void commit() throws IOException {
        out.flush();
        // On disk before the rename: a full disk must fail here, while the old file still stands.
        channel.force(true);
        out.close();
        AtomicFile.moveOver(temp, target);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            out.close();
            Files.deleteIfExists(temp);
        }
    }
}
