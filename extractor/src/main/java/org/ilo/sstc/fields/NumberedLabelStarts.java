package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.ilo.sstc.fields.LabelText.Token;

/**
 * A numbered label of the template that flattened text ran together with the first words of its guidance or
 * content, where other practices wrap it otherwise ("I. Resources Source and amount of funding, if" against
 * "I. Resources" / "mobilised"): a line that opens with the numbering and first word of a label still to come in
 * the practice, later in the template than the one open, is that label. The words of the label and of its
 * guidance that the line repeats, in their order, are left out; the rest of the line is content. Immutable.
 */
final class NumberedLabelStarts {

    /**
     * A label found at a line's start, what follows it and its guidance on the last line they take, and how many
     * lines they take (the guidance's last words may wrap onto lines of their own: "… funding, if" / "known.").
     */
    record Match(TemplateLabel label, String rest, int lines) {
    }

    /** How far the line's tokens went on with the label's words: tokens taken, and the next word of the label. */
    private record Progress(int tokens, int next) {
    }

    private final CompendiumTemplate template;

    NumberedLabelStarts(CompendiumTemplate template) {
        this.template = template;
    }

    /**
     * The numbered label {@code line} opens with, after the label of field {@code current} (null when none or
     * unknown) and of a field not {@code seen} yet; empty when none.
     */
    Optional<Match> match(List<String> window, TemplateField current, Predicate<TemplateField> seen) {
        String line = window.get(0);
        int numbering = LabelKey.numberingLength(line);
        if (numbering == 0) {
            return Optional.empty();
        }
        String mark = line.substring(0, numbering).strip();
        String text = line.substring(numbering);
        List<Token> tokens = LabelText.tokens(text);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        for (TemplateLabel label : template.stillToCome(current, seen)) {
            if (!mark.equals(CompendiumTemplate.markOf(label.text())) || !LabelText.sameWord(tokens.get(0).word(), label.words().get(0))) {
                continue;
            }
            List<String> words = wordsWithGuidance(label);
            Progress progress = repeated(tokens, words, 0);
            String rest = text.substring(tokens.get(progress.tokens() - 1).end()).strip();
            int lines = 1;
            while (rest.isEmpty() && lines < window.size()) {
                List<Token> next = LabelText.tokens(window.get(lines));
                Progress further = repeated(next, words, progress.next());
                if (next.isEmpty() || further.tokens() < next.size()) {
                    break;
                }
                progress = further;
                lines++;
            }
            return Optional.of(new Match(label, rest, lines));
        }
        return Optional.empty();
    }


    /** The words of {@code label} and of the guidance labels right after it. */
    private List<String> wordsWithGuidance(TemplateLabel label) {
        List<TemplateLabel> labels = template.labels();
        int index = labels.indexOf(label);
        List<String> words = new ArrayList<>(label.words());
        for (int j = index + 1; j < labels.size() && labels.get(j).mapping() == TemplateLabel.Mapping.GUIDANCE; j++) {
            words.addAll(labels.get(j).words());
        }
        return words;
    }

    /**
     * How many of the line's first tokens are words of {@code words} from {@code from} on, in their order (some
     * left out: wrapped elsewhere).
     */
    private static Progress repeated(List<Token> tokens, List<String> words, int from) {
        int at = from;
        int consumed = 0;
        for (Token token : tokens) {
            int found = -1;
            for (int j = at; j < words.size(); j++) {
                if (LabelText.sameWord(token.word(), words.get(j))) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                break;
            }
            at = found + 1;
            consumed++;
        }
        return new Progress(consumed, at);
    }
}
