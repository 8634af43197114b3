package org.ilo.sstc.fields;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A piece of one practice that may be a label of the compendium's template, with what speaks for it.
 *
 * @param text     the label as written (numbering and closing colon included)
 * @param words    its {@link LabelKey} words
 * @param practice index of the practice in the document
 * @param position index of the line it starts on, among the practice's lines (cells' lines included)
 * @param lines    how many lines it spans (a wrapped label spans several)
 * @param evidence what its layout says
 */
record LabelCandidate(String text, List<String> words, int practice, int position, int lines, Set<Evidence> evidence) {

    /** What the layout says about a candidate. */
    enum Evidence {
        /** It fills the first cell of a table row. */
        CELL,
        /** It is set in bold. */
        BOLD,
        /** It is set as a heading. */
        HEADING,
        /** A colon ends it ("Practice name: ..."), or a question mark ({@link #QUESTION}). */
        COLON,
        /** It is asked as a question before what follows on its line ("How did peers learn? In 150 words or fewer"). */
        QUESTION,
        /** Two or more spaces or a tab separate it from content on its line (a flattened table row). */
        GAP,
        /** It fills its line or lines alone. */
        ALONE,
        /** It starts a line whose content follows after a single space; only recurrence can tell it is a label. */
        PREFIX,
        /** Its content follows in lower case: taken so only for a wording of the profile ("Periodo julio de 2022"). */
        LOWER_CONTENT,
        /** A number or letter opens it ("(vi)", "3.", "B."): recurring with the same words, it numbers a row. */
        NUMBERED,
        /** A "Words:" head inside a table's content cell, beside a label cell: a meta line set inside the table, or content. */
        IN_CONTENT
    }

    LabelCandidate {
        words = List.copyOf(words);
        evidence = Set.copyOf(evidence);
    }

    /** The key candidates of different practices share when they are the same label. */
    String key() {
        return String.join(" ", words);
    }

    /** This candidate with the colon that ends {@code other}, the same words on fewer lines ("Background documents:"). */
    LabelCandidate withColonOf(LabelCandidate other) {
        if (!other.has(Evidence.COLON) || has(Evidence.COLON)) {
            return this;
        }
        Set<Evidence> all = EnumSet.noneOf(Evidence.class);
        all.addAll(evidence);
        all.add(Evidence.COLON);
        return new LabelCandidate(text, words, practice, position, lines, all);
    }

    boolean has(Evidence e) {
        return evidence.contains(e);
    }
}
