package org.ilo.sstc.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.pipeline.LanguageOptions;
import org.ilo.sstc.worker.WorkerSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of how files are converted, the same for {@code extract} and {@code extract serve}. */
final class ConversionOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files converted at once, each in a worker JVM of its own (default: number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-ocr", description = "Do not OCR PDFs without a text layer, even when Tesseract is installed.")
    boolean noOcr;

    @Option(names = "--max-file-mb", paramLabel = "MB", description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileMb = ReadOptions.DEFAULT_MAX_FILE_BYTES / (1024 * 1024);

    // Ten minutes: a 44-page compendium takes seconds, OCR of a 100-page scan a few minutes.
    @Option(names = "--timeout", paramLabel = "DURATION", converter = ExtractCommand.DurationConverter.class,
            defaultValue = "10m",
            description = "Give up on a file whose conversion takes longer: 90s, 500ms, 10m; 0 for no limit (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Read every input as written in LANG (en, es, fr, pt, or one a --profile folder adds) "
                    + "instead of detecting each one's language.")
    String language;

    @Option(names = "--profile", paramLabel = "DIR",
            description = "Add the wordings of DIR/<lang>/ (labels.txt, words.txt, country-names.tsv, ...) to the "
                    + "bundled profiles; a DIR/<lang>/ with a profile.properties adds a language.")
    Path profileFolder;

    @Option(names = "--worker-heap", paramLabel = "MB",
            description = "Heap of each worker JVM in MB; a file needing more fails as OUT_OF_MEMORY (default: ${DEFAULT-VALUE}).")
    int workerHeapMb = WorkerSettings.DEFAULT_HEAP_MEGABYTES;

    @Option(names = "--ocr-max-pages", paramLabel = "N",
            description = "Read at most N pages of one scanned PDF by OCR; blank pages are skipped (default: ${DEFAULT-VALUE}).")
    int ocrMaxPages = ReadOptions.DEFAULT_OCR_MAX_PAGES;

    /** Fails as wrong usage (exit code 2) on a value out of range. */
    void check() {
        if (threads < 1 || maxFileMb < 1 || ocrMaxPages < 1) {
            throw usage("--threads, --max-file-mb and --ocr-max-pages must be at least 1");
        }
        if (workerHeapMb < 256) {
            throw usage("--worker-heap must be at least 256 (MB): the NLP model alone takes about 120 MB");
        }
    }

    /** How files are read, with {@code password} for encrypted ones (may be null). */
    ReadOptions readOptions(String password) {
        return new ReadOptions(password, maxFileBytes(), !noOcr, ocrMaxPages);
    }

    /** The size limit in bytes. */
    long maxFileBytes() {
        return maxFileMb * 1024 * 1024;
    }

    /** The profiles and language of the run; a bad --profile file or unknown --lang is a usage error. */
    LanguageOptions languageOptions() {
        try {
            return LanguageOptions.of(profileFolder, language);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
