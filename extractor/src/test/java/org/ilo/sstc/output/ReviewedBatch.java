package org.ilo.sstc.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.ilo.sstc.batch.CompendiumFixtures;
import org.ilo.sstc.cli.Cli;
import org.ilo.sstc.pipeline.SharedPipeline;

/**
 * One run of {@code extract samples/ hostile.txt -o target/reviewed --html --xlsx --csv}, made once per
 * test JVM and shared by the tests of its outputs (the run loads the NLP model and converts four files).
 */
public final class ReviewedBatch {

    /** The text shown in the title of the made-up compendium's first practice. */
    public static final String SCRIPT = "<script>alert(1)</script>";
    /** The made-up compendium. */
    public static final String HOSTILE = "hostile.txt";

    private static final class Run {
        static final Path OUT = convert();
    }

    private ReviewedBatch() {
    }

    /** The output folder of the run. */
    public static Path outputDir() {
        return Run.OUT;
    }

    /** The institution of the made-up compendium's first practice: markup that would run if not escaped. */
    public static final String MARKUP = "Example <img src=x onerror=alert(2)> & \"Partners\"";

    /**
     * A compendium of two made-up practices (each with warnings: the made-up template lacks rows) whose
     * first has a script for its title and markup for its institution.
     */
    static Path hostileCompendium(Path file) throws IOException {
        List<String> lines = new ArrayList<>(CompendiumFixtures.lines(2));
        int title = IntStream.range(0, lines.size()).filter(i -> lines.get(i).startsWith("Title of")).findFirst()
                .orElseThrow();
        lines.set(title, lines.get(title).replace("Apprenticeships for harbour workers", SCRIPT));
        lines.set(lines.indexOf("Institution: Example Training Institute"), "Institution: " + MARKUP);
        Files.createDirectories(file.getParent());
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static Path convert() {
        try {
            Path out = Path.of("target", "reviewed").toAbsolutePath();
            Path hostile = hostileCompendium(Path.of("target", "reviewed-input", HOSTILE).toAbsolutePath());
            Cli.Result result = Cli.run(SharedPipeline.projectRoot().resolve("samples").toString(), hostile.toString(),
                    "-o", out.toString(), "--html", "--xlsx", "--csv", "--force");
            if (result.exitCode() != 0) {
                throw new IllegalStateException("extract failed: " + result.out() + result.err());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
