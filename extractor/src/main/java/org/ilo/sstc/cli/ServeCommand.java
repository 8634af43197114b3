package org.ilo.sstc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ilo.sstc.pipeline.LanguageOptions;
import org.ilo.sstc.server.ExtractServer;
import org.ilo.sstc.server.ServerSettings;
import org.ilo.sstc.worker.WorkerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code extract serve}: the extractor as an HTTP service, in the manner of tika-server; stops gracefully on SIGTERM. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Serves the extractor over HTTP: PUT /extract with a compendium as the body answers its JSON",
            "(Accept: application/x-ndjson: its practices as JSON Lines); GET /health, /version, /schema.",
            "Files are converted in --threads worker JVMs that load the NER models once, at start-up.",
            "Stops on SIGTERM or Ctrl-C after finishing the requests in flight."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:wrong usage", "3:the server could not start (port in use, workers cannot start)"})
final class ServeCommand implements Callable<Integer> {
    /** Next to tika-server's 9998, which the same platforms may run beside it. */
    static final int DEFAULT_PORT = 9997;

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Address to listen on; other than a loopback one only with --token-file (default: ${DEFAULT-VALUE}).")
    private String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on; 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port = DEFAULT_PORT;

    @Option(names = "--queue", paramLabel = "N",
            description = "Requests that may wait for a busy worker; one more is refused with 429 (default: ${DEFAULT-VALUE}).")
    private int queue = 8;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Require 'Authorization: Bearer TOKEN' on every request but /health, TOKEN being the file's content.")
    private Path tokenFile;

    @Mixin
    private ConversionOptions conversion = new ConversionOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        conversion.check();
        LanguageOptions languages = conversion.languageOptions();
        ServerSettings settings;
        try {
            settings = new ServerSettings(host, port, queue, conversion.timeout, conversion.maxFileBytes(), token());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        long started = System.nanoTime();
        WorkerSettings workers = WorkerSettings.of(conversion.threads, conversion.workerHeapMb,
                conversion.readOptions(null), languages);
        ExtractServer server = ExtractServer.start(settings, workers);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("stopping: finishing the requests in flight");
            server.close();
            say("stopped");
            stopped.countDown();
        }, "serve-shutdown"));
        say("listening on http://" + hostText(server) + ":" + server.address().getPort() + "/ ("
                + conversion.threads + " workers loading their models)");
        if (server.awaitReady(Duration.ofMinutes(10))) {
            say(String.format(Locale.ROOT, "ready in %.1f s", (System.nanoTime() - started) / 1e9));
        }
        stopped.await();
        return 0;
    }

    private String hostText(ExtractServer server) {
        String address = server.address().getAddress().getHostAddress();
        return address.contains(":") ? "[" + address + "]" : address;
    }

    private void say(String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("extract serve: " + line);
        out.flush();
    }

    /** The token in {@code --token-file}, or null without one; an unreadable or empty file is wrong usage. */
    private String token() {
        if (tokenFile == null) {
            return null;
        }
        try {
            String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            if (token.isEmpty() || token.chars().anyMatch(c -> c <= ' ')) {
                throw new ParameterException(spec.commandLine(), "--token-file " + tokenFile
                        + " must hold one token: no spaces, not empty");
            }
            return token;
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read --token-file " + tokenFile + ": " + e.getMessage());
        }
    }
}
