package org.ilo.sstc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ilo.sstc.batch.CompendiumFixtures;
import org.ilo.sstc.batch.InputFiles;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.model.OutputSchema;
import org.ilo.sstc.pipeline.ExtractorVersion;
import org.ilo.sstc.pipeline.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real server on a free loopback port, through the JDK's HttpClient, as a platform calls it: each
 * sample gives the very document {@code extract} writes, and the information endpoints say what the
 * server is. Bad input, load, time and size limits are in {@link ServerLimitsIT}.
 */
class ServerIT {
    @TempDir
    Path dir;

    static Stream<Path> samples() {
        return InputFiles.collect(List.of(SharedPipeline.projectRoot().resolve("samples"))).stream().map(f -> f.path());
    }

    static HttpResponse<byte[]> put(Path file, String query, String accept) throws Exception {
        HttpRequest.Builder request = SharedServer.request("/extract" + query).PUT(HttpRequest.BodyPublishers.ofFile(file));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return SharedServer.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSampleGivesExactlyTheDocumentTheCommandLineWrites(Path sample) throws Exception {
        String name = sample.getFileName().toString();

        HttpResponse<byte[]> response = put(sample, "?name=" + name, null);

        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        // output/ is what ./extract writes for the samples; SampleOutputIT keeps it current.
        Path written = SharedPipeline.projectRoot().resolve("output").resolve(name + ".json");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(written));
        assertThat(OutputSchema.violations(CompendiumJson.mapper().readTree(response.body()))).isEmpty();
    }

    @Test
    void fileNameFromContentDispositionNamesTheSource() throws Exception {
        Path sample = SharedPipeline.sample("sstc-good-practices-2020-2021.docx");
        HttpRequest request = SharedServer.request("/extract").POST(HttpRequest.BodyPublishers.ofFile(sample))
                .header("Content-Disposition", "attachment; filename=\"../../etc/Compendio 2021.docx\"").build();

        HttpResponse<String> response = SharedServer.send(request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(CompendiumJson.mapper().readTree(response.body()).path("source").path("file").asText())
                .isEqualTo("Compendio 2021.docx");
    }

    @Test
    void jsonLinesAreThePracticeLinesTheCommandLineWrites() throws Exception {
        Path sample = SharedPipeline.sample("sstc-good-practices-2020-2021.pdf");
        String name = sample.getFileName().toString();

        HttpResponse<byte[]> response = put(sample, "?name=" + name, "application/x-ndjson");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson; charset=utf-8");
        List<String> lines = new String(response.body(), StandardCharsets.UTF_8).lines().toList();
        List<String> written = Files.readAllLines(SharedPipeline.projectRoot().resolve("output/practices.jsonl")).stream()
                .filter(line -> line.startsWith("{\"source\":\"" + name + "\"")).toList();
        assertThat(lines).hasSize(21).isEqualTo(written);
        for (String line : lines) {
            assertThat(OutputSchema.lineViolations(CompendiumJson.mapper().readTree(line))).isEmpty();
        }
    }

    @Test
    void healthSaysReadyWithTheWorkersAndNeedsNoToken() throws Exception {
        SharedServer.get();
        HttpResponse<String> response = SharedServer.send(HttpRequest.newBuilder(SharedServer.uri("/health")).build());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = CompendiumJson.mapper().readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("ready");
        assertThat(health.path("workers").asInt()).isEqualTo(SharedServer.WORKERS);
        assertThat(health.path("capacity").asInt()).isEqualTo(SharedServer.WORKERS + SharedServer.QUEUE);
    }

    @Test
    void versionNamesTheExtractorTheSchemaAndEachLanguagesModel() throws Exception {
        HttpResponse<String> response = SharedServer.send(SharedServer.request("/version").build());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode version = CompendiumJson.mapper().readTree(response.body());
        assertThat(version.path("extractor").asText()).isEqualTo(ExtractorVersion.get());
        assertThat(version.path("schema").path("version").asText()).isEqualTo("1.2");
        assertThat(version.path("schema").path("id").asText()).isEqualTo(OutputSchema.ID);
        List<String> languages = new ArrayList<>();
        version.path("models").forEach(model -> languages.add(model.path("language").asText()));
        assertThat(languages).contains("en", "es", "fr", "pt");
        assertThat(version.path("models").get(0).path("ner").asText()).endsWith(".crf.ser.gz");
        for (String library : List.of("corenlp", "tika", "pdfbox", "poi")) {
            assertThat(version.path("libraries").path(library).asText()).as(library).matches("\\d+\\.\\d+\\.\\d+");
        }
    }

    @Test
    void schemaIsTheOneEveryDocumentIsCheckedAgainst() throws Exception {
        HttpResponse<String> response = SharedServer.send(SharedServer.request("/schema").build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/schema+json; charset=utf-8");
        assertThat(response.body()).isEqualTo(OutputSchema.read());
    }

    @Test
    void requestWithoutTheTokenOrWithAWrongOneIsRefusedBeforeItsBodyIsRead() throws Exception {
        Path file = CompendiumFixtures.text(dir.resolve("good.txt"), 2);
        HttpRequest none = HttpRequest.newBuilder(SharedServer.uri("/extract")).PUT(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpRequest wrong = HttpRequest.newBuilder(SharedServer.uri("/version")).header("Authorization", "Bearer guess").build();

        for (HttpRequest request : List.of(none, wrong)) {
            HttpResponse<String> response = SharedServer.send(request);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(CompendiumJson.mapper().readTree(response.body()).path("failure").asText()).isEqualTo("UNAUTHORIZED");
        }
    }

    @Test
    void wrongMethodAndUnknownPathAreJsonErrors() throws Exception {
        HttpResponse<String> get = SharedServer.send(SharedServer.request("/extract").GET().build());
        HttpResponse<String> unknown = SharedServer.send(SharedServer.request("/convert").GET().build());

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST, PUT");
        assertThat(CompendiumJson.mapper().readTree(get.body()).path("failure").asText()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(CompendiumJson.mapper().readTree(unknown.body()).path("failure").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void everyRequestFolderIsGoneAfterItsRequest() throws Exception {
        Path file = CompendiumFixtures.text(dir.resolve("good.txt"), 2);
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try {
            List<Future<HttpResponse<byte[]>>> responses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                responses.add(clients.submit(() -> put(file, "?name=good.txt", null)));
            }
            for (Future<HttpResponse<byte[]>> response : responses) {
                assertThat(response.get(3, TimeUnit.MINUTES).statusCode()).isIn(200, 429);
            }
        } finally {
            clients.shutdownNow();
        }

        try (Stream<Path> left = Files.list(SharedServer.get().temporaryFolder())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("workers");
        }
    }
}
