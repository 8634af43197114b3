package org.ilo.sstc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ilo.sstc.batch.CompendiumFixtures;
import org.ilo.sstc.model.CompendiumJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server under what a platform may send it: the batch tests' bad inputs, more clients than workers
 * and queue, a conversion past its time limit, a body past the size limit. Every answer is a status and
 * a JSON error with the cause and the command line's message, and the server goes on serving.
 */
class ServerLimitsIT {
    @TempDir
    static Path dir;

    /** How to make a bad input. */
    @FunctionalInterface
    interface Maker {
        Path make(Path file) throws Exception;
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("locked.pdf", (Maker) f -> CompendiumFixtures.pdf(f, "s3cret"), 422, "ENCRYPTED",
                        "locked.pdf: encrypted document"),
                Arguments.of("cut.pdf", (Maker) f -> CompendiumFixtures.truncated(
                        CompendiumFixtures.pdf(dir.resolve("whole.pdf"), null), f, 0.4), 422, "CORRUPT", "cut.pdf: "),
                Arguments.of("cut.docx", (Maker) f -> CompendiumFixtures.truncated(
                        CompendiumFixtures.docx(dir.resolve("whole.docx"), 2), f, 0.5), 422, "CORRUPT",
                        "cut.docx: corrupt or truncated file"),
                Arguments.of("empty.pdf", (Maker) Files::createFile, 422, "EMPTY_FILE", "empty.pdf: empty file (0 bytes)"),
                Arguments.of("minutes.docx", (Maker) f -> CompendiumFixtures.docx(f, 0), 422, "NOT_A_COMPENDIUM",
                        "minutes.docx: not a compendium: no GOOD PRACTICE heading found"),
                Arguments.of("scan.pdf", (Maker) CompendiumFixtures::scannedPdf, 422, "NO_TEXT",
                        "scan.pdf: no text layer (scanned document?): no page has text; OCR is off (--no-ocr)"),
                Arguments.of("bomb.docx", (Maker) CompendiumFixtures::zipBombDocx, 422, "CORRUPT", "bomb.docx: corrupt"),
                Arguments.of("picture.zip", (Maker) ServerLimitsIT::zip, 415, "UNSUPPORTED_FORMAT",
                        "picture.zip: unsupported format"),
                Arguments.of("huge.txt", (Maker) f -> CompendiumFixtures.large(f, 2), 413, "TOO_LARGE",
                        "huge.txt: file too large: 2.0 MB, the limit is 1.0 MB (raise it with --max-file-mb)"));
    }

    private static Path zip(Path file) throws Exception {
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("a.png"));
            zip.write(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
        return file;
    }

    private static HttpResponse<String> put(Path file, String query) throws Exception {
        return SharedServer.send(SharedServer.request("/extract?name=" + file.getFileName() + query)
                .PUT(HttpRequest.BodyPublishers.ofFile(file)).build());
    }

    @ParameterizedTest(name = "{0} gives {2} {3}")
    @MethodSource("badInputs")
    void badInputGetsItsStatusAndTheCommandLinesMessageAsJson(String name, Maker maker, int status, String failure,
                                                               String message) throws Exception {
        Path file = maker.make(dir.resolve(name));

        HttpResponse<String> response = put(file, "");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode error = CompendiumJson.mapper().readTree(response.body());
        assertThat(error.path("failure").asText()).isEqualTo(failure);
        assertThat(error.path("message").asText()).startsWith(message).doesNotContain("\n");
    }

    @Test
    void eightClientsAtOnceOnTwoWorkersAndAQueueOfTwoGetTheirDocumentOrABusyRefusal() throws Exception {
        // About a second of work each on a warm worker: the first four hold every place while the others arrive.
        Path file = CompendiumFixtures.text(dir.resolve("forty.txt"), 40);
        int clients = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                responses.add(pool.submit(() -> {
                    go.await();
                    return put(file, "");
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : responses) {
                // A hang fails here rather than blocking the build.
                HttpResponse<String> response = future.get(5, TimeUnit.MINUTES);
                statuses.add(response.statusCode());
                if (response.statusCode() == 200) {
                    assertThat(CompendiumJson.mapper().readTree(response.body()).path("practices")).hasSize(40);
                } else {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
                    assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                            seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
                    assertThat(CompendiumJson.mapper().readTree(response.body()).path("failure").asText()).isEqualTo("BUSY");
                }
            }
            assertThat(statuses).containsOnly(200, 429).contains(200, 429);
            assertThat(statuses.stream().filter(s -> s == 200).count())
                    .isLessThanOrEqualTo(clients).isGreaterThanOrEqualTo(SharedServer.WORKERS + SharedServer.QUEUE);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void requestPastItsTimeLimitGets504ItsWorkerIsKilledAndTheServerGoesOnServing() throws Exception {
        Path slow = CompendiumFixtures.text(dir.resolve("slow.txt"), 1500);
        Path good = CompendiumFixtures.text(dir.resolve("good.txt"), 2);
        assertThat(put(good, "").statusCode()).isEqualTo(200);
        Set<Long> before = workers();

        HttpResponse<String> response = put(slow, "&timeout=1s");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(504);
        JsonNode error = CompendiumJson.mapper().readTree(response.body());
        assertThat(error.path("failure").asText()).isEqualTo("TIMEOUT");
        assertThat(error.path("message").asText())
                .isEqualTo("slow.txt: conversion took too long: stopped after 1s (raise the limit with --timeout)");
        assertThat(before).as("the worker that took the request is gone").anyMatch(pid -> ProcessHandle.of(pid).isEmpty());
        assertThat(put(good, "").statusCode()).isEqualTo(200);
        assertThat(workers()).as("a fresh worker in its place").hasSameSizeAs(before);
    }

    private static Set<Long> workers() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }

    @Test
    void bodyDeclaredOverTheLimitIsRefusedWithoutBeingReadToTheEnd() throws Exception {
        long declared = 512L * 1024 * 1024;

        RawUpload reply = RawUpload.put("/extract?name=big.pdf", declared, false);

        assertThat(reply.status()).as(reply.body()).isEqualTo(413);
        assertThat(CompendiumJson.mapper().readTree(reply.body()).path("message").asText())
                .isEqualTo("big.pdf: file too large: 512.0 MB, the limit is 1.0 MB (raise it with --max-file-mb)");
        assertThat(reply.sent()).as("bytes sent of the %d declared", declared).isLessThan(declared / 8);
    }

    @Test
    void bodyInChunksIsCutOffOneBytePastTheLimit() throws Exception {
        long length = 256L * 1024 * 1024;

        // No declared length: the body goes in chunks and the server counts what it reads.
        RawUpload reply = RawUpload.put("/extract?name=stream.txt", length, true);

        assertThat(reply.status()).as(reply.body()).isEqualTo(413);
        assertThat(CompendiumJson.mapper().readTree(reply.body()).path("message").asText())
                .isEqualTo("stream.txt: file too large: over 1.0 MB, the limit is 1.0 MB (raise it with --max-file-mb)");
        assertThat(reply.sent()).isLessThan(length / 8);
    }

    @Test
    void timeLimitThatIsNotADurationIsABadRequest() throws Exception {
        Path good = CompendiumFixtures.text(dir.resolve("good.txt"), 2);

        HttpResponse<String> response = put(good, "&timeout=soon");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(CompendiumJson.mapper().readTree(response.body()).path("failure").asText()).isEqualTo("BAD_REQUEST");
    }
}
