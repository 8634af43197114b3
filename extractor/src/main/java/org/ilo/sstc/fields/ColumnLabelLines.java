package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.segment.PracticeSegment;

/**
 * The flattened text of a table of label columns ({@link ColumnLabelRows}): its header row as one line of labels side
 * by side ("Responsável Instituição Vigência Nome da prática Países"), then the values cell by cell, each a paragraph
 * of its own. Each value becomes a line "Label: value", as label lines are written. Only a line that is wholly three
 * or more of the profile's wordings of label lines is such a header, and only as many paragraphs as it has labels,
 * up to the next label, are its values. An empty cell leaves no paragraph: one value short, the dates (the label line
 * offices most often leave blank) are taken for the empty one when no value names a year; otherwise the line stays
 * as it is.
 */
final class ColumnLabelLines {

    private static final int MIN_LABELS = 3;
    private static final int MAX_LABEL_WORDS = 6;
    /** The strength of a wording, or of a keyword that is the label's first word. */
    private static final int STRONGEST = 2;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    private record Label(String text, TemplateField field) {
    }

    /** The paragraphs of values, and the index of the first block after the last of them. */
    private record Values(List<List<TextLine>> paragraphs, int end) {
        static final Values NONE = new Values(List.of(), 0);
    }

    private ColumnLabelLines() {
    }

    /** {@code segment} with its flattened label columns as label lines; the same segment when it has none. */
    static PracticeSegment split(PracticeSegment segment, FieldVocabulary vocabulary) {
        List<Block> in = segment.blocks();
        List<Block> blocks = new ArrayList<>(in.size());
        boolean changed = false;
        for (int i = 0; i < in.size(); i++) {
            Optional<List<Label>> labels = in.get(i) instanceof TextLine line && line.role() == LineRole.BODY
                    ? labels(line.text(), vocabulary) : Optional.empty();
            Values values = labels.isPresent() ? values(in, i + 1, labels.get().size(), vocabulary) : Values.NONE;
            List<List<TextLine>> matched = labels.map(l -> matched(l, values.paragraphs())).orElse(List.of());
            if (matched.isEmpty()) {
                blocks.add(in.get(i));
                continue;
            }
            int page = ((TextLine) in.get(i)).page();
            for (int v = 0; v < matched.size(); v++) {
                blocks.addAll(asLabelLines(labels.get().get(v), matched.get(v), page));
            }
            // What stood between the values and is no value (a note, a page's foot) goes after them.
            for (int k = i + 1; k < values.end(); k++) {
                if (!(in.get(k) instanceof TextLine t && t.role() == LineRole.BODY)) {
                    blocks.add(in.get(k));
                }
            }
            i = values.end() - 1;
            changed = true;
        }
        return changed ? new PracticeSegment(segment.heading(), blocks, segment.firstPage(), segment.lastPage()) : segment;
    }

    /**
     * The value of each label, in their order: the paragraphs one each, or, one short, none for the dates and one each
     * for the others; empty when neither.
     */
    private static List<List<TextLine>> matched(List<Label> labels, List<List<TextLine>> values) {
        if (values.size() == labels.size()) {
            return values;
        }
        int dates = labels.stream().map(Label::field).toList().indexOf(TemplateField.DATES);
        boolean noYear = values.stream().flatMap(List::stream).noneMatch(l -> YEAR.matcher(l.text()).find());
        if (dates < 0 || values.size() != labels.size() - 1 || !noYear) {
            return List.of();
        }
        List<List<TextLine>> matched = new ArrayList<>(values);
        matched.add(dates, List.of());
        return matched;
    }

    /** The labels {@code text} consists of, three or more wordings of label lines side by side; empty when it is not so. */
    private static Optional<List<Label>> labels(String text, FieldVocabulary vocabulary) {
        String[] tokens = text.strip().split("\\s+");
        if (tokens.length < MIN_LABELS || text.indexOf(':') >= 0) {
            return Optional.empty();
        }
        // The fewest labels that cover the line, each a whole wording of a label line (few lines are several labels).
        List<List<Label>> best = new ArrayList<>();
        for (int i = 0; i <= tokens.length; i++) {
            best.add(null);
        }
        best.set(0, List.of());
        for (int end = 1; end <= tokens.length; end++) {
            for (int start = Math.max(0, end - MAX_LABEL_WORDS); start < end; start++) {
                if (best.get(start) == null) {
                    continue;
                }
                String piece = String.join(" ", List.of(tokens).subList(start, end));
                Optional<TemplateField> field = vocabulary.matcher().classify(LabelKey.words(piece))
                        .filter(m -> m.mapping() == TemplateLabel.Mapping.SYNONYM && m.field().kind() == TemplateField.Kind.HEADER)
                        .map(LabelMatcher.DictionaryMatch::field);
                if (field.isPresent() && (best.get(end) == null || best.get(end).size() > best.get(start).size() + 1)) {
                    List<Label> labels = new ArrayList<>(best.get(start));
                    labels.add(new Label(piece, field.get()));
                    best.set(end, labels);
                }
            }
        }
        List<Label> labels = best.get(tokens.length);
        return labels != null && labels.size() >= MIN_LABELS ? Optional.of(labels) : Optional.empty();
    }

    /**
     * The paragraphs from {@code from} on, at most {@code max}, that end before a line that opens with a label's
     * first word; lines of another role (notes, a page's foot) are passed over.
     */
    private static Values values(List<Block> blocks, int from, int max, FieldVocabulary vocabulary) {
        List<List<TextLine>> values = new ArrayList<>();
        int end = from;
        for (int k = from; k < blocks.size() && blocks.get(k) instanceof TextLine line; k++) {
            if (line.role() != LineRole.BODY) {
                continue;
            }
            boolean opens = values.isEmpty() || line.start() == LineStart.PARAGRAPH;
            if (opens && (values.size() == max || isLabel(line.text(), vocabulary))) {
                break;
            }
            if (opens) {
                values.add(new ArrayList<>());
            }
            values.get(values.size() - 1).add(line);
            end = k + 1;
        }
        return new Values(values, end);
    }

    /** A wording of the profile, or a label whose first word is a field's keyword ("OBJETIVO DA COOPERAÇÃO:"). */
    private static boolean isLabel(String text, FieldVocabulary vocabulary) {
        return vocabulary.matcher().classify(LabelKey.words(text)).filter(m -> m.strength() == STRONGEST).isPresent();
    }

    /**
     * The label line "Label: first line of the value", then the value's other lines as wrapped from it: the cleaner
     * joins them as it joins any wrapped value ("Guiné-" / "Bissau").
     */
    private static List<TextLine> asLabelLines(Label label, List<TextLine> value, int page) {
        if (value.isEmpty()) {
            return List.of(new TextLine(label.text() + ":", page, 0, false, 0f, LineStart.PARAGRAPH, LineRole.BODY, List.of()));
        }
        TextLine first = value.get(0);
        List<TextLine> lines = new ArrayList<>();
        lines.add(new TextLine(label.text() + ": " + first.text().strip(), first.page(), 0, false, first.fontSize(),
                LineStart.PARAGRAPH, LineRole.BODY, first.links()));
        for (TextLine line : value.subList(1, value.size())) {
            lines.add(new TextLine(line.text(), line.page(), line.boldPrefix(), line.heading(), line.fontSize(), LineStart.WRAPPED,
                    line.role(), line.links()));
        }
        return lines;
    }
}
