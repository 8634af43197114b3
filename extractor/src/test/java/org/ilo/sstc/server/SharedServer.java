package org.ilo.sstc.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.pipeline.LanguageOptions;
import org.ilo.sstc.worker.WorkerSettings;

/**
 * One real server for every server test of the JVM, as a platform would run it: two worker JVMs with
 * every model loaded, a queue of two, a 1 MB size limit, OCR off (so that a scan fails the same way
 * wherever Tesseract is installed) and a bearer token. Started on the first use, on a free loopback port.
 */
final class SharedServer {
    static final String TOKEN = "test-token-4f1c9a";
    static final int WORKERS = 2;
    static final int QUEUE = 2;
    static final long MAX_BYTES = 1024 * 1024;

    private static ExtractServer server;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private SharedServer() {
    }

    /** The server, started and ready. */
    static synchronized ExtractServer get() {
        if (server == null) {
            try {
                ReadOptions read = new ReadOptions(null, MAX_BYTES, false);
                WorkerSettings workers = WorkerSettings.of(WORKERS, 1024, read, LanguageOptions.detect());
                server = ExtractServer.start(new ServerSettings("127.0.0.1", 0, QUEUE, Duration.ofMinutes(10), MAX_BYTES,
                        TOKEN), workers);
                if (!server.awaitReady(Duration.ofMinutes(5))) {
                    throw new IllegalStateException("the test server's workers did not load their models in 5 minutes");
                }
                Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return server;
    }

    /** The address of {@code path} (with its query) on the server. */
    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + get().address().getPort() + path);
    }

    /** A request to {@code path} carrying the token. */
    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(3)).header("Authorization", "Bearer " + TOKEN);
    }

    /** Sends {@code request}, the body as a string. */
    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The shared client. */
    static HttpClient client() {
        return CLIENT;
    }
}
