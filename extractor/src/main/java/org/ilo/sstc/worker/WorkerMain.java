package org.ilo.sstc.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import org.ilo.sstc.batch.Unexpected;
import org.ilo.sstc.entities.NlpModels;
import org.ilo.sstc.entities.NlpPipeline;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.output.JsonDocumentWriter;
import org.ilo.sstc.pipeline.CompendiumExtractor;
import org.ilo.sstc.pipeline.LanguageOptions;
import org.ilo.sstc.pipeline.Pipelines;
import org.ilo.sstc.profile.CompendiumProfile;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A worker process: builds the pipeline once (the NLP model loads here, never in the parent, and while
 * the first file is read), then converts the files the parent sends, one at a time, until told to exit
 * or until its standard input closes (the parent is gone). Started by {@link WorkerProcess}; not for people to run.
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        // The English model is most of the start-up: it loads from the first instant, while the settings
        // arrive, the readers are built and the first file is read.
        CompletableFuture<NlpPipeline> english = inBackground(NlpPipeline::new);
        ignoreTerminalSignals();
        // Frames go to the real standard output; anything a library prints goes to standard error instead.
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        Frames.Frame first = Frames.read(in);
        if (first == null || first.kind() != Frames.SETTINGS) {
            throw new IOException("expected the settings frame first");
        }
        WorkerRequest.Settings settings = CompendiumJson.mapper().readValue(first.payload(), WorkerRequest.Settings.class);
        BlockingQueue<Frames.Frame> requests = listen(in);
        LanguageOptions languages = LanguageOptions.of(settings.profileFolder() == null ? null : Path.of(settings.profileFolder()),
                settings.language());
        CompletableFuture<NlpModels> models = english.thenApply(nlp -> models(nlp, languages, settings.everyModelAtStart()));
        CompendiumExtractor extractor = Pipelines.standard(new ReadOptions(settings.password(), settings.maxFileBytes(),
                settings.ocr(), settings.ocrMaxPages()), languages, models);
        JsonDocumentWriter writer = new JsonDocumentWriter();
        // Ready once the pipeline is built and the models are loaded, whichever comes last.
        CompletableFuture<Void> ready = models.thenRun(() -> write(out, Frames.READY, new byte[0]));
        ready.whenComplete((done, e) -> {
            if (e != null) {
                e.printStackTrace();
                Runtime.getRuntime().halt(1);
            }
        });
        while (true) {
            Frames.Frame frame = requests.take();
            if (frame.kind() != Frames.CONVERT) {
                break;
            }
            WorkerRequest request = CompendiumJson.mapper().readValue(frame.payload(), WorkerRequest.class);
            Path file = Path.of(request.file());
            Frames.Frame reply;
            try {
                reply = new Frames.Frame(Frames.DOCUMENT, writer.encode(extractor.extract(file, request.sha256())));
            } catch (ExtractionException e) {
                reply = failed(e);
            } catch (RuntimeException | LinkageError | StackOverflowError | IOException e) {
                reply = failed(Unexpected.of(file, e));
            }
            // READY goes first, even before the reply to a file that failed before it needed the model.
            ready.join();
            Frames.write(out, reply.kind(), reply.payload());
        }
        System.exit(0);
    }

    /** The models of the run: English, and every other language's too when asked to load them up front. */
    private static NlpModels models(NlpPipeline english, LanguageOptions languages, boolean everyModel) {
        NlpModels models = new NlpModels(english);
        if (everyModel) {
            List<CompendiumProfile> profiles = languages.forcedLanguage() != null
                    ? List.of(languages.profiles().get(languages.forcedLanguage())) : languages.profiles().all();
            profiles.forEach(models::forProfile);
        }
        return models;
    }

    private static <T> CompletableFuture<T> inBackground(Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "model-loader");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /**
     * A worker ends with its parent (its standard input closes), never on a signal sent to the whole
     * process group (Ctrl-C in a terminal, a service manager stopping a server): the parent may be
     * finishing the files in flight and still needs the worker for them.
     */
    private static void ignoreTerminalSignals() {
        for (String name : List.of("INT", "TERM")) {
            try {
                Signal.handle(new Signal(name), SignalHandler.SIG_IGN);
            } catch (IllegalArgumentException e) {
                // not a signal on this platform
            }
        }
    }

    private static void write(DataOutputStream out, int kind, byte[] payload) {
        try {
            Frames.write(out, kind, payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Frames.Frame failed(ExtractionException e) throws IOException {
        return new Frames.Frame(Frames.FAILURE,
                CompendiumJson.mapper().writeValueAsBytes(new WorkerReply.Failed(e.failure().name(), e.detail())));
    }

    /**
     * Reads the parent's frames on a thread of their own, so that the end of standard input (the
     * parent died, even in the middle of a file) ends this process at once.
     */
    private static BlockingQueue<Frames.Frame> listen(DataInputStream in) {
        BlockingQueue<Frames.Frame> requests = new LinkedBlockingQueue<>();
        Thread listener = new Thread(() -> {
            try {
                for (Frames.Frame frame = Frames.read(in); frame != null; frame = Frames.read(in)) {
                    requests.add(frame);
                    if (frame.kind() == Frames.EXIT) {
                        return;
                    }
                }
            } catch (IOException e) {
                // a broken pipe is the parent gone, like the end of the stream
            }
            Runtime.getRuntime().halt(0);
        }, "worker-listener");
        listener.setDaemon(true);
        listener.start();
        return requests;
    }
}
