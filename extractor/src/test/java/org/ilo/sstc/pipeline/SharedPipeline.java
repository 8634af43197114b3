package org.ilo.sstc.pipeline;

import java.nio.file.Path;
import org.ilo.sstc.ingest.ReadOptions;

/** The standard pipeline, built once per test JVM: loading the NLP models takes seconds. */
public final class SharedPipeline {
    private static final CompendiumExtractor EXTRACTOR = Pipelines.standard(ReadOptions.defaults());

    private SharedPipeline() {
    }

    public static CompendiumExtractor extractor() {
        return EXTRACTOR;
    }

    /** The repository's root folder (Surefire and Failsafe set {@code project.root}). */
    public static Path projectRoot() {
        return Path.of(System.getProperty("project.root", ".."));
    }

    /** A file of {@code samples/}. */
    public static Path sample(String name) {
        return projectRoot().resolve("samples").resolve(name);
    }
}
