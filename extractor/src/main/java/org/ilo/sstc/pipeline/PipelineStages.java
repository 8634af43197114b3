package org.ilo.sstc.pipeline;

import java.util.Objects;
import org.ilo.sstc.ingest.Ingester;
import org.ilo.sstc.segment.Segmenter;

/**
 * The stages a {@link CompendiumExtractor} runs, built once and shared by every file and thread: the
 * language-blind ones, and the chooser that hands out the stages of each document's language.
 *
 * @param reader    ingest: file to neutral layout, through the one front door
 * @param segmenter layout to preface and practices (knows the heading words of every language)
 * @param languages picks a document's language and its fields and entity stages
 */
public record PipelineStages(Ingester reader, Segmenter segmenter, LanguageChooser languages) {
    public PipelineStages {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(segmenter, "segmenter");
        Objects.requireNonNull(languages, "languages");
    }
}
