package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.fields.LabelDictionary.Keywords;
import org.ilo.sstc.fields.LabelDictionary.Synonym;
import org.ilo.sstc.fields.LabelText.Token;

/**
 * Maps label text to template fields: whole labels (a table's label cell, a bold line) by synonym
 * or keyword, and labels at the start of flattened text lines by synonym only, since there a keyword
 * could as well be the first word of a sentence.
 */
final class LabelMatcher {

    /**
     * A label found at the start of a run of lines.
     *
     * @param field         the field it maps to
     * @param linesConsumed how many lines the label occupies (a wrapped label spans several)
     * @param rest          content that follows the label on its last line ("" when none)
     * @param separator     what separates the label from its content
     * @param words         how many words the label has, "South-South" included
     * @param synonymWords  how many of them the template wording itself has, without "South-South"
     */
    record LineStartMatch(TemplateField field, int linesConsumed, String rest, Separator separator, int words,
                          int synonymWords) {
    }

    /** What follows a label on its line; the weaker the separator, the more context a label needs. */
    enum Separator {
        /** Nothing: the label is alone on its line. */
        END_OF_LINE,
        /** A period closes the label ("... to achieve the objectives."). */
        PERIOD,
        /** A colon. */
        COLON,
        /** Two or more spaces or a tab: a flattened table cell boundary. */
        WIDE_GAP,
        /** A single space before content starting in upper case: only the template order can tell. */
        SPACE
    }

    private record Rest(String text, Separator separator, int lineEnd) {
    }

