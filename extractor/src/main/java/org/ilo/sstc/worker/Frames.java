package org.ilo.sstc.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * The protocol between the parent and a worker, over the worker's standard input and output: frames of
 * a kind, a length and that many bytes. Parent to worker: {@link #SETTINGS} once, then one
 * {@link #CONVERT} per file, {@link #EXIT} to stop. Worker to parent: {@link #READY} once its pipeline is
 * built, then one {@link #DOCUMENT} or {@link #FAILURE} per file.
 */
final class Frames {
    /** JSON {@link WorkerRequest.Settings}: how the worker reads files. */
    static final int SETTINGS = 1;
    /** JSON {@link WorkerRequest}: the file to convert. */
    static final int CONVERT = 2;
    /** No payload: finish and exit. */
    static final int EXIT = 3;
    /** No payload: the pipeline is built, conversions may start. */
    static final int READY = 10;
    /** The document's JSON, as it is written to disk. */
    static final int DOCUMENT = 11;
    /** JSON {@link WorkerReply.Failed}: the cause and one-line message. */
    static final int FAILURE = 12;

    /** Longest frame accepted: far above any document, far below a heap; a garbled stream fails fast. */
    private static final int MAX_LENGTH = 512 * 1024 * 1024;

    /** One frame. */
    record Frame(int kind, byte[] payload) {
    }

    private Frames() {
    }

    static void write(DataOutputStream out, int kind, byte[] payload) throws IOException {
        synchronized (out) {
            out.writeInt(kind);
            out.writeInt(payload.length);
            out.write(payload);
            out.flush();
        }
    }

    /** The next frame, or null at the end of the stream (the other side closed it or died). */
    static Frame read(DataInputStream in) throws IOException {
        int kind;
        try {
            kind = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        int length = in.readInt();
        if (length < 0 || length > MAX_LENGTH) {
            throw new IOException("garbled frame: length " + length);
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        return new Frame(kind, payload);
    }
}
