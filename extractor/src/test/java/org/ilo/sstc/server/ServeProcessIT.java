package org.ilo.sstc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ilo.sstc.batch.CompendiumFixtures;
import org.ilo.sstc.cli.ExtractCommand;
import org.ilo.sstc.model.CompendiumJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract serve} as an operator runs it, in a process of its own: it says where it listens and
 * when it is ready, its own JVM never loads a parser or the NLP model, and on SIGTERM the request in
 * flight still gets its document before the workers stop and the temporary folder goes.
 */
class ServeProcessIT {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");
    /** Packages of the libraries only the workers may load. */
    private static final List<String> WORKER_ONLY = List.of("org.apache.tika", "org.apache.pdfbox", "org.apache.poi",
            "edu.stanford.nlp", "com.networknt");

    @TempDir
    Path dir;

    @Test
    void sigtermLetsTheRequestInFlightFinishThenStopsTheWorkersAndLeavesNoTemporaryFile() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path classes = dir.resolve("classes.log");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-Xlog:class+load:file=" + classes, "-cp", System.getProperty("java.class.path"),
                ExtractCommand.class.getName(), "serve", "--port", "0", "--threads", "1", "--lang", "en",
                "--worker-heap", "768")
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            int port = port(out, lines);
            awaitLine(out, lines, "ready in");
            List<ProcessHandle> workers = server.descendants().toList();
            assertThat(workers).hasSize(1);
            HttpClient client = HttpClient.newHttpClient();
            Path file = CompendiumFixtures.text(dir.resolve("sixty.txt"), 60);
            CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/extract?name=sixty.txt"))
                    .PUT(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            awaitActiveRequest(client, port);

            // SIGTERM; Process.destroy() would also close our end of its output, which we still read.
            server.toHandle().destroy();

            HttpResponse<String> response = inFlight.get(3, TimeUnit.MINUTES);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(CompendiumJson.mapper().readTree(response.body()).path("practices")).hasSize(60);
            assertThat(server.waitFor(2, TimeUnit.MINUTES)).as("the server stopped").isTrue();
            awaitLine(out, lines, "stopped");
            assertThat(lines).anyMatch(line -> line.contains("stopping: finishing the requests in flight"));
            assertThat(workers).noneMatch(ProcessHandle::isAlive);
            try (Stream<Path> left = Files.list(tmp)) {
                assertThat(left).as("the server's temporary folder is removed").isEmpty();
            }
            try (Stream<String> loaded = Files.lines(classes)) {
                assertThat(loaded.filter(line -> WORKER_ONLY.stream().anyMatch(line::contains)))
                        .as("classes of the parsers or the model in the server's own JVM").isEmpty();
            }
        } finally {
            server.destroyForcibly();
        }
    }

    private static int port(BufferedReader out, List<String> lines) throws Exception {
        String line = awaitLine(out, lines, "listening on");
        Matcher matcher = LISTENING.matcher(line);
        assertThat(matcher.find()).as(line).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static String awaitLine(BufferedReader out, List<String> lines, String text) throws Exception {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
            if (line.contains(text)) {
                return line;
            }
        }
        throw new AssertionError("the server ended without printing '" + text + "': " + lines);
    }

    /** Waits until the server holds the request: it is in flight when the signal comes. */
    private static void awaitActiveRequest(HttpClient client, int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode status = CompendiumJson.mapper().readTree(health.body());
            if (status.path("active").asInt() > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the request never reached the server");
    }
}
