package org.ilo.sstc.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ilo.sstc.batch.BatchRunner;
import org.ilo.sstc.batch.BatchSummary;
import org.ilo.sstc.batch.InProcessConverter;
import org.ilo.sstc.batch.FileOutcome;
import org.ilo.sstc.batch.InputFile;
import org.ilo.sstc.batch.Progress;
import org.ilo.sstc.entities.NlpPipeline;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.pipeline.CompendiumExtractor;
import org.ilo.sstc.pipeline.LanguageOptions;
import org.ilo.sstc.pipeline.Pipelines;

/**
 * Converts many copies of one compendium in this JVM through the real batch (outputs written to a
 * temporary folder) and prints the heap after a full collection every ten files: flat figures mean
 * nothing is kept from one file to the next.
 */
public final class BatchSoak {
    private static final int EVERY = 10;

    private final Path sample;
    private final int copies;
    private final int threads;
    private final PrintWriter out;

    public BatchSoak(Path sample, int copies, int threads, PrintWriter out) {
        this.sample = sample;
        this.copies = copies;
        this.threads = threads;
        this.out = out;
    }

    /** Runs the batch; returns the number of files that failed (0 when all converted). */
    public int run() throws IOException {
        Path work = Files.createTempDirectory("extract-bench-");
        try {
            Path in = Files.createDirectories(work.resolve("in"));
            String name = sample.getFileName().toString();
            List<InputFile> files = new ArrayList<>(copies);
            for (int i = 1; i <= copies; i++) {
                String copy = String.format(Locale.ROOT, "%04d-%s", i, name);
                files.add(new InputFile(Files.copy(sample, in.resolve(copy)), copy));
            }
            CompendiumExtractor extractor = Pipelines.standard(ReadOptions.defaults(), LanguageOptions.detect(), new NlpPipeline());
            out.printf(Locale.ROOT, "Batch of %d copies of %s on %d threads, max heap %.0f MB; heap after a full GC:%n",
                    copies, name, threads, HeapMeter.maxMb());
            out.flush();
            HeapProgress progress = new HeapProgress();
            BatchSummary summary;
            try (InProcessConverter converter = new InProcessConverter(extractor)) {
                summary = new BatchRunner(converter, new BatchRunner.Options(work.resolve("out"), threads, true, false,
                        Duration.ZERO)).run(files, progress);
            }
            out.print(summary.report());
            progress.conclude();
            out.flush();
            return summary.failed();
        } finally {
            deleteTree(work);
        }
    }

    /** Collects and prints the heap every {@link #EVERY} files. */
    private final class HeapProgress implements Progress {
        private final List<Double> heap = new ArrayList<>();
        private int done;

        @Override
        public synchronized void start(int files) {
            // nothing to show before the first files are done
        }

        @Override
        public synchronized void finished(FileOutcome outcome) {
            done++;
            if (done % EVERY == 0) {
                double mb = HeapMeter.afterGcMb();
                heap.add(mb);
                out.printf(Locale.ROOT, "  %4d files  %7.1f MB%n", done, mb);
                out.flush();
            }
        }

        @Override
        public void close() {
            // the summary follows
        }

        /** First, last and highest figure, and the growth per 100 files between the first and the last. */
        synchronized void conclude() {
            if (heap.size() < 2) {
                return;
            }
            double first = heap.get(0);
            double last = heap.get(heap.size() - 1);
            double max = heap.stream().mapToDouble(Double::doubleValue).max().orElse(last);
            double growth = (last - first) / ((heap.size() - 1) * EVERY) * 100;
            out.printf(Locale.ROOT, "heap after GC: first %.1f MB, last %.1f MB, highest %.1f MB; %+.1f MB per 100 files%n",
                    first, last, max, growth);
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
