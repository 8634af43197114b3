package org.ilo.sstc.fields;

import java.util.List;
import java.util.Optional;

/**
 * A label written the way a form sets one, in flattened text: short lines ending on a colon, then lines that hold
 * only a bracketed instruction ("Risks:" / "(and how they were handled)"). Content does not put a whole bracketed
 * line under a line ending on a colon, so the shape alone marks a label, even one no other practice has.
 */
final class InstructedLabels {

    /** A label line ends with a colon, once wrapped at most ("Conditions for" / "continuation:"). */
    private static final int MAX_LABEL_LINES = 2;
    private static final int MAX_LABEL_WORDS = 8;
    /** A long instruction wraps ("(after external funding" / "ends)"). */
    private static final int MAX_INSTRUCTION_LINES = 3;

    /** The label ({@code label}, without the colon) and how many lines it and its instruction take. */
    record Match(String label, int lines) {
    }

    private InstructedLabels() {
    }

    /** The label with its instruction that {@code lines} open with; empty when they open otherwise. */
    static Optional<Match> match(List<String> lines) {
        StringBuilder label = new StringBuilder();
        for (int k = 0; k < Math.min(MAX_LABEL_LINES, lines.size()); k++) {
            String line = lines.get(k).strip();
            // The first line opens with a capital, a wrapped one goes on in lower case.
            if (line.isEmpty() || Character.isUpperCase(line.codePointAt(0)) != (k == 0) || line.matches(".*[.;!?]$")) {
                return Optional.empty();
            }
            label.append(k == 0 ? "" : " ").append(line);
            if (LabelText.words(label.toString()).size() > MAX_LABEL_WORDS) {
                return Optional.empty();
            }
            if (line.endsWith(":")) {
                int instruction = instructionLines(lines, k + 1);
                String text = label.substring(0, label.length() - 1).strip();
                return instruction > 0 && !text.isEmpty() ? Optional.of(new Match(text, k + 1 + instruction)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** How many lines from {@code from} hold one bracketed instruction and nothing else; 0 when they do not. */
    static int instructionLines(List<String> lines, int from) {
        if (from >= lines.size() || !lines.get(from).strip().matches("[(\\[].*")) {
            return 0;
        }
        StringBuilder joined = new StringBuilder();
        for (int k = from; k < Math.min(lines.size(), from + MAX_INSTRUCTION_LINES); k++) {
            joined.append(k == from ? "" : " ").append(lines.get(k).strip());
            if (!LabelText.opensParenthesis(joined)) {
                return LabelText.BRACKETED_ASIDE.matcher(joined.toString().strip()).matches() ? k - from + 1 : 0;
            }
        }
        return 0;
    }
}
