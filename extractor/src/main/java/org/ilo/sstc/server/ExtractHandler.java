package org.ilo.sstc.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ilo.sstc.batch.Converted;
import org.ilo.sstc.batch.Converter;
import org.ilo.sstc.batch.DurationText;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.SizeLimit;
import org.ilo.sstc.output.JsonLinesWriter;

/**
 * {@code PUT /extract} (or {@code POST}): the raw body is a compendium file; the answer is its document,
 * exactly as {@code extract} writes it, or its practices as JSON Lines ({@code Accept: application/x-ndjson}),
 * or a JSON error with the cause. The body is saved in a folder of the request's own, removed after it.
 */
final class ExtractHandler implements HttpHandler {

    private final ServerSettings settings;
    private final Converter converter;
    private final Admission admission;
    private final RequestFolders folders;
    private final Replies replies;

    ExtractHandler(ServerSettings settings, Converter converter, Admission admission, RequestFolders folders,
                   Replies replies) {
        this.settings = settings;
        this.converter = converter;
        this.admission = admission;
        this.folders = folders;
        this.replies = replies;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        // Admitted or refused before a byte of the body is read: a refused body costs nothing.
        try (Admission.Ticket ticket = admission.tryEnter()) {
            if (ticket == null) {
                refuseBusyOrStopping(exchange);
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String name = UploadName.of(query.get("name"), exchange.getRequestHeaders().getFirst("Content-Disposition"));
            Duration timeout;
            try {
                timeout = timeout(query.get("timeout"));
            } catch (IllegalArgumentException e) {
                replies.refuse(exchange, Refusal.BAD_REQUEST, "timeout: " + e.getMessage());
                return;
            }
            long declared = Replies.declaredLength(exchange);
            if (declared > settings.maxFileBytes()) {
                refuse(exchange, SizeLimit.exceeded(Path.of(name), declared, settings.maxFileBytes()));
                return;
            }
            convert(exchange, name, timeout);
        }
    }

    /** The answer to a request, made once its folder is gone. */
    @FunctionalInterface
    private interface Answer {
        void send() throws IOException;
    }

    private void convert(HttpExchange exchange, String name, Duration timeout) throws IOException {
        Path folder = folders.create();
        Answer answer;
        try {
            answer = convertIn(folder, exchange, name, timeout);
        } finally {
            // Emptied before the answer goes: a client holding its answer finds nothing of its request left.
            RequestFolders.delete(folder);
        }
        answer.send();
    }

    private Answer convertIn(Path folder, HttpExchange exchange, String name, Duration timeout) {
        Upload upload;
        try {
            upload = Upload.save(exchange.getRequestBody(), folder.resolve(name), settings.maxFileBytes());
        } catch (ExtractionException e) {
            // Past the size limit: the rest of the body is left unread.
            return () -> refuse(exchange, e);
        } catch (Upload.BodyUnreadable e) {
            // The client is gone or broke its body off: there is nobody to answer.
            return exchange::close;
        }
        try {
            long started = System.nanoTime();
            Converted converted = converter.convert(upload.file(), upload.sha256(), timeout);
            admission.took(Duration.ofNanos(System.nanoTime() - started));
            if (wantsJsonLines(exchange)) {
                return () -> Replies.send(exchange, 200, Replies.NDJSON, JsonLinesWriter.encode(converted.document()));
            }
            return () -> Replies.send(exchange, 200, Replies.JSON, converted.json());
        } catch (ExtractionException e) {
            return () -> fail(exchange, e);
        }
    }

    private void refuseBusyOrStopping(HttpExchange exchange) throws IOException {
        if (admission.closed()) {
            replies.refuse(exchange, Refusal.STOPPING, "the server is stopping; send the file to another instance");
            return;
        }
        long seconds = admission.retryAfterSeconds();
        exchange.getResponseHeaders().set("Retry-After", Long.toString(seconds));
        replies.refuse(exchange, Refusal.BUSY, "every worker is busy and the queue is full; try again in " + seconds + " s");
    }

    private static void fail(HttpExchange exchange, ExtractionException e) throws IOException {
        Replies.error(exchange, FailureStatus.of(e.failure()), e.failure().name(), e.getMessage());
    }

    private void refuse(HttpExchange exchange, ExtractionException e) throws IOException {
        replies.refuse(exchange, FailureStatus.of(e.failure()), e.failure().name(), e.getMessage());
    }

    /** The request's time limit: the server's, or less when the request asks for less. */
    private Duration timeout(String requested) {
        if (requested == null) {
            return settings.timeout();
        }
        Duration asked = DurationText.parse(requested);
        if (asked.isZero()) {
            return settings.timeout();
        }
        return settings.timeout().isZero() || asked.compareTo(settings.timeout()) < 0 ? asked : settings.timeout();
    }

    private static boolean wantsJsonLines(HttpExchange exchange) {
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/x-ndjson");
    }

    /** The query's parameters, decoded; the first of a repeated one. */
    static Map<String, String> query(String raw) {
        Map<String, String> parameters = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.putIfAbsent(key, value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
