package org.ilo.sstc.fields;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.model.OtherSection;
import org.ilo.sstc.segment.PracticeHeading;

/**
 * A practice with each template field found, before entity recognition.
 *
 * @param heading       the parsed heading
 * @param fields        the template fields present in the document (absent ones have no key)
 * @param otherSections labelled rows that map to no template field
 * @param footnotes     footnote texts of the practice
 * @param hyperlinks    every hyperlink of the practice in document order (targets listed apart included)
 * @param fullText      all text of the practice (heading, fields, footnotes), for entity recognition
 * @param firstPage     first page, 0 when the format has no pages
 * @param lastPage      last page, 0 when the format has no pages
 * @param warnings      problems met while mapping fields
 */
public record PracticeFields(PracticeHeading heading, Map<TemplateField, FieldText> fields,
                             List<OtherSection> otherSections, List<String> footnotes, List<Hyperlink> hyperlinks,
                             String fullText, int firstPage, int lastPage, List<String> warnings) {

    public PracticeFields {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(fullText, "fullText");
        EnumMap<TemplateField, FieldText> copy = new EnumMap<>(TemplateField.class);
        copy.putAll(fields);
        fields = Collections.unmodifiableMap(copy);
        otherSections = List.copyOf(otherSections);
        footnotes = List.copyOf(footnotes);
        hyperlinks = List.copyOf(hyperlinks);
        warnings = List.copyOf(warnings);
    }

    /** The cleaned text of {@code field}, or null when the practice does not have it. */
    public String text(TemplateField field) {
        FieldText value = fields.get(field);
        return value == null ? null : value.text();
    }
}
