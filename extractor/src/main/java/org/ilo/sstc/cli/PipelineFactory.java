package org.ilo.sstc.cli;

import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.pipeline.CompendiumExtractor;
import org.ilo.sstc.pipeline.LanguageOptions;

/** Builds the extractor a run uses, once per run (tests share one NLP model between runs). */
@FunctionalInterface
public interface PipelineFactory {

    /** The extractor for files read with {@code read} in the languages of {@code languages}. */
    CompendiumExtractor build(ReadOptions read, LanguageOptions languages);
}
