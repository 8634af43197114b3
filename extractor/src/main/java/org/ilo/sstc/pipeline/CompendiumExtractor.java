package org.ilo.sstc.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.ilo.sstc.entities.EntityRecognizer;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.fields.FieldMapper;
import org.ilo.sstc.fields.PracticeFields;
import org.ilo.sstc.fields.PrefaceText;
import org.ilo.sstc.ingest.DocumentReader;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.SourceFormat;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.Practice;
import org.ilo.sstc.model.Source;
import org.ilo.sstc.segment.SegmentedDocument;
import org.ilo.sstc.segment.Segmenter;

/** The whole pipeline for one file: ingest, segment, map fields, recognise entities. Thread-safe. */
public final class CompendiumExtractor {

    private final DocumentReader reader;
    private final Segmenter segmenter;
    private final FieldMapper mapper;
    private final EntityRecognizer recognizer;

    public CompendiumExtractor(DocumentReader reader, Segmenter segmenter, FieldMapper mapper,
                               EntityRecognizer recognizer) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
    }

    /** Converts {@code file}; a file that is not a compendium fails with {@link Failure#NOT_A_COMPENDIUM}. */
    public CompendiumDocument extract(Path file) throws ExtractionException {
        return extract(file, sha256(file));
    }

    /** Converts {@code file} whose SHA-256 the caller already computed. */
    public CompendiumDocument extract(Path file, String sha256) throws ExtractionException {
        LayoutDocument layout = reader.read(file);
        SegmentedDocument segmented = segmenter.split(layout);
        if (segmented.practices().isEmpty()) {
            throw new ExtractionException(file, Failure.NOT_A_COMPENDIUM,
                    "expected headings like 'GOOD PRACTICE 1 – AFRICA – title'");
        }
        List<Practice> practices = segmented.practices().stream()
                .map(mapper::map)
                .map(this::assemble)
                .toList();
        List<String> warnings = new java.util.ArrayList<>(layout.warnings());
        warnings.addAll(segmented.warnings());
        Integer pages = layout.format() == SourceFormat.TEXT && layout.pageCount() == 0 ? null : layout.pageCount();
        Source source = new Source(file.getFileName().toString(), sha256, layout.format().id(), pages);
        return new CompendiumDocument(CompendiumDocument.SCHEMA_VERSION, ExtractorVersion.get(), source,
                PrefaceText.of(segmented.preface()),
                practices, warnings);
    }

    private Practice assemble(PracticeFields fields) {
        return PracticeAssembler.assemble(fields, recognizer.recognise(fields));
    }

    /** Hex SHA-256 of the file's bytes, read in a stream so large files do not fill the heap. */
    public static String sha256(Path file) throws ExtractionException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new ExtractionException(file, Failure.IO_ERROR, e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
