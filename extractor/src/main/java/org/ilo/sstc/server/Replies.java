package org.ilo.sstc.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ilo.sstc.model.CompendiumJson;

/**
 * Writes responses: a body of known length, then the exchange ends. A refusal sent before the request's
 * body was read ends it only a little later (see {@link #refuse}).
 */
final class Replies {
    static final String JSON = "application/json; charset=utf-8";
    static final String NDJSON = "application/x-ndjson; charset=utf-8";
    /** How long a connection whose body was refused stays open after the answer: time for the client to read it. */
    private static final long LINGER_SECONDS = 5;
    /**
     * Largest refused body read to its end before the answer (a 429 or 401 for an ordinary compendium): the
     * smallest size limit there can be, so that a body refused as too large is never read.
     */
    private static final long SWALLOW_BYTES = 1024 * 1024 - 1;

    /** A JSON error: what went wrong ({@code failure}) and the one line a person reads ({@code message}). */
    record Error(String failure, String message) {
    }

    private final ScheduledExecutorService closer;

    /** Replies whose lingering closes {@code closer} runs. */
    Replies(ScheduledExecutorService closer) {
        this.closer = closer;
    }

    /** Sends {@code body} with {@code status} and ends the exchange. */
    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        try (OutputStream out = start(exchange, status, contentType, body)) {
            out.write(body);
        } finally {
            exchange.close();
        }
    }

    /** Sends {@code value} as one line of JSON. */
    static void json(HttpExchange exchange, int status, Object value) throws IOException {
        send(exchange, status, JSON, line(value));
    }

    /** Sends a JSON error for a request whose body was read. */
    static void error(HttpExchange exchange, int status, String failure, String message) throws IOException {
        json(exchange, status, new Error(failure, message));
    }

    /**
     * Sends a JSON error for a request whose body was not read (or not to its end). A small body (at most
     * {@link #SWALLOW_BYTES} declared) is read and dropped first, so that the answer goes as any other; for a
     * larger one the connection stays open a while after the answer, then closes. Closed at once with the
     * client still sending, the connection would be reset, and a reset can wipe out the answer before the
     * client reads it.
     */
    void refuse(HttpExchange exchange, int status, String failure, String message) throws IOException {
        long declared = declaredLength(exchange);
        if (!hasBody(exchange) || declared >= 0 && declared <= SWALLOW_BYTES) {
            try (InputStream body = exchange.getRequestBody()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
            error(exchange, status, failure, message);
            return;
        }
        exchange.getResponseHeaders().set("Connection", "close");
        byte[] body = line(new Error(failure, message));
        OutputStream out = start(exchange, status, JSON, body);
        try {
            out.write(body);
            out.flush();
        } catch (IOException e) {
            exchange.close();
            throw e;
        }
        closer.schedule(exchange::close, LINGER_SECONDS, TimeUnit.SECONDS);
    }

    /** Sends a refusal with its status. */
    void refuse(HttpExchange exchange, Refusal refusal, String message) throws IOException {
        refuse(exchange, refusal.status(), refusal.name(), message);
    }

    private static OutputStream start(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        return exchange.getResponseBody();
    }

    /** The body's declared length, or -1 when it is sent in chunks or the header is not a number. */
    static long declaredLength(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean hasBody(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        return exchange.getRequestHeaders().containsKey("Transfer-Encoding")
                || length != null && !length.strip().equals("0");
    }

    private static byte[] line(Object value) throws JsonProcessingException {
        byte[] json = CompendiumJson.compactWriter().writeValueAsBytes(value);
        byte[] line = Arrays.copyOf(json, json.length + 1);
        line[json.length] = '\n';
        return line;
    }
}
