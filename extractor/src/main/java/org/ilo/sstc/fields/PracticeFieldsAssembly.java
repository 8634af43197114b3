package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ilo.sstc.fields.TemplateField.Kind;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.model.OtherSection;
import org.ilo.sstc.segment.PracticeSegment;

/** Cleans the collected lines of each field and puts the practice's fields together. */
final class PracticeFieldsAssembly {

    private PracticeFieldsAssembly() {
    }

    static PracticeFields assemble(PracticeSegment segment, FieldSlots slots, FootnoteGroups footnotes,
                                   List<Hyperlink> hyperlinks, FieldVocabulary vocabulary) {
        TextCleaner cleaner = vocabulary.cleanerFor(allText(slots));
        Map<TemplateField, FieldText> fields = new EnumMap<>(TemplateField.class);
        List<OtherSection> others = new ArrayList<>();
        for (Map.Entry<Slot, List<TextLine>> entry : slots.content().entrySet()) {
            Slot slot = entry.getKey();
            List<TextLine> lines = entry.getValue();
            if (slot.field() == null) {
                others.add(new OtherSection(slot.label(), cleaner.clean(lines, TextCleaner.Mode.PARAGRAPHS)));
            } else {
                fields.put(slot.field(), new FieldText(cleaner.clean(lines, modeOf(slot.field())), lines));
            }
        }
        List<String> notes = footnotes.texts(cleaner);
        List<String> warnings = new ArrayList<>(slots.warnings());
        for (TemplateField field : TemplateField.values()) {
            // Dates and a region line are optional in the template: their absence is no loss.
            if (field != TemplateField.DATES && field != TemplateField.REGION && !fields.containsKey(field)) {
                warnings.add("no '" + field.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "' label found");
            }
        }
        if (slots.unlabelledLines() > 0) {
            warnings.add(slots.unlabelledLines() + " line(s) before the first label belong to no field and were left out");
        }
        return new PracticeFields(segment.heading(), fields, others, notes, hyperlinks,
                fullText(segment, fields, others, notes), segment.firstPage(), segment.lastPage(), warnings);
    }

    /** Contacts list one entry per line; label-line values are one line; narrative keeps its paragraphs. */
    private static TextCleaner.Mode modeOf(TemplateField field) {
        if (field == TemplateField.CONTACT_DETAILS) {
            return TextCleaner.Mode.LINES;
        }
        return field.kind() == Kind.HEADER ? TextCleaner.Mode.ONE_LINE : TextCleaner.Mode.PARAGRAPHS;
    }

    /** The practice's own words: the vocabulary that tells a broken word from a hyphenated one. */
    private static String allText(FieldSlots slots) {
        StringBuilder sb = new StringBuilder();
        slots.content().values().forEach(lines -> lines.forEach(line -> sb.append(line.text()).append('\n')));
        return sb.toString();
    }

    private static String fullText(PracticeSegment segment, Map<TemplateField, FieldText> fields,
                                   List<OtherSection> others, List<String> notes) {
        List<String> parts = new ArrayList<>();
        parts.add(segment.heading().text());
        fields.values().forEach(f -> parts.add(f.text()));
        others.forEach(o -> parts.add(o.label() + "\n" + o.text()));
        parts.addAll(notes);
        return String.join("\n\n", parts.stream().filter(p -> !p.isBlank()).toList());
    }
}