    /** Longest label we look for across lines: the template's longest wraps over five. */
    private static final int MAX_LABEL_LINES = 6;
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)");
    /** An instruction in parentheses after a label is short ("(max. 100 words)"); a longer one is content. */
    private static final int MAX_INSTRUCTION_LENGTH = 80;
    private static final Pattern COLON_THEN_CONTENT = Pattern.compile("^\\s*[:：]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern WIDE_GAP_THEN_CONTENT = Pattern.compile("^(?=\\s{2}|\\s*\\t)\\s++(\\S.*)$", Pattern.DOTALL);
    private static final Pattern LONE_PERIOD = Pattern.compile("^\\s*[.]\\s*$");
    private static final Pattern SPACE_THEN_CAPITAL = Pattern.compile("^ (\\p{Lu}.*|\\d.*|- .*|www\\..*|https?://.*)$",
            Pattern.DOTALL);
    private static final Pattern ONLY_PARENTHESES = Pattern.compile("^\\s*+(?:\\([^()]*+\\)\\s*+)++$");

    private final LabelDictionary dictionary;

    LabelMatcher(LabelDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The field a text known to be a label maps to, by synonym first, then keyword; empty when none. */
    Optional<TemplateField> matchLabel(String label) {
        List<String> words = withoutPrefix(LabelText.words(PARENTHESISED.matcher(label).replaceAll(" ")));
        if (words.isEmpty()) {
            return Optional.empty();
        }
        for (Synonym synonym : dictionary.synonyms()) {
            if (synonym.words().size() == words.size() && startsWith(words, 0, synonym.words())) {
                return Optional.of(synonym.field());
            }
        }
        return matchKeyword(words);
    }

    /**
     * A synonym label at the start of {@code lines}, possibly wrapped over several of them, followed by
     * the end of its line, a colon or a wide gap (flattened table cells), with the content after it.
     */
    Optional<LineStartMatch> matchLineStart(List<String> lines) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        // Most lines are content: settle them on the first line's first word before joining any lines.
        List<Synonym> candidates = candidatesFor(lines.get(0));
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int longest = candidates.stream().mapToInt(c -> c.words().size()).max().orElse(0);
        LineStartMatch best = null;
        int bestWords = 0;
        StringBuilder joined = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int k = 0; k < Math.min(MAX_LABEL_LINES, lines.size()); k++) {
            int from = prefixLength(words);
            // The lines before the last must be label only: once they hold more words than any candidate, stop
            // (unless an instruction's parenthesis is still open: "approach (max. 100" / "words)").
            if (k > 0 && words.size() - from > longest && !opensParenthesis(joined)) {
                break;
            }
            if (k > 0) {
                joined.append('\n');
            }
            int offset = joined.length();
            joined.append(lines.get(k));
            for (Token token : LabelText.tokens(lines.get(k))) {
                tokens.add(new Token(token.word(), token.start() + offset, token.end() + offset));
                words.add(token.word());
            }
            String text = joined.toString();
            from = prefixLength(words);
            for (Synonym synonym : candidates) {
                int count = synonym.words().size();
                if (count <= bestWords || !startsWith(words, from, synonym.words())) {
                    continue;
                }
                Rest rest = separatedRest(text, tokens.get(from + count - 1).end());
                // Each window judges only labels that end on its last line; shorter windows judged the others.
                if (rest != null && lineOf(text, rest.lineEnd()) == k) {
                    best = new LineStartMatch(synonym.field(), k + 1, rest.text(), rest.separator(), from + count, count);
                    bestWords = count;
                }
            }
        }
        if (best != null && best.rest().isEmpty()) {
            // "Objective" / "(s)" or an instruction in parentheses on the next lines still belongs to the label.
            int consumed = best.linesConsumed();
            while (consumed < lines.size() && ONLY_PARENTHESES.matcher(lines.get(consumed)).matches()) {
                consumed++;
            }
            best = new LineStartMatch(best.field(), consumed, "", best.separator(), best.words(), best.synonymWords());
        }
        return Optional.ofNullable(best);
    }

    /**
     * The synonyms whose first word is the line's first word (after a "South-South" qualifier); a label
     * wrapped right after that qualifier ("South-South" / "Cooperation between") gets them all.
     */
    private List<Synonym> candidatesFor(String firstLine) {
        List<String> words = LabelText.firstWords(firstLine, 3);
        int from = prefixLength(words);
        if (from >= words.size()) {
            return words.isEmpty() ? List.of() : dictionary.synonyms();
        }
        return dictionary.startingWith(words.get(from));
    }

    private static boolean opensParenthesis(CharSequence text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        }
        return depth > 0;
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * What follows a label ending at {@code labelEnd}: parenthesised instructions skipped (they may wrap onto
     * the next lines, "(max. 100" / "words)"), then the rest of that line; null when it does not separate
     * label from content.
     */
    private static Rest separatedRest(String text, int labelEnd) {
        int p = labelEnd;
        while (true) {
            int q = p;
            while (q < text.length() && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
                q++;
            }
            int close = q < text.length() && text.charAt(q) == '(' ? text.indexOf(')', q) : -1;
            if (close < 0 || close - q > MAX_INSTRUCTION_LENGTH) {
                break;
            }
            p = close + 1;
        }
        int lineEnd = text.indexOf('\n', p);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        String rest = text.substring(p, lineEnd);
        if (rest.isBlank()) {
            return new Rest("", Separator.END_OF_LINE, lineEnd);
        }
        if (LONE_PERIOD.matcher(rest).matches()) {
            return new Rest("", Separator.PERIOD, lineEnd);
        }
        Matcher colon = COLON_THEN_CONTENT.matcher(rest);
        if (colon.matches()) {
            return new Rest(colon.group(1).strip(), Separator.COLON, lineEnd);
        }
        Matcher gap = WIDE_GAP_THEN_CONTENT.matcher(rest);
        if (gap.matches()) {
            return new Rest(gap.group(1).strip(), Separator.WIDE_GAP, lineEnd);
        }
        Matcher space = SPACE_THEN_CAPITAL.matcher(rest.stripTrailing());
        if (space.matches()) {
            return new Rest(space.group(1).strip(), Separator.SPACE, lineEnd);
        }
        return null;
    }

    private Optional<TemplateField> matchKeyword(List<String> words) {
        // The first word decides when it is a keyword: "Results of the cooperation" is about results.
        for (Keywords keywords : dictionary.keywords()) {
            if (keywords.stems().stream().anyMatch(stem -> LabelText.hasStem(words.get(0), stem))) {
                return Optional.of(keywords.field());
            }
        }
        for (Keywords keywords : dictionary.keywords()) {
            for (String word : words) {
                if (keywords.stems().stream().anyMatch(stem -> LabelText.hasStem(word, stem))) {
                    return Optional.of(keywords.field());
                }
            }
        }
        return Optional.empty();
    }

    /** Number of leading words that are the optional "South-South" / "SSTC" qualifier of template labels. */
    private static int prefixLength(List<String> words) {
        if (words.size() >= 2 && words.get(0).equals("south") && words.get(1).equals("south")) {
            return 2;
        }
        if (!words.isEmpty() && (words.get(0).equals("sstc") || words.get(0).equals("ssc"))) {
            return 1;
        }
        return 0;
    }

    private static List<String> withoutPrefix(List<String> words) {
        if (words.size() > 2 && words.get(0).equals("south") && words.get(1).equals("south")) {
            return words.subList(2, words.size());
        }
        if (words.size() > 1 && (words.get(0).equals("sstc") || words.get(0).equals("ssc"))) {
            return words.subList(1, words.size());
        }
        return words;
    }

    private static boolean startsWith(List<String> words, int from, List<String> expected) {
        if (from + expected.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!LabelText.sameWord(words.get(from + i), expected.get(i))) {
                return false;
            }
        }
        return true;
    }
}
