package org.ilo.sstc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ilo.sstc.batch.BatchRunner;
import org.ilo.sstc.batch.BatchSummary;
import org.ilo.sstc.batch.Converter;
import org.ilo.sstc.batch.InProcessConverter;
import org.ilo.sstc.batch.DurationText;
import org.ilo.sstc.batch.InputFile;
import org.ilo.sstc.batch.InputFiles;
import org.ilo.sstc.batch.LeftOutInput;
import org.ilo.sstc.batch.LineProgress;
import org.ilo.sstc.batch.Progress;
import org.ilo.sstc.batch.TerminalProgress;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.output.ReviewOutputs;
import org.ilo.sstc.output.html.PageImages;
import org.ilo.sstc.pipeline.CompendiumExtractor;
import org.ilo.sstc.pipeline.ExtractorVersion;
import org.ilo.sstc.pipeline.LanguageOptions;
import org.ilo.sstc.worker.WorkerPool;
import org.ilo.sstc.worker.WorkerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code extract INPUT... -o OUTDIR}: converts compendia to JSON in child JVMs. Exit 0 all converted, 1 some
 * failed, 2 usage, 3 the run itself failed (output not writable, disk full, workers cannot start).
 */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = ExtractCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true, subcommands = {ServeCommand.class, BenchCommand.class},
        description = {"Converts SSTC good-practice compendia (PDF, Word, text and what Apache Tika reads) into JSON.",
            "Writes OUTDIR/<input>.json per input, OUTDIR/practices.jsonl with every practice and OUTDIR/summary.json.",
            "Each JSON's \"template\" lists the labels the compendium repeats, the field each was mapped to and how "
                + "(synonym, keyword, order, unmapped, header, guidance): a label read by order, or unmapped, is a wording to add "
                + "with --profile."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input converted (or unchanged)", "1:some inputs failed (the others are converted)",
            "2:wrong usage", "3:the run itself failed (output not writable, disk full, OUTDIR in use by another run)"})
public final class ExtractCommand implements Callable<Integer> {

    /** How progress is shown. */
    enum ProgressMode { AUTO, BAR, LINES }

    /** Exit code of a run that failed as a whole, not because of its inputs. */
    public static final int RUN_FAILED = 3;

    /** Starts what converts the files of one run. */
    @FunctionalInterface
    public interface ConverterFactory {
        /**
         * A converter for {@code workers} files at once, of {@code files} in all, reading files with
         * {@code options} in the languages of {@code languages}, each child JVM with {@code heapMegabytes} of heap.
         */
        Converter start(ReadOptions options, LanguageOptions languages, int workers, int files, int heapMegabytes);
    }

    @Spec
    private CommandSpec spec;

