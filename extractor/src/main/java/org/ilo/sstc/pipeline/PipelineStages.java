package org.ilo.sstc.pipeline;

import java.util.Objects;
import org.ilo.sstc.entities.EntityRecognizer;
import org.ilo.sstc.fields.FieldMapper;
import org.ilo.sstc.ingest.Ingester;
import org.ilo.sstc.segment.Segmenter;

/**
 * The four stages a {@link CompendiumExtractor} runs, built once and shared by every file and thread.
 *
 * @param reader     ingest: file to neutral layout, through the one front door
 * @param segmenter  layout to preface and practices
 * @param mapper     practice to template fields
 * @param recognizer fields to entities
 */
public record PipelineStages(Ingester reader, Segmenter segmenter, FieldMapper mapper, EntityRecognizer recognizer) {
    public PipelineStages {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(segmenter, "segmenter");
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(recognizer, "recognizer");
    }
}
