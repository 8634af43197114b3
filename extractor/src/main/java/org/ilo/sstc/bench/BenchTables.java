package org.ilo.sstc.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints the benchmark's figures as compact tables, the targets beside them. */
final class BenchTables {
    private BenchTables() {
    }

    /** One row per file: milliseconds per stage, throughput, the Tika baseline and the pool figure. */
    static void stages(List<FileFigures> figures, int threads, PrintWriter out) {
        int width = nameWidth(figures);
        out.printf(Locale.ROOT, "%-" + width + "s %5s %4s | %7s %7s %7s %8s %7s | %7s %7s %6s | %7s %6s | %9s | %s%n",
                "file", "pages", "prac", "ingest", "segment", "fields", "entities", "write", "total", "pages/s", "prac/s",
                "tika", "ratio", "NER tok/s", threads + " threads s/file");
        for (FileFigures f : figures) {
            StageTimes s = f.stages();
            out.printf(Locale.ROOT,
                    "%-" + width + "s %5s %4d | %7.1f %7.1f %7.1f %8.1f %7.1f | %7.1f %7s %6.1f | %7.1f %5.2fx | %9.0f | %.2f%n",
                    f.name(), f.pages() == 0 ? "-" : Integer.toString(f.pages()), f.practices(),
                    ms(s.ingest()), ms(s.segment()), ms(s.fields()), ms(s.entities()), ms(s.write()), ms(s.total()),
                    f.pages() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", f.pages() / s.total()),
                    f.practices() / s.total(), ms(f.tika()), f.ratioToTika(), f.tokensPerSecond(), f.secondsPerFile());
        }
        out.println("(milliseconds; ratio = all stages but entities / plain Tika text extraction of the same file)");
        out.println();
    }

    /** The targets, each beside what was measured. */
    static void targets(List<FileFigures> figures, int threads, double nlpStartup, double peakMb, double maxMb,
                        PrintWriter out) {
        int width = Math.max(nameWidth(figures) + 34, 52);
        String row = "%-" + width + "s %10s   %-14s %s%n";
        out.printf(Locale.ROOT, row, "Issue 4 target", "measured", "target", "");
        for (FileFigures f : figures) {
            out.printf(Locale.ROOT, row, "stages but entities / plain Tika: " + f.name(),
                    String.format(Locale.ROOT, "%.2fx", f.ratioToTika()),
                    String.format(Locale.ROOT, "<= %.0fx", Benchmark.TIKA_RATIO_TARGET),
                    verdict(f.ratioToTika() <= Benchmark.TIKA_RATIO_TARGET));
        }
        for (FileFigures f : figures) {
            out.printf(Locale.ROOT, row, "end to end, warm, " + threads + " threads: " + f.name(),
                    String.format(Locale.ROOT, "%.2f s", f.secondsPerFile()),
                    String.format(Locale.ROOT, "<= %.0f s", Benchmark.SECONDS_PER_COMPENDIUM_TARGET),
                    threads == 2 ? verdict(f.secondsPerFile() <= Benchmark.SECONDS_PER_COMPENDIUM_TARGET) : "(target is for 2)");
        }
        out.printf(Locale.ROOT, row, "CoreNLP start-up (building the pipeline)", String.format(Locale.ROOT, "%.2f s", nlpStartup),
                "1.6-3.2 s", "(issue's reference)");
        out.printf(Locale.ROOT, row, "peak heap of this run (sum of heap pool peaks)", String.format(Locale.ROOT, "%.0f MB", peakMb),
                String.format(Locale.ROOT, "< %.0f MB", maxMb), verdict(peakMb < maxMb));
        out.println("(the 200-compendia batch in one JVM with -Xmx2g: extract bench --batch 200)");
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT MET";
    }

    private static int nameWidth(List<FileFigures> figures) {
        return Math.max(4, figures.stream().mapToInt(f -> f.name().length()).max().orElse(4));
    }

    private static double ms(double seconds) {
        return seconds * 1000;
    }
}
