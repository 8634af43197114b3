package org.ilo.sstc.pipeline;

import java.util.Map;
import org.ilo.sstc.entities.EntityRecognizer;
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

    /** The extractor for every supported format. */
    public static CompendiumExtractor standard(ReadOptions options) {
        TikaTextReader text = new TikaTextReader(options);
        Ingester ingester = new Ingester(new FormatDetector(), Map.of(
                SourceFormat.PDF, new PdfLayoutReader(options), SourceFormat.DOCX, new DocxReader(options), SourceFormat.DOC, new DocReader(options),
                SourceFormat.TEXT, text),
                options);
        EntityRecognizer recognizer = new CoreNlpEntityRecognizer(new NlpPipeline());
        return new CompendiumExtractor(ingester, new HeadingSegmenter(), new TemplateFieldMapper(), recognizer);
    }
}
