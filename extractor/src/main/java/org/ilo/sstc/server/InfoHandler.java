package org.ilo.sstc.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.model.OutputSchema;

/** {@code GET /health}, {@code GET /version} and {@code GET /schema}. */
final class InfoHandler implements HttpHandler {

    /**
     * What {@code /health} answers.
     *
     * @param status  {@code starting} until every worker has loaded its models, then {@code ready}, {@code stopping} at the end
     * @param workers worker JVMs of the server
     * @param ready   of those, how many can convert now (a replaced worker is loading its models)
     * @param active  conversion requests held: reading their body, queued or converting
     * @param capacity most requests held at once (workers plus queue); one more gets 429
     */
    record Health(String status, int workers, int ready, int active, int capacity) {
    }

    private final Supplier<Health> health;
    private final byte[] version;
    private final byte[] schema;

    InfoHandler(Supplier<Health> health, ServiceVersion version) throws IOException {
        this.health = health;
        this.version = CompendiumJson.prettyWriter().writeValueAsBytes(version);
        this.schema = schemaText();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestURI().getPath()) {
            case "/health" -> {
                Health now = health.get();
                Replies.json(exchange, now.status().equals("ready") ? 200 : 503, now);
            }
            case "/version" -> Replies.send(exchange, 200, Replies.JSON, version);
            case "/schema" -> Replies.send(exchange, 200, "application/schema+json; charset=utf-8", schema);
            default -> Replies.error(exchange, Refusal.NOT_FOUND.status(), Refusal.NOT_FOUND.name(),
                    "no such endpoint: " + exchange.getRequestURI().getPath()
                    + "; the server answers PUT /extract, GET /health, GET /version and GET /schema");
        }
    }

    /** The schema as shipped, read as a resource: {@link OutputSchema} itself would load the validator into this JVM. */
    private static byte[] schemaText() {
        try (InputStream in = InfoHandler.class.getResourceAsStream(OutputSchema.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the class path: " + OutputSchema.RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OutputSchema.RESOURCE, e);
        }
    }
}
