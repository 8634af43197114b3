package org.ilo.sstc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ilo.sstc.pipeline.CompendiumExtractor;
import org.ilo.sstc.pipeline.Pipelines;
import org.ilo.sstc.pipeline.SharedPipeline;
import picocli.CommandLine;

/** Runs the {@code extract} command in process, as a user would type it, capturing what it prints. */
public final class Cli {

    /** Pipelines by options, sharing the NER models: each loads once per test JVM, not once per command run. */
    private static final Map<List<Object>, CompendiumExtractor> PIPELINES = new ConcurrentHashMap<>();

    private Cli() {
    }

    /**
     * What one run gave.
     *
     * @param exitCode the process exit code main would return
     * @param out      what went to standard output
     * @param err      what went to standard error
     */
    public record Result(int exitCode, String out, String err) {
    }

    /** Runs {@code extract IN -o OUT options...}. */
    public static Result extract(Path in, Path out, String... options) {
        List<String> args = new ArrayList<>(List.of(in.toString(), "-o", out.toString()));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    /** Runs {@code extract args...}. */
    public static Result run(String... args) {
        CommandLine command = ExtractCommand.commandLine(
                ExtractCommand.inProcess((read, languages) -> PIPELINES.computeIfAbsent(List.of(read, languages),
                        o -> Pipelines.standard(read, languages, SharedPipeline.models()))));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exitCode = command.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
