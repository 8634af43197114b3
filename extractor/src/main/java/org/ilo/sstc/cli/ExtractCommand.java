package org.ilo.sstc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ilo.sstc.batch.BatchRunner;
import org.ilo.sstc.batch.BatchSummary;
import org.ilo.sstc.batch.InputFile;
import org.ilo.sstc.batch.InputFiles;
import org.ilo.sstc.batch.LineProgress;
import org.ilo.sstc.batch.Progress;
import org.ilo.sstc.batch.TerminalProgress;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.pipeline.CompendiumExtractor;
import org.ilo.sstc.pipeline.ExtractorVersion;
import org.ilo.sstc.pipeline.Pipelines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract INPUT... -o OUTDIR}: converts compendia to JSON. Exit 0 all converted, 1 some failed, 2 usage. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = ExtractCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Converts SSTC good-practice compendia (PDF, Word, text and what Apache Tika reads) into JSON.",
            "Writes OUTDIR/<input>.json per input, OUTDIR/practices.jsonl with every practice and OUTDIR/summary.json."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input converted (or unchanged)", "1:some inputs failed", "2:wrong usage"})
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Compendium files, or folders to search recursively for .pdf, .docx, .doc, .txt, .odt, .rtf, .html.")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", description = "Folder for the outputs (created if missing).")
    private Path outputDir;

    @Option(names = "--jsonl", description = "Also write OUTDIR/<input>.jsonl: one practice per line.")
    private boolean jsonl;

    @Option(names = "--threads", paramLabel = "N", description = "Files converted at once (default: number of cores, ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "Convert even inputs whose output is up to date (same content, same extractor version).")
    private boolean force;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Password for encrypted PDFs.")
    private String password;

    @Option(names = "--no-ocr", description = "Do not try OCR (Tesseract, when installed) on scanned pages.")
    private boolean noOcr;

    @Option(names = "--max-file-mb", paramLabel = "MB", description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE}).")
    private long maxFileMb = ReadOptions.DEFAULT_MAX_FILE_BYTES / (1024 * 1024);

    @Option(names = "--progress", paramLabel = "MODE",
            description = "bar, lines or auto (default: a bar on a terminal, plain lines otherwise).")
    private String progressMode = "auto";

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by main and tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new ExtractCommand());
    }

    @Override
    public Integer call() throws IOException {
        if (inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give at least one INPUT file or folder");
        }
        if (outputDir == null) {
            throw new ParameterException(spec.commandLine(), "give the output folder with -o OUTDIR");
        }
        if (threads < 1 || maxFileMb < 1) {
            throw new ParameterException(spec.commandLine(), "--threads and --max-file-mb must be at least 1");
        }
        List<InputFile> files;
        try {
            files = InputFiles.collect(inputs);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no supported files in " + inputs);
        }
        ReadOptions options = new ReadOptions(password, maxFileMb * 1024 * 1024, !noOcr);
        CompendiumExtractor extractor = Pipelines.standard(options);
        BatchRunner runner = new BatchRunner(extractor, new BatchRunner.Options(outputDir,
                Math.min(threads, files.size()), force, jsonl));
        BatchSummary summary = runner.run(files, progress());
        spec.commandLine().getOut().print(summary.report());
        spec.commandLine().getOut().flush();
        return summary.failed() == 0 ? 0 : 1;
    }

    private Progress progress() {
        boolean terminal = System.console() != null;
        return switch (progressMode) {
            case "bar" -> new TerminalProgress(System.err);
            case "lines" -> new LineProgress(System.err);
            case "auto" -> terminal ? new TerminalProgress(System.err) : new LineProgress(System.err);
            default -> throw new ParameterException(spec.commandLine(),
                    "--progress must be bar, lines or auto, but is " + progressMode);
        };
    }

    /** The version printed by --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"compendium extractor " + ExtractorVersion.get()};
        }
    }
}