    private final ConverterFactory converters;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Compendium files, or folders to search recursively for .pdf, .docx, .doc, .txt, .odt, .rtf, .html.")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", description = "Folder for the outputs (created if missing).")
    private Path outputDir;

    @Option(names = "--jsonl", description = "Also write OUTDIR/<input>.jsonl: the practices of each input, one per line.")
    private boolean jsonl;

    @Option(names = "--html", description = "Also write OUTDIR/<input>.html, a review page of each input, and OUTDIR/index.html.")
    private boolean html;

    @Option(names = "--xlsx", description = "Also write OUTDIR/<input>.xlsx per input and OUTDIR/practices.xlsx with every practice.")
    private boolean xlsx;

    @Option(names = "--csv", description = "Also write the practices as CSV: OUTDIR/<input>.csv and OUTDIR/practices.csv.")
    private boolean csv;

    @Option(names = "--page-dpi", paramLabel = "DPI",
            description = "Resolution of the PDF page pictures in review pages; 0 for none (default: ${DEFAULT-VALUE}).")
    private int pageDpi = PageImages.DEFAULT_DPI;

    @Option(names = "--force", description = "Convert even inputs whose output is up to date (same content, same extractor version).")
    private boolean force;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Password for encrypted PDF and Word files.")
    private String password;

    @Mixin
    private ConversionOptions conversion = new ConversionOptions();

    @Option(names = "--progress", paramLabel = "MODE",
            description = "auto, bar or lines (default: auto, a bar on a terminal and plain lines otherwise).")
    private ProgressMode progressMode = ProgressMode.AUTO;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command as users run it: files are converted in worker JVMs; this one never loads a parser or the model. */
    public ExtractCommand() {
        this((options, languages, workers, files, heap) ->
                new WorkerPool(WorkerSettings.of(workers, heap, options, languages).forFiles(files)));
    }

    /** A command converting through what {@code converters} starts. */
    public ExtractCommand(ConverterFactory converters) {
        this.converters = converters;
    }

    /** A command converting in this JVM with the pipelines {@code pipelines} builds (tests share one NLP model). */
    public static ExtractCommand inProcess(PipelineFactory pipelines) {
        return new ExtractCommand((options, languages, workers, files, heap) ->
                new InProcessConverter(pipelines.build(options, languages)));
    }

    /** The configured command line of the standard pipeline. */
    public static CommandLine commandLine() {
        return commandLine(new ExtractCommand());
    }

    /** The configured command line of {@code command}. */
    public static CommandLine commandLine(ExtractCommand command) {
        return new CommandLine(command)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    // A failure of the run itself (output folder not writable...): one line, not a stack trace.
                    commandLine.getErr().println("extract: " + e.getMessage());
                    return RUN_FAILED;
                });
    }

    @Override
    public Integer call() throws IOException {
        InputFiles.Selection selection = checkUsage();
        LanguageOptions languages = conversion.languageOptions();
        List<InputFile> files = selection.files();
        for (LeftOutInput left : selection.leftOut()) {
            spec.commandLine().getErr().println(left.line());
        }
        ReadOptions options = conversion.readOptions(password);
        int workers = Math.min(conversion.threads, files.size());
        BatchSummary summary;
        // Started first: the workers load their models while this JVM hashes the inputs.
        try (Converter converter = converters.start(options, languages, workers, files.size(),
                conversion.workerHeapMb)) {
            summary = new BatchRunner(converter, new BatchRunner.Options(outputDir, workers, force, jsonl,
                    conversion.timeout),
                    new ReviewOutputs(new ReviewOutputs.Options(html, xlsx, csv, pageDpi, password)))
                    .run(files, selection.leftOut(), progress());
        }
        spec.commandLine().getOut().print(summary.report());
        spec.commandLine().getOut().flush();
        return summary.failed() == 0 ? 0 : 1;
    }

    /** The files to convert; wrong usage (exit code 2) is found here, before the slow pipeline is built. */
    private InputFiles.Selection checkUsage() {
        if (inputs.isEmpty()) {
            throw usage("give at least one INPUT file or folder");
        }
        if (outputDir == null) {
            throw usage("give the output folder with -o OUTDIR");
        }
        if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
            throw usage("the output " + outputDir + " is a file, not a folder");
        }
        conversion.check();
        if (pageDpi < 0 || pageDpi > PageImages.MAX_DPI) {
            throw usage("--page-dpi must be 0-" + PageImages.MAX_DPI);
        }
        InputFiles.Selection selection;
        try {
            selection = InputFiles.select(inputs);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw usage(e.getMessage());
        }
        if (selection.files().isEmpty()) {
            throw usage("no supported files in " + inputs);
        }
        return selection;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private Progress progress() {
        return switch (progressMode) {
            case BAR -> new TerminalProgress(System.err);
            case LINES -> new LineProgress(spec.commandLine().getErr());
            case AUTO -> System.console() != null ? new TerminalProgress(System.err)
                    : new LineProgress(spec.commandLine().getErr());
        };
    }

    /** Reads {@code --timeout} values. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return DurationText.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The version printed by --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"compendium extractor " + ExtractorVersion.get()};
        }
    }
}
