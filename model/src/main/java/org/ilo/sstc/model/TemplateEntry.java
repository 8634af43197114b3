package org.ilo.sstc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One label of the template a compendium repeats in its practices, as the extractor read it.
 *
 * @param label     the wording as most practices write it
 * @param field     the output field it was mapped to ({@code author}, {@code sections.objectives}, ...), or null
 *                  when it names none (its text is under {@code otherSections}) or is a header or guidance left out
 * @param how       {@code synonym} (a wording the language profile knows), {@code keyword} (a keyword of the field is
 *                  in it), {@code order} (its place between labels of known fields), {@code unmapped}, {@code header}, or {@code guidance} (the form's question
 *                  for the label before it, repeated in every practice, left out)
 * @param practices in how many practices it was found
 */
@JsonPropertyOrder({"label", "field", "how", "practices"})
public record TemplateEntry(String label, String field, String how, int practices) {
    public TemplateEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(how, "how");
        if (practices < 0) {
            throw new IllegalArgumentException("practices must be >= 0, but is " + practices);
        }
    }
}
