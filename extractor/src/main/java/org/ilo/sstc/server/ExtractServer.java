package org.ilo.sstc.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.worker.WorkerPool;
import org.ilo.sstc.worker.WorkerSettings;

/**
 * The compendium extractor as an HTTP service, in the manner of tika-server: {@code PUT /extract} converts
 * the body in the worker pool and answers its JSON. This JVM, like the command line's, never loads a
 * parser or the NLP model: it saves bodies, hands them to the workers and sends back what they made.
 * Closing it is graceful: new requests are refused, those in flight finish, then the workers stop.
 */
public final class ExtractServer implements AutoCloseable {
    /** Request threads beyond the requests admitted: they refuse (429, 401, 404) and answer /health while all are busy. */
    private static final int SPARE_THREADS = 16;
    /** Longest the server waits at start for the workers' models before it says so and keeps trying. */
    private static final Duration READY_LIMIT = Duration.ofMinutes(5);

    private enum State { STARTING, READY, STOPPING }

    private final ServerSettings settings;
    private final WorkerPool pool;
    private final RequestFolders folders;
    private final Admission admission;
    private final HttpServer http;
    private final ExecutorService threads;
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "http-closer");
        thread.setDaemon(true);
        return thread;
    });
    private final Replies replies = new Replies(closer);
    private volatile State state = State.STARTING;

    private ExtractServer(ServerSettings settings, WorkerSettings workers) throws IOException {
        this.settings = settings;
        // Bound first: a port in use fails before any worker is started.
        this.http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
        this.folders = new RequestFolders();
        this.pool = new WorkerPool(workers.withEveryModelAtStart().withJvmOptions(
                List.of("-Djava.io.tmpdir=" + folders.workers())));
        this.admission = new Admission(workers.workers(), settings.queue());
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(admission.capacity() + SPARE_THREADS, task -> {
            Thread thread = new Thread(task, "http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        InfoHandler info = new InfoHandler(this::health, ServiceVersion.of(workers.languages()));
        http.createContext("/extract", guard(Set.of("PUT", "POST"), true,
                new ExtractHandler(settings, pool, admission, folders, replies)));
        http.createContext("/health", guard(Set.of("GET"), false, info));
        http.createContext("/", guard(Set.of("GET"), true, info));
        http.setExecutor(threads);
    }

    /**
     * Starts {@code workers} worker JVMs (each loading every model it may need) and answers on the
     * settings' address at once; {@code /health} says ready once the models are loaded. Closing the
     * server stops the workers.
     */
    public static ExtractServer start(ServerSettings settings, WorkerSettings workers) throws IOException {
        ExtractServer server = new ExtractServer(settings, workers);
        server.http.start();
        Thread ready = new Thread(server::awaitWorkers, "await-workers");
        ready.setDaemon(true);
        ready.start();
        return server;
    }

    /** The address the server listens on (the port chosen, when the settings asked for any free one). */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** The server's temporary folder: a folder per request in flight, and the workers' temporary files. */
    public Path temporaryFolder() {
        return folders.root();
    }

    /** Waits at most {@code limit} until the server is ready; true when it is. */
    public boolean awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (state == State.STARTING && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return state == State.READY;
    }

    private void awaitWorkers() {
        try {
            while (state == State.STARTING) {
                if (pool.awaitReady(READY_LIMIT)) {
                    state = State.READY;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private InfoHandler.Health health() {
        State now = state;
        return new InfoHandler.Health(now.name().toLowerCase(Locale.ROOT), pool.size(), pool.readyCount(),
                admission.active(), admission.capacity());
    }

    /**
     * {@code handler} for the given methods, behind the bearer token when {@code guarded}; anything it
     * throws is an internal error, answered as such rather than a dropped connection.
     */
    private HttpHandler guard(Set<String> methods, boolean guarded, HttpHandler handler) {
        return exchange -> {
            try {
                if (guarded && !authorised(exchange)) {
                    exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                    replies.refuse(exchange, Refusal.UNAUTHORIZED, "give the server's token: Authorization: Bearer TOKEN");
                } else if (!methods.contains(exchange.getRequestMethod())) {
                    exchange.getResponseHeaders().set("Allow", String.join(", ", methods.stream().sorted().toList()));
                    replies.refuse(exchange, Refusal.METHOD_NOT_ALLOWED, exchange.getRequestMethod() + " "
                            + exchange.getRequestURI().getPath() + " is not served; use " + String.join(" or ",
                            methods.stream().sorted().toList()));
                } else {
                    handler.handle(exchange);
                }
            } catch (RuntimeException | IOException e) {
                internalError(exchange, e);
            }
        };
    }

    private boolean authorised(HttpExchange exchange) {
        if (settings.token() == null) {
            return true;
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Bearer " + settings.token();
        // Constant time: the comparison must not tell an attacker how much of a guess was right.
        return header != null && MessageDigest.isEqual(header.strip().getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private void internalError(HttpExchange exchange, Exception e) {
        try {
            replies.refuse(exchange, 500, Failure.INTERNAL_ERROR.name(),
                    "the server failed on this request (please report it): " + e);
        } catch (IOException | RuntimeException again) {
            // the response was already started, or the client is gone: nothing more can be said
            exchange.close();
        }
    }

    /**
     * Stops gracefully: requests are refused from now on (503), those in flight finish (at most the
     * time limit of one conversion and a minute more), then the listener closes and the workers stop.
     */
    @Override
    public void close() {
        state = State.STOPPING;
        Duration drain = settings.timeout().isZero() ? Duration.ofMinutes(15) : settings.timeout().plusMinutes(1);
        try {
            admission.close(drain);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.stop(0);
        closer.shutdownNow();
        threads.shutdown();
        try {
            threads.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.close();
        folders.close();
    }
}
