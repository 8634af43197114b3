package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.ilo.sstc.fields.TemplateField.Kind;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.text.Fold;

/** The content gathered for each field of one practice, and which field the next line goes to. */
final class FieldSlots {

    private final Map<Slot, List<TextLine>> content = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private Slot current;
    private boolean inHeader = true;
    private int unlabelledLines;

    /** Makes {@code slot} the one new content goes to (content found earlier for it is kept). */
    void open(Slot slot) {
        if (slot.field() != null && slot.field().kind() != Kind.HEADER) {
            inHeader = false;
        }
        current = slot;
        content.computeIfAbsent(slot, s -> new ArrayList<>());
    }

    /** Opens a slot for a label that maps to no template field, and says so in the warnings. */
    void openUnknown(String label) {
        String name = nameOf(label);
        warnings.add("label '" + name + "' maps to no template field; its text is kept under otherSections");
        open(Slot.unknown(name));
    }

    /** How an unknown label is named in the output: as written, without a closing colon. */
    static String nameOf(String label) {
        return label.strip().replaceAll("[:：]\\s*$", "");
    }

    /** Moves the content collected under an unknown label to the field its full label names. */
    void rename(Slot from, Slot to) {
        List<TextLine> lines = content.remove(from);
        warnings.removeIf(w -> w.startsWith("label '" + from.label() + "'"));
        open(to);
        content.get(to).addAll(lines);
    }

    /** Adds a content line to the current slot; lines before any label are counted and left out. */
    void add(TextLine line) {
        if (current == null) {
            if (!line.text().isBlank()) {
                unlabelledLines++;
            }
            return;
        }
        content.get(current).add(line);
    }

    Slot current() {
        return current;
    }

    /** The lines of the current slot so far (empty when none is open). */
    List<TextLine> currentLines() {
        return current == null ? List.of() : content.get(current);
    }

    boolean seen(TemplateField field) {
        return content.containsKey(Slot.of(field));
    }

    /** True until a narrative or closing field opens: label lines above the table are only taken there. */
    boolean inHeader() {
        return inHeader;
    }

    /** Whether the current content ends a sentence (or nothing was written yet). */
    boolean currentEndsSentence() {
        List<TextLine> lines = currentLines();
        return lines.isEmpty() || lines.get(lines.size() - 1).text().strip().matches(".*[.:;!?)]['’\"]?$");
    }

    /** Whether the current content's last word, folded, is one {@code words} holds ("del", "and"). */
    boolean currentEndsOn(Predicate<String> words) {
        List<TextLine> lines = currentLines();
        if (lines.isEmpty()) {
            return false;
        }
        String text = lines.get(lines.size() - 1).text().strip();
        String last = text.substring(text.lastIndexOf(' ') + 1);
        return !last.isEmpty() && words.test(Fold.fold(last));
    }

    /**
     * Whether {@code field} is one of the next {@code reach} fields after the current one, in template
     * order, not yet found (more than one, because a practice may lack a row).
     */
    boolean isAmongNextUnseen(TemplateField field, int reach) {
        int from = current == null || current.field() == null ? 0 : current.field().ordinal() + 1;
        int candidates = 0;
        for (TemplateField candidate : TemplateField.values()) {
            if (candidate.ordinal() >= from && !seen(candidate) && candidate != TemplateField.DATES) {
                if (candidate == field) {
                    return true;
                }
                if (++candidates == reach) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Every slot with its lines, in the order the slots were first opened. */
    Map<Slot, List<TextLine>> content() {
        return content;
    }

    /** Adds a warning about the practice. */
    void warn(String warning) {
        warnings.add(warning);
    }

    List<String> warnings() {
        return warnings;
    }

    int unlabelledLines() {
        return unlabelledLines;
    }
}
