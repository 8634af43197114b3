package org.ilo.sstc.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A PUT over a plain socket that goes on sending its body while it reads the answer, as curl does: the
 * JDK's HttpClient reads an answer only once its whole body is sent, which a server that refuses a huge
 * body without reading it never lets happen.
 *
 * @param status the answer's status code
 * @param body   the answer's body
 * @param sent   body bytes written before the answer was read (what the server may have read, at most)
 */
record RawUpload(int status, String body, long sent) {
    private static final int CHUNK = 64 * 1024;

    /** PUTs {@code length} bytes to {@code path} on the shared server, declared in Content-Length or, when {@code chunked}, sent in chunks. */
    static RawUpload put(String path, long length, boolean chunked) throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", SharedServer.get().address().getPort())) {
            socket.setSoTimeout(120_000);
            String head = "PUT " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + SharedServer.TOKEN
                    + "\r\n" + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + length) + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            Thread sender = new Thread(() -> send(out, length, chunked, sent), "raw-upload");
            sender.setDaemon(true);
            sender.start();
            RawUpload reply = read(socket.getInputStream(), sent);
            socket.close();
            sender.join(10_000);
            return reply;
        }
    }

    /** Writes the body until it is all sent or the server closes the connection. */
    private static void send(OutputStream out, long length, boolean chunked, AtomicLong sent) {
        byte[] chunk = new byte[CHUNK];
        Arrays.fill(chunk, (byte) 'a');
        try {
            while (sent.get() < length) {
                int size = (int) Math.min(CHUNK, length - sent.get());
                if (chunked) {
                    out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(chunk, 0, size);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                sent.addAndGet(size);
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            // the server closed the connection: it read no more
        }
    }

    private static RawUpload read(InputStream in, AtomicLong sent) throws IOException {
        String statusLine = line(in);
        long bodySent = sent.get();
        int contentLength = -1;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                contentLength = Integer.parseInt(header.substring("content-length:".length()).strip());
            }
        }
        if (contentLength < 0) {
            throw new IOException("no Content-Length in the answer: " + statusLine);
        }
        byte[] body = in.readNBytes(contentLength);
        return new RawUpload(Integer.parseInt(statusLine.split(" ")[1]), new String(body, StandardCharsets.UTF_8), bodySent);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the server closed the connection before its answer ended: " + line);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
