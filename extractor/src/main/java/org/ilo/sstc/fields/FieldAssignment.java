package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.fields.LabelMatcher.DictionaryMatch;
import org.ilo.sstc.fields.TemplateField.Kind;
import org.ilo.sstc.fields.TemplateLabel.Mapping;
import org.ilo.sstc.text.Fold;

/**
 * Gives each label of a compendium's template its field: the profile's wording or keyword first, where
 * they agree with the template's order; then, for labels worded unlike anything the profile knows, their
 * place: the fields left between two labels of known fields, when there are as many of them as labels.
 * A label that names no field is kept (otherSections), or left out when it is a header.
 */
final class FieldAssignment {

    /** Rows of the template, in order: what the numbers "1." to "10." of numbered rows stand for. */
    /** What a label left without a row to take costs a run of fields in order (a keyword weighs 1, a wording 2). */
    private static final double MISFIT = 0.5;
    private static final List<TemplateField> ROWS = Arrays.stream(TemplateField.values()).filter(f -> f.kind() != Kind.HEADER).toList();
    /**
     * A row's number, "7.", "7)" or "7°", or after the word naming the rows: "Section 7:", "Criterio 7."; with a suffix
     * ("7° bis") a row the office added.
     */
    private static final Pattern ROW_NUMBERING = Pattern.compile(
            "(?:" + LabelKey.ROW_WORD + ")?(\\d{1,2})\\s?[.:)°º](\\s+" + LabelKey.ROW_SUFFIX + ")?\\s");

    /**
     * A label of the template before its field is known.
     *
     * @param text       the wording as written
     * @param words      its key words
     * @param dictionary what the profile's wordings say, or null
     * @param practices  in how many practices it was found
     * @param metaLine   it is written "Label: value", like the label lines above the table
     * @param inline     its content follows on its line after a single space
     * @param headerLike it has no content of its own, or repeats within a practice
     * @param keywordFields every field a keyword in its words names
     */
    record Slot(String text, List<String> words, DictionaryMatch dictionary, int practices, boolean metaLine,
                boolean inline, boolean headerLike, Set<TemplateField> keywordFields) {
        Slot {
            keywordFields = Set.copyOf(keywordFields);
        }
    }

    private final List<Slot> slots;
    private final TemplateField[] fields;
    private final Mapping[] mappings;
    /** Labels that keep their field out of the template's order: no neighbour to place others by. */
    private final boolean[] outOfOrder;

    FieldAssignment(List<Slot> slots) {
        this.slots = List.copyOf(slots);
        this.fields = new TemplateField[slots.size()];
        this.mappings = new Mapping[slots.size()];
        this.outOfOrder = new boolean[slots.size()];
    }

