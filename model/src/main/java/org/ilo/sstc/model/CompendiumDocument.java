package org.ilo.sstc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * The JSON document written for one input compendium.
 *
 * @param schemaVersion    version of {@code compendium.schema.json} this document follows
 * @param extractorVersion version of the extractor that wrote it (a re-run skips inputs converted by the same version)
 * @param source        the input file this document was extracted from
 * @param language      ISO 639-1 code of the language the compendium is written in (detected, or forced with --lang)
 * @param template      the labels the compendium repeats in its practices, in order, with the field each was
 *                      mapped to (empty when too few practices to tell)
 * @param preface       text before the first practice (null when there is none)
 * @param practices     the practices in document order
 * @param warnings      problems found at compendium level (e.g. a duplicate practice number)
 */
@JsonPropertyOrder({"schemaVersion", "extractorVersion", "source", "language", "template", "preface", "practices",
    "warnings"})
public record CompendiumDocument(String schemaVersion, String extractorVersion, Source source, String language,
                                 List<TemplateEntry> template, String preface, List<Practice> practices,
                                 List<String> warnings) {

    /** Version of the output format; raise it when a field changes meaning or shape. */
    public static final String SCHEMA_VERSION = "1.2";

    public CompendiumDocument {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(extractorVersion, "extractorVersion");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(language, "language");
        template = Lists.copy(template);
        practices = Lists.copy(practices);
        warnings = Lists.copy(warnings);
    }
}
