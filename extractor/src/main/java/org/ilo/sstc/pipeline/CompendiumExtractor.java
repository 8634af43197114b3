package org.ilo.sstc.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ilo.sstc.entities.PracticeEntities;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.fields.CompendiumTemplate;
import org.ilo.sstc.fields.PracticeFields;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.SourceFormat;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.Practice;
import org.ilo.sstc.model.Source;
import org.ilo.sstc.model.TemplateEntry;
import org.ilo.sstc.segment.PracticeSegment;
import org.ilo.sstc.segment.SegmentedDocument;

/**
 * The whole pipeline for one file: ingest, segment, map fields, recognise entities, assemble. Each
 * stage is also callable on its own (the benchmark times them). Thread-safe. A conversion whose thread
 * is interrupted (the batch's timeout) stops at the next stage or practice with {@link Failure#TIMEOUT}.
 */
public final class CompendiumExtractor {

    private final PipelineStages stages;

    public CompendiumExtractor(PipelineStages stages) {
        this.stages = Objects.requireNonNull(stages, "stages");
    }

    /** Converts {@code file}; a file that is not a compendium fails with {@link Failure#NOT_A_COMPENDIUM}. */
    public CompendiumDocument extract(Path file) throws ExtractionException {
        return extract(file, sha256(file));
    }

    /** Converts {@code file} whose SHA-256 the caller already computed. */
    public CompendiumDocument extract(Path file, String sha256) throws ExtractionException {
        LayoutDocument layout = ingest(file);
        SegmentedDocument segmented = segment(file, layout);
        LanguageStages language = language(layout, segmented);
        CompendiumTemplate template = template(segmented, language);
        List<PracticeFields> fields = fields(file, segmented, language, template);
        List<PracticeEntities> entities = entities(file, fields, language);
        return assemble(file, sha256, layout, segmented, language, template, fields, entities);
    }

    /** Stage 1: reads the file into the neutral layout. */
    public LayoutDocument ingest(Path file) throws ExtractionException {
        return stages.reader().read(file);
    }

    /** Stage 2: cuts the layout into preface and practices; none at all is {@link Failure#NOT_A_COMPENDIUM}. */
    public SegmentedDocument segment(Path file, LayoutDocument layout) throws ExtractionException {
        SegmentedDocument segmented = stages.segmenter().split(layout);
        if (segmented.practices().isEmpty()) {
            throw new ExtractionException(file, Failure.NOT_A_COMPENDIUM,
                    "expected headings like 'GOOD PRACTICE 1 – REGION – title'");
        }
        return segmented;
    }

    /**
     * Stage 3: the language the document is written in (the one forced, or the one detected), with the
     * stages that read that language; the first document of a language loads its NER model.
     */
    public LanguageStages language(LayoutDocument layout, SegmentedDocument segmented) {
        return stages.languages().choose(layout, segmented);
    }

    /** Stage 4: the template the compendium repeats in its practices, read from the practices themselves. */
    public CompendiumTemplate template(SegmentedDocument segmented, LanguageStages language) {
        return language.mapper().template(segmented.practices());
    }

    /** Stage 5: the template fields of each practice. */
    public List<PracticeFields> fields(Path file, SegmentedDocument segmented, LanguageStages language,
                                      CompendiumTemplate template) throws ExtractionException {
        List<PracticeFields> fields = new ArrayList<>(segmented.practices().size());
        for (PracticeSegment practice : segmented.practices()) {
            stopIfInterrupted(file);
            fields.add(language.mapper().map(practice, template));
        }
        return fields;
    }

    /** Stage 6: the entities of each practice (the slow stage: NER). */
    public List<PracticeEntities> entities(Path file, List<PracticeFields> fields, LanguageStages language)
            throws ExtractionException {
        List<PracticeEntities> entities = new ArrayList<>(fields.size());
        for (PracticeFields practice : fields) {
            stopIfInterrupted(file);
            entities.add(language.recognizer().recognise(practice));
        }
        return entities;
    }

    /** Puts the stages' results together into the output document. */
    public static CompendiumDocument assemble(Path file, String sha256, LayoutDocument layout, SegmentedDocument segmented,
                                              LanguageStages language, CompendiumTemplate template,
                                              List<PracticeFields> fields, List<PracticeEntities> entities) {
        List<Practice> practices = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            practices.add(PracticeAssembler.assemble(fields.get(i), entities.get(i)));
        }
        List<String> warnings = new ArrayList<>(layout.warnings());
        warnings.addAll(segmented.warnings());
        warnings.addAll(PracticeNumbering.warnings(practices.stream().map(Practice::number).toList()));
        Integer pages = layout.format() == SourceFormat.TEXT && layout.pageCount() == 0 ? null : layout.pageCount();
        Source source = new Source(file.getFileName().toString(), sha256, layout.format().id(), pages);
        return new CompendiumDocument(CompendiumDocument.SCHEMA_VERSION, ExtractorVersion.get(), source,
                language.profile().language(), templateEntries(template), language.mapper().preface(segmented.preface()),
                practices, warnings);
    }

    private static List<TemplateEntry> templateEntries(CompendiumTemplate template) {
        return template.labels().stream().map(label -> new TemplateEntry(label.text(),
                label.field() == null ? null : label.field().outputName(),
                label.mapping().name().toLowerCase(Locale.ROOT), label.practices())).toList();
    }

    /** Hex SHA-256 of the file's bytes, read in a stream so large files do not fill the heap. */
    public static String sha256(Path file) throws ExtractionException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new ExtractionException(file, Failure.IO_ERROR, e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The batch interrupts a conversion it gave up on; stop at once rather than finish work nobody will use. */
    private static void stopIfInterrupted(Path file) throws ExtractionException {
        if (Thread.currentThread().isInterrupted()) {
            throw new ExtractionException(file, Failure.TIMEOUT, "cancelled");
        }
    }
}