    /** The template with every label's field. */
    CompendiumTemplate assign() {
        byDictionary();
        byRowNumbers();
        byOrder();
        List<TemplateLabel> labels = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            Mapping mapping = fields[i] != null ? mappings[i] : slot.headerLike() ? Mapping.HEADER : Mapping.UNMAPPED;
            labels.add(new TemplateLabel(slot.text(), slot.words(), fields[i], mapping, slot.practices(), slot.inline()));
        }
        return new CompendiumTemplate(labels);
    }

    /**
     * The profile's word for each label, one label per field; among the narrative and closing rows only the
     * mappings that keep the template's order (the longest such run, wordings outweighing keywords).
     */
    private void byDictionary() {
        Set<TemplateField> used = EnumSet.noneOf(TemplateField.class);
        // Label lines come before the rows or after them: a keyword of theirs on a label among the rows ("Who to ask",
        // whose guidance names the "Organisation" column) takes no field from the label line that has it.
        int firstRow = -1;
        int lastRow = -1;
        for (int i = 0; i < slots.size(); i++) {
            DictionaryMatch match = slots.get(i).dictionary();
            if (match != null && match.field().kind() != Kind.HEADER) {
                firstRow = firstRow < 0 ? i : firstRow;
                lastRow = i;
            }
        }
        // Whole wordings first, so that a keyword elsewhere cannot take their field; then keywords, the strongest
        // first ("Achievements" takes results before "Durability of the results" can).
        for (Mapping pass : List.of(Mapping.SYNONYM, Mapping.KEYWORD)) {
            for (int strength = 2; strength >= 0; strength--) {
                for (int i = 0; i < slots.size(); i++) {
                    DictionaryMatch match = slots.get(i).dictionary();
                    boolean amongRows = i > firstRow && i < lastRow && match != null && match.field().kind() == Kind.HEADER;
                    if (match != null && match.mapping() == pass && match.strength() == strength && fields[i] == null
                            && !(pass == Mapping.KEYWORD && amongRows)) {
                        if (!used.contains(match.field())) {
                            fields[i] = match.field();
                            mappings[i] = pass;
                            used.add(match.field());
                        } else if (pass == Mapping.KEYWORD) {
                            yieldToLater(i, match.field(), used);
                        }
                    }
                }
            }
        }
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            if (fields[i] != null && fields[i].kind() != Kind.HEADER) {
                rows.add(i);
            }
        }
        // Weighted longest increasing run of field order over the rows, each step paying for the labels it leaves
        // without a field to take between its two ends: "Will it outlast the funding?" right after the methodology
        // would leave the five labels after it for the one row after the funding.
        int n = rows.size();
        double[] weight = new double[n];
        int[] previous = new int[n];
        int best = -1;
        for (int a = 0; a < n; a++) {
            int own = mappings[rows.get(a)] == Mapping.SYNONYM ? 2 : 1;
            weight[a] = own;
            previous[a] = -1;
            for (int b = 0; b < a; b++) {
                double step = weight[b] + own - MISFIT * misfit(rows.get(b), rows.get(a));
                if (fields[rows.get(b)].ordinal() < fields[rows.get(a)].ordinal() && step > weight[a]) {
                    weight[a] = step;
                    previous[a] = b;
                }
            }
        }
        for (int a = 0; a < n; a++) {
            if (best < 0 || weight[a] - MISFIT * misfit(rows.get(a), slots.size()) > weight[best] - MISFIT * misfit(rows.get(best), slots.size())) {
                best = a;
            }
        }
        Set<Integer> keep = new java.util.HashSet<>();
        for (int a = best; a >= 0; a = previous[a]) {
            keep.add(rows.get(a));
        }
        Set<TemplateField> kept = EnumSet.noneOf(TemplateField.class);
        keep.forEach(i -> kept.add(fields[i]));
        // Out of the template's order, a label may keep a field no label in order has when a word of the field names
        // it as written. One such row is more likely a keyword that misleads ("What the partners aimed for");
        // several, the office's own order ("Section 2: Results achieved").
        List<Integer> ownPlace = rows.stream().filter(i -> !keep.contains(i) && !kept.contains(fields[i])
                && slots.get(i).dictionary().strength() >= 1).toList();
        boolean ownOrder = ownPlace.size() >= 2;
        for (int i : rows) {
            if (keep.contains(i)) {
                continue;
            }
            if (ownOrder && ownPlace.contains(i)) {
                outOfOrder[i] = true;
            } else {
                fields[i] = null;
                mappings[i] = null;
            }
        }
        withoutLabelLinesAmongRows(keep);
    }

    /**
     * How many more labels stand strictly between slot {@code from} (a row of a known field) and slot {@code to}
     * (another, or the end) than there are rows between their fields: labels that are no row (a header, a label
     * line) aside. Fewer labels than rows is common (a template without some rows); more leaves labels without a
     * field to take.
     */
    private int misfit(int from, int to) {
        int labels = 0;
        for (int i = from + 1; i < to; i++) {
            Slot slot = slots.get(i);
            boolean labelLine = fields[i] != null && fields[i].kind() == Kind.HEADER;
            if (!slot.headerLike() && !labelLine) {
                labels++;
            }
        }
        int after = fields[from].ordinal();
        int before = to < slots.size() ? fields[to].ordinal() : TemplateField.values().length;
        int rows = (int) ROWS.stream().filter(f -> f.ordinal() > after && f.ordinal() < before).count();
        return Math.max(0, labels - rows);
    }

    /**
     * Where label {@code later} has the keyword of {@code field} that an earlier label took by keyword, and that
     * earlier label has the keyword of another field still free that comes before it, the earlier one takes that
     * field and leaves {@code field} to the later: "What the partners aimed for" (aim, partner) gives "Division
     * of tasks among partners" the cooperation and takes the objectives.
     */
    private void yieldToLater(int later, TemplateField field, Set<TemplateField> used) {
        for (int earlier = 0; earlier < later; earlier++) {
            if (field.equals(fields[earlier]) && mappings[earlier] == Mapping.KEYWORD) {
                for (TemplateField other : slots.get(earlier).keywordFields()) {
                    if (other.kind() == field.kind() && other.ordinal() < field.ordinal() && !used.contains(other)) {
                        fields[earlier] = other;
                        used.add(other);
                        fields[later] = field;
                        mappings[later] = Mapping.KEYWORD;
                        return;
                    }
                }
                // "What did the partners want to change?" right before "Who brought what to the partnership?": the
                // row before the field is free, so the earlier label may be that one, as its place will tell.
                int row = ROWS.indexOf(field);
                if (earlier == later - 1 && row > 0 && !used.contains(ROWS.get(row - 1))) {
                    fields[earlier] = null;
                    mappings[earlier] = null;
                    fields[later] = field;
                    mappings[later] = Mapping.KEYWORD;
                    return;
                }
            }
        }
    }

    /**
     * A label-line field that only a keyword gave to a label standing after the first row: the label lines come
     * before the rows, so "B) Instituições e países envolvidos" between the objectives and the methodology is
     * the cooperation row, whatever its keyword says; its place decides ({@link #byOrder}).
     */
    private void withoutLabelLinesAmongRows(Set<Integer> rows) {
        // Between the first row and the last: label lines printed after all the rows ("Key facts") keep theirs, unless
        // the template has label lines before the rows ("Could another country pick it up?" after "Author –").
        int firstRow = rows.stream().mapToInt(Integer::intValue).min().orElse(slots.size());
        int lastRow = rows.stream().mapToInt(Integer::intValue).max().orElse(-1);
        boolean linesBefore = false;
        for (int i = 0; i < firstRow && i < slots.size(); i++) {
            linesBefore |= fields[i] != null && fields[i] != TemplateField.REGION;
        }
        int end = linesBefore ? slots.size() : lastRow;
        for (int i = firstRow + 1; i < end; i++) {
            if (fields[i] != null && fields[i].kind() == Kind.HEADER && mappings[i] == Mapping.KEYWORD) {
                fields[i] = null;
                mappings[i] = null;
            }
        }
    }

    /**
     * Rows numbered "1." to "10." in order, as many as the template has: each number names its row, whatever a
     * keyword says ("1. Visée de la coopération" is the objectives, not the cooperation); a whole wording of the
     * profile keeps its field.
     */
    private void byRowNumbers() {
        List<Integer> numbered = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Integer number = rowNumber(slots.get(i).text());
            if (number != null) {
                if (number != numbered.size() + 1) {
                    return;
                }
                numbered.add(i);
            }
        }
        if (numbered.size() != ROWS.size() || !numbersAgreeWithKeywords(numbered)) {
            return;
        }
        Set<TemplateField> kept = EnumSet.noneOf(TemplateField.class);
        for (int k = 0; k < numbered.size(); k++) {
            if (mappings[numbered.get(k)] == Mapping.SYNONYM) {
                kept.add(fields[numbered.get(k)]);
            }
        }
        for (int k = 0; k < numbered.size(); k++) {
            int i = numbered.get(k);
            if (mappings[i] != Mapping.SYNONYM && !kept.contains(ROWS.get(k))) {
                fields[i] = ROWS.get(k);
                mappings[i] = Mapping.ORDER;
            }
        }
    }

    /**
     * Whether the rows' keywords mostly agree that the numbers follow the template's order: one "1. Visée de la
     * coopération" is the objectives whatever its keyword, but where keywords place several rows elsewhere (results
     * second, funding before contacts) the office numbered its own order, and the numbers say nothing of the fields.
     */
    private boolean numbersAgreeWithKeywords(List<Integer> numbered) {
        int agree = 0;
        int disagree = 0;
        for (int k = 0; k < numbered.size(); k++) {
            DictionaryMatch match = slots.get(numbered.get(k)).dictionary();
            if (match != null && match.strength() >= 1 && match.field().kind() != Kind.HEADER) {
                if (match.field() == ROWS.get(k)) {
                    agree++;
                } else {
                    disagree++;
                }
            }
        }
        return disagree < 2 || disagree <= agree;
    }

    /** The number of a label numbered "7." or "7)", or null (also for a row added after one: "7° bis"). */
    private static Integer rowNumber(String label) {
        Matcher m = ROW_NUMBERING.matcher(Fold.plainSpaces(label).strip());
        return m.lookingAt() && m.group(2) == null ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * Labels the profile does not know take the fields left free between their known neighbours, in order,
     * where free fields and unknown labels are as many (the "Dates" line may be absent from a template).
     */
    private void byOrder() {
        Set<TemplateField> used = EnumSet.noneOf(TemplateField.class);
        for (TemplateField f : fields) {
            if (f != null) {
                used.add(f);
            }
        }
        int firstRow = slots.size();
        for (int i = 0; i < slots.size(); i++) {
            if (fields[i] != null && fields[i].kind() != Kind.HEADER) {
                firstRow = i;
                break;
            }
        }
        List<TemplateField> freeMeta = new ArrayList<>();
        for (TemplateField f : TemplateField.values()) {
            if (f.kind() == Kind.HEADER && f != TemplateField.REGION && !used.contains(f)) {
                freeMeta.add(f);
            }
        }
        int firstRowField = firstRow < slots.size() ? fields[firstRow].ordinal() : TemplateField.values().length;
        int lastRow = lastKnownRow();
        // "Fiche signalétique" after the sections: the label lines close the practice instead of opening it.
        boolean metaAfterRows = metaOnlyAfter(lastRow);
        int lastMeta = metaAfterRows ? -1
                : byPlaceBeforeRows(firstRow, freeMeta, free(TemplateField.COUNTRIES_INVOLVED.ordinal(), firstRowField, used));
        // Narrative and closing rows: each gap between rows of known fields, after the label lines (what
        // stands among or before those is no narrative row: a header row, a cover note).
        int previousField = TemplateField.COUNTRIES_INVOLVED.ordinal();
        List<Integer> gap = new ArrayList<>();
        for (int i = lastMeta + 1; i <= slots.size(); i++) {
            boolean known = i < slots.size() && fields[i] != null && fields[i].kind() != Kind.HEADER;
            if (i < slots.size() && (outOfOrder[i] || metaAfterRows && i > lastRow && slots.get(i).metaLine())) {
                continue;
            }
            if (i == slots.size() || known) {
                int nextField = i == slots.size() ? TemplateField.values().length : fields[i].ordinal();
                fill(gap, free(previousField, nextField, used));
                gap.clear();
                if (i < slots.size()) {
                    previousField = fields[i].ordinal();
                }
            } else if (fields[i] == null && !slots.get(i).headerLike() && (i > firstRow || !slots.get(i).metaLine())) {
                gap.add(i);
            }
        }
        if (metaAfterRows) {
            List<Integer> lines = new ArrayList<>();
            for (int i = lastRow + 1; i < slots.size(); i++) {
                if (fields[i] == null && !slots.get(i).headerLike() && slots.get(i).metaLine()) {
                    lines.add(i);
                }
            }
            fill(lines, freeMeta);
        }
    }

    /** The last label of a narrative or closing row's field; -1 when none is known. */
    private int lastKnownRow() {
        for (int i = slots.size() - 1; i >= 0; i--) {
            if (fields[i] != null && fields[i].kind() != Kind.HEADER) {
                return i;
            }
        }
        return -1;
    }

    /** Whether label lines of known fields stand after the last row {@code lastRow}, and none before it. */
    private boolean metaOnlyAfter(int lastRow) {
        boolean after = false;
        for (int i = 0; i < slots.size(); i++) {
            if (fields[i] != null && fields[i].kind() == Kind.HEADER && fields[i] != TemplateField.REGION) {
                if (i < lastRow) {
                    return false;
                }
                after = true;
            }
        }
        return after && lastRow >= 0;
    }

    /**
     * The unknown labels before the first row of a known field: the free label-line fields, then the free
     * rows before that one, when they are as many; otherwise the labels written "Label: value" are the
     * label lines. Where sections too are written "Label: text", only the count tells the two apart.
     *
     * @return the last of these labels that is a label line (-1 if none)
     */
    private int byPlaceBeforeRows(int firstRow, List<TemplateField> freeMeta, List<TemplateField> freeRows) {
        int lastKnownMeta = -1;
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < firstRow; i++) {
            if (fields[i] != null) {
                lastKnownMeta = i;
            } else if (!slots.get(i).headerLike()) {
                unknown.add(i);
            }
        }
        List<TemplateField> meta = new ArrayList<>(freeMeta);
        if (unknown.size() == meta.size() - 1 + freeRows.size()) {
            meta.remove(TemplateField.DATES);
        }
        int metaCount = meta.size();
        int lastMeta = lastKnownMeta;
        boolean countsAgree = unknown.size() == metaCount + freeRows.size()
                && unknown.stream().filter(i -> i < lastMeta).count() <= metaCount;
        if (countsAgree) {
            fill(unknown.subList(0, metaCount), meta);
            fill(unknown.subList(metaCount, unknown.size()), freeRows);
            return metaCount == 0 ? lastKnownMeta : Math.max(lastKnownMeta, unknown.get(metaCount - 1));
        }
        List<Integer> lines = unknown.stream().filter(i -> slots.get(i).metaLine()).toList();
        fill(lines, freeMeta);
        int last = lastKnownMeta;
        for (int i : lines) {
            last = Math.max(last, i);
        }
        return last;
    }

    /** The row fields strictly between two field positions that no label has taken yet. */
    private static List<TemplateField> free(int after, int before, Set<TemplateField> used) {
        List<TemplateField> free = new ArrayList<>();
        for (TemplateField f : TemplateField.values()) {
            if (f.ordinal() > after && f.ordinal() < before && f.kind() != Kind.HEADER && !used.contains(f)) {
                free.add(f);
            }
        }
        return free;
    }

    /** Gives {@code labels} the {@code free} fields in order when they are as many (or one more, a Dates line). */
    private void fill(List<Integer> labels, List<TemplateField> free) {
        List<TemplateField> candidates = new ArrayList<>(free);
        if (candidates.size() == labels.size() + 1) {
            candidates.remove(TemplateField.DATES);
        }
        if (labels.isEmpty() || candidates.size() != labels.size()) {
            return;
        }
        for (int k = 0; k < labels.size(); k++) {
            fields[labels.get(k)] = candidates.get(k);
            mappings[labels.get(k)] = Mapping.ORDER;
        }
    }
}
