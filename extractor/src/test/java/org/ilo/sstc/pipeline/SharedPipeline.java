package org.ilo.sstc.pipeline;

import java.nio.file.Path;
import org.ilo.sstc.entities.NlpModels;
import org.ilo.sstc.entities.NlpPipeline;
import org.ilo.sstc.ingest.ReadOptions;

/**
 * The standard pipeline and its NLP models, built once per test JVM: loading a model takes seconds and
 * 100-150 MB of heap, so every extractor of the tests shares them (each language's loaded on first use).
 */
public final class SharedPipeline {

    /** Loaded on first use only, so that tests of wrong usage never wait for a model. */
    private static final class Models {
        static final NlpModels MODELS = new NlpModels(new NlpPipeline());
    }

    private static final class Extractor {
        static final CompendiumExtractor EXTRACTOR = Pipelines.standard(ReadOptions.defaults(), LanguageOptions.detect(),
                Models.MODELS);
    }

    private SharedPipeline() {
    }

    public static CompendiumExtractor extractor() {
        return Extractor.EXTRACTOR;
    }

    /** The NLP models every extractor of the tests shares. */
    public static NlpModels models() {
        return Models.MODELS;
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
