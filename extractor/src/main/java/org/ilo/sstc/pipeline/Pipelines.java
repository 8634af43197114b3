package org.ilo.sstc.pipeline;

import java.util.Map;
import org.ilo.sstc.entities.CoreNlpEntityRecognizer;
import org.ilo.sstc.entities.NlpPipeline;
import org.ilo.sstc.fields.TemplateFieldMapper;
import org.ilo.sstc.ingest.FormatDetector;
import org.ilo.sstc.ingest.Ingester;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.ingest.pdf.PdfLayoutReader;
import org.ilo.sstc.ingest.text.TikaTextReader;
import org.ilo.sstc.ingest.word.DocReader;
import org.ilo.sstc.ingest.word.DocxReader;
import org.ilo.sstc.layout.SourceFormat;
import org.ilo.sstc.segment.HeadingSegmenter;

/** Builds the standard pipeline. Expensive (it loads the NLP models): build once per process and share. */
public final class Pipelines {
    private Pipelines() {
    }

    /** The extractor for every supported format, loading the NLP model. */
    public static CompendiumExtractor standard(ReadOptions options) {
        return standard(options, new NlpPipeline());
    }

    /** The extractor for every supported format on an NLP pipeline already loaded (shared between extractors). */
    public static CompendiumExtractor standard(ReadOptions options, NlpPipeline nlp) {
        return new CompendiumExtractor(standardStages(options, nlp));
    }

    /** The stages of the standard extractor, apart (the benchmark times each). */
    public static PipelineStages standardStages(ReadOptions options, NlpPipeline nlp) {
        Ingester ingester = new Ingester(new FormatDetector(), Map.of(
                SourceFormat.PDF, new PdfLayoutReader(),
                SourceFormat.DOCX, new DocxReader(),
                SourceFormat.DOC, new DocReader(),
                SourceFormat.TEXT, new TikaTextReader()),
                options);
        return new PipelineStages(ingester, new HeadingSegmenter(), new TemplateFieldMapper(),
                new CoreNlpEntityRecognizer(nlp));
    }
}
