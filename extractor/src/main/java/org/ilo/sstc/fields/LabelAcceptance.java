package org.ilo.sstc.fields;

import java.util.function.Predicate;
import org.ilo.sstc.fields.LabelMatcher.LineStartMatch;
import org.ilo.sstc.fields.TemplateField.Kind;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TextLine;

/**
 * Decides whether a template wording found at a line start is a label there or the start of a
 * sentence: "Fund." ending a sentence, "Cooperation:" inside a title, "Innovation Lab" starting one are
 * content. The weaker the signal (no bold, one word, a single space before the content), the more the
 * context must agree: a paragraph break, the template's order of rows, a field not yet found.
 */
final class LabelAcceptance {

    private final FieldSlots slots;
    private final boolean styled;
    /** Whether a folded word is an article, connector or preposition: no sentence ends on one. */
    private final Predicate<String> functionWord;

    /** @param styled whether the practice carries bold or heading styles at all (flattened text does not) */
    LabelAcceptance(FieldSlots slots, boolean styled, Predicate<String> functionWord) {
        this.slots = slots;
        this.styled = styled;
        this.functionWord = functionWord;
    }

    boolean accepts(LineStartMatch match, TextLine line) {
        TemplateField field = match.field();
        boolean boldStart = line.boldPrefix() > 0 || line.heading();
        if (match.template() != null) {
            return acceptsTemplateLabel(match, line, boldStart);
        }
        if (field == TemplateField.REGION) {
            // Only a "Region:" line every practice repeats: alone, "Region: A South-South …" may be a title's second line.
            return false;
        }
        if (match.numbered() && !boldStart) {
            // "3. Results of the survey:" in a numbered list is content, unless the compendium numbers its labels.
            return false;
        }
        if (field.kind() == Kind.HEADER && !slots.inHeader() && !boldStart) {
            return false;
        }
        if (!boldStart && !separatorFits(match, line)) {
            return false;
        }
        Slot current = slots.current();
        if (current != null && field.equals(current.field())) {
            // The label repeated (a table header on the next page) only when nothing was written yet.
            return slots.currentLines().isEmpty();
        }
        if (slots.seen(field) && !boldStart) {
            return false;
        }
        // Where the document sets labels in bold, plain text that reads like a label is content.
        return !styled || boldStart || field.kind() == Kind.HEADER;
    }

    /**
     * A label of the compendium's own template: its recurrence already tells it from content, so only what
     * would contradict it counts: content after one space where the template never has any, a field this
     * practice already has.
     */
    private boolean acceptsTemplateLabel(LineStartMatch match, TextLine line, boolean boldStart) {
        TemplateField field = match.field();
        // Content after one space where the template has none: only the template's order can still tell.
        if (match.separator() == LabelMatcher.Separator.SPACE && !match.template().inline() && !boldStart
                && (field == null || !separatorFits(match, line))) {
            return false;
        }
        if (field == null) {
            return true;
        }
        Slot current = slots.current();
        if (current != null && field.equals(current.field())) {
            return slots.currentLines().isEmpty();
        }
        return !slots.seen(field);
    }

    private boolean separatorFits(LineStartMatch match, TextLine line) {
        TemplateField field = match.field();
        boolean oneWord = match.words() < 2;
        int anyLater = TemplateField.values().length;
        return switch (match.separator()) {
            case WIDE_GAP -> true;
            case END_OF_LINE -> !oneWord || startsAfterBreak(line);
            case PERIOD -> match.words() >= 3;
            case COLON -> !oneWord || field.kind() == Kind.HEADER;
            case SPACE -> match.synonymWords() >= 3 && slots.isAmongNextUnseen(field, anyLater)
                    // After a break, or with a bullet right after the label ("Results - Forty trained").
                    || (startsAfterBreak(line) || match.rest().startsWith("- "))
                    && slots.isAmongNextUnseen(field, oneWord ? 4 : anyLater)
                    // Mid-paragraph, only the very next row, and not a one-word narrative label: "South-South
                    // Cooperation Assistance Fund" wraps onto a line start, "Funds RBTC" follows a one-line cell.
                    || slots.isAmongNextUnseen(field, 1) && (match.synonymWords() >= 2 || field.kind() == Kind.CLOSING);
        };
    }

    /**
     * After a paragraph break or a finished sentence; not after a line ending on a function word, which flattened
     * text may follow with a blank line inside the sentence ("… en la historia del" / "" / "Fondo Nacional.").
     */
    private boolean startsAfterBreak(TextLine line) {
        return line.start() == LineStart.PARAGRAPH && !slots.currentEndsOn(functionWord) || slots.currentEndsSentence();
    }
}
