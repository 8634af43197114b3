package org.ilo.sstc.fields;

import java.util.List;
import java.util.Objects;

/**
 * One label of a compendium's own template: a wording that recurs across its practices in a consistent
 * place, and the field it was mapped to.
 *
 * @param text      the wording as most practices write it
 * @param words     its {@link LabelKey} words
 * @param field     the template field it names, null when it names none
 * @param mapping   how the field was found
 * @param practices in how many practices it was found
 * @param inline    whether practices write content on its line after a single space ("Dates January 2024")
 */
public record TemplateLabel(String text, List<String> words, TemplateField field, Mapping mapping, int practices,
                            boolean inline) {

    /** How a template label got its field. */
    public enum Mapping {
        /** The label is one of the profile's wordings of the field. */
        SYNONYM,
        /** A keyword of the field is in the label. */
        KEYWORD,
        /** Its place between labels of known fields leaves only this field. */
        ORDER,
        /** It names no field of the template: its text goes to otherSections. */
        UNMAPPED,
        /** A table's header row or a running title: no content of its own, left out. */
        HEADER,
        /**
         * The template's guidance right after a label, repeated word for word in every practice ("Name the
         * institutions … [max. 150 words]" under "B. Who cooperated"): the form's question, left out.
         */
        GUIDANCE
    }

    public TemplateLabel {
        Objects.requireNonNull(text, "text");
        words = List.copyOf(words);
        Objects.requireNonNull(mapping, "mapping");
        if ((field == null) != (mapping == Mapping.UNMAPPED || leftOut(mapping))) {
            throw new IllegalArgumentException("a " + mapping + " label must " + (field == null ? "" : "not ")
                    + "have a field: " + text);
        }
    }

    /** Whether the label's text and the lines it spans are no practice's text (a header row, the form's guidance). */
    public boolean leftOut() {
        return leftOut(mapping);
    }

    private static boolean leftOut(Mapping mapping) {
        return mapping == Mapping.HEADER || mapping == Mapping.GUIDANCE;
    }
}
