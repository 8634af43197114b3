package org.ilo.sstc.output;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.model.Practice;
import org.ilo.sstc.model.PracticeLine;

/**
 * Writes practices as JSON Lines, one practice per line with its source file. Lines go to a
 * temporary file as documents arrive (so a batch of hundreds never holds them in memory); {@link #commit}
 * renames it over the target, {@link #close} without commit leaves the target untouched. Thread-safe.
 */
public final class JsonLinesWriter implements Closeable {

    private static final ObjectWriter WRITER = CompendiumJson.compactWriter();

    private final Path target;
    private final Path temp;
    private final BufferedWriter out;
    private int lines;
    private boolean committed;

    public JsonLinesWriter(Path target) throws IOException {
        this.target = target;
        this.temp = AtomicFile.temporaryBeside(target);
        this.out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
    }

    /** Appends every practice of {@code document}. */
    public synchronized void append(CompendiumDocument document) throws IOException {
        for (Practice practice : document.practices()) {
            out.write(WRITER.writeValueAsString(
                    new PracticeLine(document.source().file(), document.source().sha256(), practice)));
            out.write('\n');
            lines++;
        }
    }

    /** Number of lines written so far. */
    public synchronized int lines() {
        return lines;
    }

    /** Makes the written lines the target's content. */
    public synchronized void commit() throws IOException {
        out.close();
        AtomicFile.moveOver(temp, target);
        committed = true;
    }

    @Override
    public synchronized void close() throws IOException {
        if (!committed) {
            out.close();
            Files.deleteIfExists(temp);
        }
    }

    /** Writes the practices of one document to {@code target} at once. */
    public static void writeDocument(CompendiumDocument document, Path target) throws IOException {
        try (JsonLinesWriter writer = new JsonLinesWriter(target)) {
            writer.append(document);
            writer.commit();
        }
    }
}
