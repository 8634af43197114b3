package org.ilo.sstc.fields;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.ilo.sstc.fields.LabelText.Token;
import org.ilo.sstc.text.Fold;

/**
 * A label of the template that a page break cut in flattened text, its first words and the first line of its
 * content at the foot of one page, its last words and the next line of content at the top of the next
 * ("Peer exchange, step by  Master kiln builders …" / page number, running header / "step:  in the Niger, …").
 * The head alone is no label; the head and a tail that the next page opens with are. Immutable.
 */
final class PageSplitLabels {

    /** A label's first {@code words} opening a line, and the content after them on it. */
    record Head(TemplateLabel label, int words, String rest) {
    }

    /** A head takes two words of the label at least, and half of them. */
    private static final int MIN_HEAD_WORDS = 2;

    private final CompendiumTemplate template;

    PageSplitLabels(CompendiumTemplate template) {
        this.template = template;
    }

    /**
     * The label still to come in the practice (after the label of field {@code current}, of a field not
     * {@code seen}) whose first words, not all of them, open {@code line} before its content; empty when none.
     */
    Optional<Head> head(String line, TemplateField current, Predicate<TemplateField> seen) {
        String text = plain(line);
        List<Token> tokens = LabelText.tokens(text);
        for (TemplateLabel label : template.stillToCome(current, seen)) {
            int n = label.words().size();
            int k = 0;
            while (k < n - 1 && k < tokens.size() && LabelText.sameWord(tokens.get(k).word(), label.words().get(k))) {
                k++;
            }
            if (k >= MIN_HEAD_WORDS && 2 * k >= n) {
                Optional<String> rest = LabelMatcher.contentAfter(text, tokens.get(k - 1).end());
                if (rest.isPresent()) {
                    return Optional.of(new Head(label, k, rest.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The content after the rest of {@code head}'s label when {@code line} opens with it; empty when it does not. */
    Optional<String> tail(String line, Head head) {
        String text = plain(line);
        List<Token> tokens = LabelText.tokens(text);
        List<String> rest = head.label().words().subList(head.words(), head.label().words().size());
        if (tokens.size() < rest.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < rest.size(); i++) {
            if (!LabelText.sameWord(tokens.get(i).word(), rest.get(i))) {
                return Optional.empty();
            }
        }
        return LabelMatcher.contentAfter(text, tokens.get(rest.size() - 1).end());
    }

    /** A line with its numbering blanked (offsets kept) and odd spaces made plain, as labels are matched. */
    private static String plain(String line) {
        return LabelKey.blankNumbering(Fold.plainSpaces(line));
    }
}
