package org.ilo.sstc.pipeline;

import java.util.List;
import java.util.Map;
import org.ilo.sstc.entities.EntityRecognizer;
import org.ilo.sstc.entities.PracticeEntities;
import org.ilo.sstc.fields.TemplateFieldMapper;
import org.ilo.sstc.ingest.FormatDetector;
import org.ilo.sstc.ingest.Ingester;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.ingest.text.TikaTextReader;
import org.ilo.sstc.ingest.word.DocReader;
import org.ilo.sstc.ingest.word.DocxReader;
import org.ilo.sstc.layout.SourceFormat;
import org.ilo.sstc.model.Entities;
import org.ilo.sstc.segment.HeadingSegmenter;

/** Builds the standard pipeline. Expensive (it loads the NLP models): build once per process and share. */
public final class Pipelines {
    private Pipelines() {
    }

    /** The extractor for every supported format. */
    public static CompendiumExtractor standard(ReadOptions options) {
        return new CompendiumExtractor(standardStages(options));
    }

    /** The stages of the standard extractor, apart (the benchmark times each). */
    public static PipelineStages standardStages(ReadOptions options) {
        TikaTextReader text = new TikaTextReader(options);
        Ingester ingester = new Ingester(new FormatDetector(), Map.of(
                SourceFormat.PDF, text, SourceFormat.DOCX, new DocxReader(options), SourceFormat.DOC, new DocReader(options),
                SourceFormat.TEXT, text),
                options);
        EntityRecognizer recognizer = practice -> new PracticeEntities(List.of(), List.of(), List.of(), List.of(),
                Entities.none(), List.of());
        return new PipelineStages(ingester, new HeadingSegmenter(), new TemplateFieldMapper(), recognizer);
    }
}
