package org.ilo.sstc.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.pipeline.LanguageOptions;
import org.ilo.sstc.server.ExtractServer;
import org.ilo.sstc.server.ServerSettings;
import org.ilo.sstc.worker.WorkerSettings;

/**
 * The server's benchmark: starts {@code extract serve} in this JVM (its workers in their own), warms it,
 * then sends the files in turn from 1, 2, 4... concurrent clients, a fixed count of requests each time,
 * and reports requests per second and the p50 and p95 of the latency a client sees (sending the body
 * included), beside issue 10's targets.
 */
public final class ServerBench {
    /** Issue 10: p50 per compendium, one client, warm server on 2 cores. */
    static final double P50_TARGET_SECONDS = 0.35;
    /** Issue 10: throughput with 2 clients over that with 1. */
    static final double TWO_CLIENT_SPEEDUP_TARGET = 1.6;

    /**
     * What to measure.
     *
     * @param files    the files sent, in turn
     * @param workers  the server's worker JVMs ({@code --threads} of {@code serve})
     * @param warmup   rounds over every file per worker before measuring
     * @param requests requests per client count
     * @param clients  the client counts, each a run of its own
     */
    public record Settings(List<Path> files, int workers, int warmup, int requests, List<Integer> clients) {
        public Settings {
            files = List.copyOf(files);
            clients = List.copyOf(clients);
            if (files.isEmpty() || workers < 1 || warmup < 0 || requests < 1 || clients.isEmpty()
                    || clients.stream().anyMatch(c -> c < 1)) {
                throw new IllegalArgumentException("need files, workers >= 1, warmup >= 0, requests >= 1 and client "
                        + "counts >= 1, but got " + files.size() + " files, " + workers + ", " + warmup + ", "
                        + requests + ", " + clients);
            }
        }
    }

    /** One run: {@code clients} at once, its requests' latencies in seconds, and how long it took. */
    record Run(int clients, double[] latencies, double seconds) {
        double perSecond() {
            return latencies.length / seconds;
        }

        double percentile(double p) {
            double[] sorted = latencies.clone();
            Arrays.sort(sorted);
            // Nearest rank: the smallest latency at least p of the requests did not exceed.
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }

    /** A file's bytes and the name it is sent under. */
    private record Body(String name, byte[] bytes) {
    }

    private final Settings settings;
    private final PrintWriter out;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public ServerBench(Settings settings, PrintWriter out) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Starts the server, measures and prints; returns the runs in the order of the client counts. */
    public List<Run> run() throws IOException {
        List<Body> bodies = new ArrayList<>();
        for (Path file : settings.files()) {
            bodies.add(new Body(file.getFileName().toString(), Files.readAllBytes(file)));
        }
        int most = settings.clients().stream().mapToInt(Integer::intValue).max().orElseThrow();
        // A queue for every client: the benchmark measures conversions, not refusals.
        ServerSettings server = new ServerSettings("127.0.0.1", 0, most, Duration.ofMinutes(10),
                ReadOptions.DEFAULT_MAX_FILE_BYTES, null);
        WorkerSettings workers = WorkerSettings.of(settings.workers(), WorkerSettings.DEFAULT_HEAP_MEGABYTES,
                ReadOptions.defaults(), LanguageOptions.detect());
        long started = System.nanoTime();
        try (ExtractServer extractServer = ExtractServer.start(server, workers)) {
            awaitReady(extractServer);
            URI uri = URI.create("http://127.0.0.1:" + extractServer.address().getPort() + "/extract");
            out.printf(Locale.ROOT, "Server: %d workers, ready (every model loaded) in %.1f s; files %s.%n",
                    settings.workers(), Benchmark.seconds(started), bodies.stream().map(Body::name).toList());
            out.flush();
            measure(uri, bodies, settings.workers(), settings.warmup() * bodies.size() * settings.workers());
            List<Run> runs = new ArrayList<>();
            for (int clients : settings.clients()) {
                runs.add(measure(uri, bodies, clients, settings.requests()));
            }
            print(runs);
            return runs;
        }
    }

    private static void awaitReady(ExtractServer server) throws IOException {
        try {
            if (!server.awaitReady(Duration.ofMinutes(10))) {
                throw new IOException("the server's workers did not load their models in 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("benchmark interrupted", e);
        }
    }

    /** Sends {@code requests} requests, the bodies in turn, from {@code clients} threads at once. */
    private Run measure(URI uri, List<Body> bodies, int clients, int requests) throws IOException {
        double[] latencies = new double[requests];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        latencies[i] = send(uri, bodies.get(i % bodies.size()));
                    }
                    return null;
                }));
            }
            for (Future<Void> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("a request failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Run(clients, latencies, Benchmark.seconds(started));
    }

    /** One request's latency in seconds; anything but 200 ends the benchmark. */
    private double send(URI uri, Body body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri + "?name="
                        + URLEncoder.encode(body.name(), StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(10)).PUT(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
        long started = System.nanoTime();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double seconds = Benchmark.seconds(started);
        if (response.statusCode() != 200) {
            throw new IOException(body.name() + ": HTTP " + response.statusCode() + " "
                    + new String(response.body(), StandardCharsets.UTF_8).strip());
        }
        return seconds;
    }

    private void print(List<Run> runs) {
        out.printf(Locale.ROOT, "%7s %8s %8s %9s %7s %7s%n", "clients", "requests", "seconds", "requests/s", "p50 s",
                "p95 s");
        for (Run run : runs) {
            out.printf(Locale.ROOT, "%7d %8d %8.1f %10.2f %7.2f %7.2f%n", run.clients(), run.latencies().length,
                    run.seconds(), run.perSecond(), run.percentile(0.5), run.percentile(0.95));
        }
        out.printf(Locale.ROOT, "(latency as a client sees it: the body sent, converted by a worker, the JSON received; "
                + "load average %.1f on %d cores at the end)%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        Run one = runs.stream().filter(r -> r.clients() == 1).findFirst().orElse(null);
        Run two = runs.stream().filter(r -> r.clients() == 2).findFirst().orElse(null);
        String row = "%-52s %10s   %-10s %s%n";
        out.printf(Locale.ROOT, row, "Issue 10 target", "measured", "target", "");
        if (one != null) {
            out.printf(Locale.ROOT, row, "p50 per compendium, warm, one client", String.format(Locale.ROOT, "%.2f s",
                    one.percentile(0.5)), String.format(Locale.ROOT, "<= %.2f s", P50_TARGET_SECONDS),
                    one.percentile(0.5) <= P50_TARGET_SECONDS ? "met" : "NOT MET");
        }
        if (one != null && two != null) {
            double speedup = two.perSecond() / one.perSecond();
            out.printf(Locale.ROOT, row, "throughput of 2 clients / 1 client", String.format(Locale.ROOT, "%.2fx", speedup),
                    String.format(Locale.ROOT, ">= %.1fx", TWO_CLIENT_SPEEDUP_TARGET),
                    speedup >= TWO_CLIENT_SPEEDUP_TARGET ? "met" : "NOT MET");
        }
        out.println();
        out.flush();
    }
}
