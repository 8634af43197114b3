package org.ilo.sstc.pipeline;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.ilo.sstc.entities.CoreNlpEntityRecognizer;
import org.ilo.sstc.entities.NlpModels;
import org.ilo.sstc.entities.NlpPipeline;
import org.ilo.sstc.fields.TemplateFieldMapper;
import org.ilo.sstc.ingest.FormatDetector;
import org.ilo.sstc.ingest.Ingester;
import org.ilo.sstc.ingest.PageNumbers;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.ingest.pdf.PdfLayoutReader;
import org.ilo.sstc.ingest.text.TikaTextReader;
import org.ilo.sstc.ingest.word.DocReader;
import org.ilo.sstc.ingest.word.DocxReader;
import org.ilo.sstc.layout.SourceFormat;
import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.profile.Profiles;
import org.ilo.sstc.segment.HeadingSegmenter;

/** Builds the standard pipeline. Expensive (it loads the NLP models): build once per process and share. */
public final class Pipelines {
    private Pipelines() {
    }

    /** The extractor for every supported format on the bundled profiles, each document's language detected. */
    public static CompendiumExtractor standard(ReadOptions options) {
        return standard(options, LanguageOptions.detect(), new NlpPipeline());
    }

    /** The extractor on the profiles and language of {@code languages}, loading the English NLP model. */
    public static CompendiumExtractor standard(ReadOptions options, LanguageOptions languages) {
        return standard(options, languages, new NlpPipeline());
    }

    /** The extractor on an English NLP pipeline already loaded (shared between extractors). */
    public static CompendiumExtractor standard(ReadOptions options, LanguageOptions languages, NlpPipeline english) {
        return standard(options, languages, new NlpModels(english));
    }

    /**
     * The extractor on NLP models shared between extractors: another language's model is loaded the first
     * time any of them meets a document of that language.
     */
    public static CompendiumExtractor standard(ReadOptions options, LanguageOptions languages, NlpModels models) {
        return new CompendiumExtractor(standardStages(options, languages, () -> models));
    }

    /**
     * The extractor on NLP models still loading: a file is read and segmented meanwhile, and its fields and
     * entities wait for them (a worker overlaps its start-up with its first file so).
     */
    public static CompendiumExtractor standard(ReadOptions options, LanguageOptions languages,
                                               CompletableFuture<NlpModels> models) {
        return new CompendiumExtractor(standardStages(options, languages, models::join));
    }

    /** The stages of the standard extractor, apart (the benchmark times each). */
    public static PipelineStages standardStages(ReadOptions options, LanguageOptions languages, NlpPipeline english) {
        NlpModels models = new NlpModels(english);
        return standardStages(options, languages, () -> models);
    }

    private static PipelineStages standardStages(ReadOptions options, LanguageOptions languages,
                                                 Supplier<NlpModels> models) {
        Profiles profiles = languages.profiles();
        PageNumbers pageNumbers = PageNumbers.of(profiles);
        Ingester ingester = new Ingester(new FormatDetector(), Map.of(
                SourceFormat.PDF, new PdfLayoutReader(pageNumbers),
                SourceFormat.DOCX, new DocxReader(),
                SourceFormat.DOC, new DocReader(),
                SourceFormat.TEXT, new TikaTextReader(pageNumbers)),
                options);
        LanguageChooser chooser = new LanguageChooser(profiles, languages.forcedLanguage(),
                profile -> languageStages(profile, models.get()));
        return new PipelineStages(ingester, new HeadingSegmenter(profiles), chooser);
    }

    private static LanguageStages languageStages(CompendiumProfile profile, NlpModels models) {
        NlpPipeline nlp = models.forProfile(profile);
        return new LanguageStages(profile, new TemplateFieldMapper(profile), new CoreNlpEntityRecognizer(nlp, profile));
    }
}
