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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.ilo.sstc.batch.Unexpected;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.output.JsonDocumentWriter;
import org.ilo.sstc.pipeline.CompendiumExtractor;
import org.ilo.sstc.pipeline.LanguageOptions;
import org.ilo.sstc.pipeline.Pipelines;

/**
 * A worker process: builds the pipeline once (the NLP model loads here, never in the parent), then
 * converts the files the parent sends, one at a time, until told to exit or until its standard input
 * closes (the parent is gone). Started by {@link WorkerProcess}; not for people to run.
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
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
        CompendiumExtractor extractor = Pipelines.standard(new ReadOptions(settings.password(), settings.maxFileBytes(),
                settings.ocr(), settings.ocrMaxPages()), languages);
        JsonDocumentWriter writer = new JsonDocumentWriter();
        Frames.write(out, Frames.READY, new byte[0]);
        while (true) {
            Frames.Frame frame = requests.take();
            if (frame.kind() != Frames.CONVERT) {
                break;
            }
            WorkerRequest request = CompendiumJson.mapper().readValue(frame.payload(), WorkerRequest.class);
            Path file = Path.of(request.file());
            try {
                byte[] json = writer.encode(extractor.extract(file, request.sha256()));
                Frames.write(out, Frames.DOCUMENT, json);
            } catch (ExtractionException e) {
                failed(out, e);
            } catch (RuntimeException | LinkageError | StackOverflowError | IOException e) {
                failed(out, Unexpected.of(file, e));
            }
        }
        System.exit(0);
    }

    private static void failed(DataOutputStream out, ExtractionException e) throws IOException {
        byte[] reply = CompendiumJson.mapper().writeValueAsBytes(new WorkerReply.Failed(e.failure().name(), e.detail()));
        Frames.write(out, Frames.FAILURE, reply);
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
