package org.ilo.sstc.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ilo.sstc.entities.NlpPipeline;
import org.ilo.sstc.entities.PracticeEntities;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.fields.CompendiumTemplate;
import org.ilo.sstc.fields.PracticeFields;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.output.JsonDocumentWriter;
import org.ilo.sstc.pipeline.CompendiumExtractor;
import org.ilo.sstc.pipeline.LanguageOptions;
import org.ilo.sstc.pipeline.LanguageStages;
import org.ilo.sstc.pipeline.Pipelines;
import org.ilo.sstc.segment.SegmentedDocument;

/**
 * The benchmark of issue 4: for each file, warm time per stage, pages and practices per second, plain
 * Tika extraction of the same file as the baseline, NER tokens per second, and throughput on a pool
 * of threads; CoreNLP start-up and peak heap for the run. Prints a table with the targets.
 */
public final class Benchmark {

    /** Issue 4: every stage but entities within this factor of plain Tika extraction. */
    static final double TIKA_RATIO_TARGET = 2.0;
    /** Issue 4: seconds per compendium end to end, warm, with 2 threads. */
    static final double SECONDS_PER_COMPENDIUM_TARGET = 1.0;

    /**
     * What to measure.
     *
     * @param files   the files to measure
     * @param warmup  rounds run first and not counted
     * @param rounds  rounds counted (the median is reported)
     * @param copies  copies of each file converted on the pool for the throughput figure
     * @param threads size of that pool
     */
    public record Settings(List<Path> files, int warmup, int rounds, int copies, int threads) {
        public Settings {
            files = List.copyOf(files);
            if (files.isEmpty() || warmup < 0 || rounds < 1 || copies < 1 || threads < 1) {
                throw new IllegalArgumentException("need files, warmup >= 0, rounds, copies and threads >= 1, but got "
                        + files.size() + " files, " + warmup + ", " + rounds + ", " + copies + ", " + threads);
            }
        }
    }

    private final Settings settings;
    private final PrintWriter out;
    private final JsonDocumentWriter writer = new JsonDocumentWriter();
    private final TikaBaseline tika = new TikaBaseline();

    public Benchmark(Settings settings, PrintWriter out) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Builds the pipeline, measures every file and prints the tables. */
    public void run() throws IOException, ExtractionException {
        HeapMeter.resetPeaks();
        long started = System.nanoTime();
        NlpPipeline nlp = new NlpPipeline();
        double nlpStartup = seconds(started);
        started = System.nanoTime();
        CompendiumExtractor extractor = Pipelines.standard(ReadOptions.defaults(), LanguageOptions.detect(), nlp);
        double restStartup = seconds(started);
        out.printf(Locale.ROOT, "Start-up: CoreNLP pipeline %.2f s; the rest of the extractor (Tika, readers, "
                + "gazetteer) %.2f s.%n", nlpStartup, restStartup);
        out.printf(Locale.ROOT, "Warm figures: median of %d rounds after %d warm-up rounds, one thread; "
                + "throughput: %d copies on %d threads.%n%n", settings.rounds(), settings.warmup(), settings.copies(),
                settings.threads());
        out.flush();
        List<FileFigures> figures = new ArrayList<>();
        for (Path file : settings.files()) {
            figures.add(measure(extractor, nlp, file));
        }
        BenchTables.stages(figures, settings.threads(), out);
        BenchTables.targets(figures, settings.threads(), nlpStartup, HeapMeter.peakMb(), HeapMeter.maxMb(), out);
        out.flush();
    }

    private FileFigures measure(CompendiumExtractor extractor, NlpPipeline nlp, Path file)
            throws IOException, ExtractionException {
        String sha256 = CompendiumExtractor.sha256(file);
        List<StageTimes> rounds = new ArrayList<>();
        CompendiumDocument document = null;
        List<PracticeFields> fields = List.of();
        double[] tikaRounds = new double[settings.rounds()];
        for (int round = 0; round < settings.warmup() + settings.rounds(); round++) {
            Conversion conversion = convert(extractor, file, sha256);
            long started = System.nanoTime();
            tika.extract(file);
            double tikaSeconds = seconds(started);
            if (round >= settings.warmup()) {
                rounds.add(conversion.times());
                tikaRounds[round - settings.warmup()] = tikaSeconds;
            }
            document = conversion.document();
            fields = conversion.fields();
        }
        int tokens = fields.stream().mapToInt(practice -> nlp.tokenCount(practice.fullText())).sum();
        int pages = document.source().pages() == null ? 0 : document.source().pages();
        return new FileFigures(file.getFileName().toString(), pages, document.practices().size(),
                StageTimes.median(rounds), StageTimes.median(tikaRounds), tokens, onPool(extractor, file, sha256));
    }

    /** One conversion timed stage by stage, with what it produced. */
    private record Conversion(StageTimes times, CompendiumDocument document, List<PracticeFields> fields) {
    }

    private Conversion convert(CompendiumExtractor extractor, Path file, String sha256)
            throws IOException, ExtractionException {
        long t0 = System.nanoTime();
        LayoutDocument layout = extractor.ingest(file);
        long t1 = System.nanoTime();
        SegmentedDocument segmented = extractor.segment(file, layout);
        long t2 = System.nanoTime();
        // Choosing the language is counted with the fields it decides how to read.
        LanguageStages language = extractor.language(layout, segmented);
        CompendiumTemplate template = extractor.template(segmented, language);
        List<PracticeFields> fields = extractor.fields(file, segmented, language, template);
        long t3 = System.nanoTime();
        List<PracticeEntities> entities = extractor.entities(file, fields, language);
        long t4 = System.nanoTime();
        CompendiumDocument document = CompendiumExtractor.assemble(file, sha256, layout, segmented, language, template,
                fields, entities);
        writer.encode(document);
        long t5 = System.nanoTime();
        StageTimes times = new StageTimes((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9,
                (t5 - t4) / 1e9);
        return new Conversion(times, document, fields);
    }

    /** Wall-clock seconds per copy when {@code copies} conversions share the pool, end to end (extract and encode). */
    private double onPool(CompendiumExtractor extractor, Path file, String sha256) throws ExtractionException {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            long started = System.nanoTime();
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < settings.copies(); i++) {
                results.add(pool.submit(() -> writer.encode(extractor.extract(file, sha256))));
            }
            for (Future<byte[]> result : results) {
                result.get();
            }
            return seconds(started) / settings.copies();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionException failure) {
                throw failure;
            }
            throw new IllegalStateException("conversion on the pool failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
