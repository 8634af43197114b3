package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.fields.LabelDictionary.Keywords;
import org.ilo.sstc.fields.LabelDictionary.Synonym;
import org.ilo.sstc.fields.LabelText.Token;
import org.ilo.sstc.text.Fold;

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
     * @param template      the compendium's template label it is, or null for a wording of the profile
     * @param numbered      the label is numbered ("3. Innovation"), as numbered content items are too
     */
    record LineStartMatch(TemplateField field, int linesConsumed, String rest, Separator separator, int words,
                          int synonymWords, TemplateLabel template, boolean numbered) {
    }

    /**
     * What a text known to be a label (a label cell, a bold line) names.
     *
     * @param field    the field, null for a template label that names none
     * @param template the compendium's template label it is, or null when the profile's wordings alone found it
     */
    record LabelHit(TemplateField field, TemplateLabel template) {
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
    /** Lines an instruction in parentheses may wrap over after its label. */
    private static final int MAX_INSTRUCTION_LINES = 3;
    /** An instruction in parentheses after a label is short ("(max. 100 words)"); a longer one is content. */
    private static final int MAX_INSTRUCTION_LENGTH = 80;
    /**
     * A colon, or the question mark of a label asked as a question with its answer on the line ("Replicable? Yes"),
     * or both ("Will it continue?: Yes").
     */
    /** A colon, a question's mark, or an em dash after a space ("Purpose — To train …"), then the content. */
    private static final Pattern COLON_THEN_CONTENT = Pattern.compile("^\\s*(?:[?]?[:：]|[?](?=\\s)|(?<=\\s)—(?=\\s|$))\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern WIDE_GAP_THEN_CONTENT = Pattern.compile("^(?=\\s{2}|\\s*\\t)\\s++(\\S.*)$", Pattern.DOTALL);
    /** A period, or the question mark of a label asked as a question ("What was new?"). */
    private static final Pattern LONE_PERIOD = Pattern.compile("^\\s*[.?]\\s*$");
    private static final Pattern SPACE_THEN_CAPITAL = Pattern.compile(
            "^ (\\p{Lu}.*|\\d.*|[-–—•●▪■◦\\u2022\\uF0B7] .*|(?:" + LabelText.ADDRESS_START + ").*)$",
            Pattern.DOTALL);
    private static final Pattern PERIOD_THEN_CAPITAL = Pattern.compile("^\\. (\\p{Lu}.*)$", Pattern.DOTALL);
    private static final Pattern SPACE_THEN_ANY = Pattern.compile("^ (\\S.*)$", Pattern.DOTALL);
    /** Instructions in parentheses and nothing else, but the colon that may close a label after them. */
    private static final Pattern ONLY_PARENTHESES = Pattern.compile("^\\s*+(?:[(\\[][^()\\[\\]]*+[)\\]]\\s*+)++[:：]?\\s*$");

    private final LabelDictionary dictionary;

    LabelMatcher(LabelDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** A matcher that knows the labels of a compendium's {@code template} before the profile's wordings. */
    LabelMatcher withTemplate(CompendiumTemplate template) {
        return template.labels().isEmpty() ? this : new LabelMatcher(dictionary.withTemplate(template));
    }

    /** What {@code label}, known to be a label, names: a template label first, then the profile's wordings. */
    Optional<LabelHit> identify(String label) {
        List<String> words = LabelKey.words(label);
        for (Synonym synonym : dictionary.synonyms()) {
            if (synonym.template() != null && LabelText.sameWords(withoutPrefix(synonym.words()), withoutPrefix(words))) {
                return Optional.of(new LabelHit(synonym.field(), synonym.template()));
            }
        }
        return classify(words).map(match -> new LabelHit(match.field(), null));
    }

    /**
     * A field the profile's wordings give a label, whether a whole wording or a keyword gave it, and how strongly
     * a keyword says so: {@code strength} 2 when it is the label's first word ("Achievements"), 1 when a later word
     * is the keyword itself ("Anchor institution"), 0 when a later word only starts with it ("Reporting officer").
     */
    record DictionaryMatch(TemplateField field, TemplateLabel.Mapping mapping, int strength) {
    }

    /** The strength of a whole wording: as strong as a first-word keyword. */
    private static final int WORDING = 2;

    /** The field a text known to be a label maps to, by synonym first, then keyword; empty when none. */
    Optional<TemplateField> matchLabel(String label) {
        return classify(LabelKey.words(label)).map(DictionaryMatch::field);
    }

    /** The field the profile's wordings give the label of {@link LabelKey} words {@code labelWords}. */
    Optional<DictionaryMatch> classify(List<String> labelWords) {
        List<String> words = withoutPrefix(labelWords);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        for (Synonym synonym : dictionary.synonyms()) {
            if (synonym.template() == null && synonym.words().size() == words.size() && startsWith(words, 0, synonym.words())) {
                return Optional.of(new DictionaryMatch(synonym.field(), TemplateLabel.Mapping.SYNONYM, WORDING));
            }
        }
        // "Desafíos que se presentaron" opens with a section offices add: no keyword further on names a field
        // ("presentaron" is one typo from the author's "presentad").
        if (dictionary.extras().stream().anyMatch(extra -> startsWith(words, 0, extra.words()))) {
            return Optional.empty();
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
        // A label's numbering ("2.") is blanked, not cut, and odd spaces ("Institution\u00A0:") made plain, so
        // that every offset still points into the lines.
        int numbering = LabelKey.numberingLength(lines.get(0));
        List<String> window = new ArrayList<>(lines.size());
        for (String line : lines) {
            window.add(Fold.plainSpaces(line));
        }
        window.set(0, LabelKey.blankNumbering(window.get(0)));
        // Most lines are content: settle them on the first line's first word before joining any lines.
        // A row's numbering alone on its line ("SECTION 10:"): the label's words start on the next one.
        List<Synonym> candidates = candidatesFor(numbering > 0 && window.get(0).isBlank() && window.size() > 1
                ? window.get(1) : window.get(0));
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int longest = candidates.stream().mapToInt(c -> c.words().size()).max().orElse(0);
        LineStartMatch best = null;
        int bestWords = 0;
        StringBuilder joined = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int k = 0; k < Math.min(MAX_LABEL_LINES, window.size()); k++) {
            int from = prefixLength(words);
            // The lines before the last must be label only: once they hold more words than any candidate, stop
            // (unless an instruction's parenthesis is still open: "approach (max. 100" / "words)").
            if (k > 0 && words.size() - from > longest && !LabelText.opensParenthesis(joined)) {
                break;
            }
            if (k > 0) {
                joined.append('\n');
            }
            int offset = joined.length();
            joined.append(window.get(k));
            for (Token token : LabelText.tokens(window.get(k))) {
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
                boolean inline = synonym.template() != null && synonym.template().inline();
                // A label the compendium closes with a full stop runs in too where most stand alone.
                boolean closedByStop = synonym.template() != null && synonym.template().text().endsWith(".");
                Rest rest = separatedRest(text, tokens.get(from + count - 1).end(), inline, closedByStop);
                // Each window judges only labels that end on its last line; shorter windows judged the others.
                if (rest != null && lineOf(text, rest.lineEnd()) == k) {
                    best = new LineStartMatch(synonym.field(), k + 1, rest.text(), rest.separator(), from + count, count,
                            synonym.template(), numbering > 0);
                    bestWords = count;
                }
            }
        }
        if (best != null && !best.rest().isEmpty() && LabelText.opens(best.rest().charAt(0)) && LabelText.opensParenthesis(best.rest())) {
            // "approach work? [max. 200" / "words]": an instruction the line break cut is no content.
            List<String> rest = new ArrayList<>(window);
            rest.set(best.linesConsumed() - 1, best.rest());
            int instruction = parenthesisedLines(rest, best.linesConsumed() - 1);
            if (instruction > 0) {
                best = new LineStartMatch(best.field(), best.linesConsumed() - 1 + instruction, "", best.separator(), best.words(),
                        best.synonymWords(), best.template(), best.numbered());
            }
        }
        if (best != null && best.rest().isEmpty()) {
            // "Objective" / "(s)" or an instruction in parentheses on the next lines still belongs to the label.
            int consumed = best.linesConsumed();
            int instruction;
            while ((instruction = parenthesisedLines(window, consumed)) > 0) {
                consumed += instruction;
            }
            best = new LineStartMatch(best.field(), consumed, "", best.separator(), best.words(), best.synonymWords(),
                    best.template(), best.numbered());
        }
        return Optional.ofNullable(best);
    }

    /** A section offices add, opening a line: its wording as the profile writes it, and what follows it on the line. */
    record ExtraLabel(String label, String rest) {
    }

    /**
     * A section the profile knows offices add ("Lessons learned"), opening {@code line} alone, before a colon or
     * before content in capitals after one space; empty when the line opens otherwise.
     */
    Optional<ExtraLabel> matchExtra(String line) {
        // "K. Difficultés rencontrées : …": the letter numbering the template's rows, blanked (offsets kept).
        String text = LabelKey.blankNumbering(Fold.plainSpaces(line));
        List<Token> tokens = LabelText.tokens(text);
        for (Synonym extra : dictionary.extras()) {
            int count = extra.words().size();
            if (tokens.size() < count) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < count && same; i++) {
                same = LabelText.sameWord(tokens.get(i).word(), extra.words().get(i));
            }
            Rest rest = same ? separatedRest(text, tokens.get(count - 1).end(), false, false) : null;
            if (rest != null) {
                return Optional.of(new ExtraLabel(extra.text(), rest.text()));
            }
        }
        return Optional.empty();
    }

    /**
     * How many lines from {@code from} hold only an instruction in parentheses or brackets, possibly wrapped
     * ("(Describe the objective in no more" / "than 100 words)"); 0 when the line there does not open one.
     */
    private static int parenthesisedLines(List<String> lines, int from) {
        if (from >= lines.size() || lines.get(from).isBlank() || !LabelText.opens(lines.get(from).strip().charAt(0))) {
            return 0;
        }
        StringBuilder text = new StringBuilder();
        for (int k = from; k < Math.min(lines.size(), from + MAX_INSTRUCTION_LINES); k++) {
            text.append(k > from ? " " : "").append(lines.get(k).strip());
            if (!LabelText.opensParenthesis(text)) {
                return ONLY_PARENTHESES.matcher(text).matches() ? k - from + 1 : 0;
            }
        }
        return 0;
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

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The first index from {@code from} on that holds no space or tab. */
    private static int skipSpaces(String text, int from) {
        int q = from;
        while (q < text.length() && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
            q++;
        }
        return q;
    }

    /** Where the parenthesis or bracket opening at {@code open} closes, or -1. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open, end = Math.min(text.length(), open + MAX_INSTRUCTION_LENGTH + 2); i < end; i++) {
            depth = LabelText.depthAfter(text.charAt(i), depth);
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What follows a label ending at {@code labelEnd}: parenthesised instructions skipped (they may wrap onto
     * the next lines, "(max. 100" / "words)"), then the rest of that line; null when it does not separate
     * label from content. After a label of the compendium's template that practices write content after
     * ({@code inline}), that content may open in lower case ("Periodo julio de 2022").
     */
    private static Rest separatedRest(String text, int labelEnd, boolean inline, boolean closedByStop) {
        int p = labelEnd;
        while (true) {
            int q = skipSpaces(text, p);
            // "contributed. [max. 150 words]": the stop of a label asked or said as a sentence, before its instruction.
            int open = q + 1 < text.length() && (text.charAt(q) == '.' || text.charAt(q) == '?') ? skipSpaces(text, q + 1) : q;
            open = open < text.length() && LabelText.opens(text.charAt(open)) ? open : q;
            int close = open < text.length() && LabelText.opens(text.charAt(open)) ? closing(text, open) : -1;
            if (close < 0 || close - open > MAX_INSTRUCTION_LENGTH) {
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
        Matcher space = (inline ? SPACE_THEN_ANY : SPACE_THEN_CAPITAL).matcher(rest.stripTrailing());
        if (space.matches()) {
            return new Rest(space.group(1).strip(), Separator.SPACE, lineEnd);
        }
        // A run-in label the compendium repeats, closed by a full stop: "En síntesis. Más de dos mil …".
        Matcher stop = PERIOD_THEN_CAPITAL.matcher(rest.stripTrailing());
        if ((inline || closedByStop) && stop.matches()) {
            return new Rest(stop.group(1).strip(), Separator.COLON, lineEnd);
        }
        return null;
    }

    /**
     * What follows a label that ends at {@code labelEnd} in the one line {@code line} (numbering blanked, spaces
     * plain) when a colon, a wide gap, a space before a capital or the line's end sets it apart; empty otherwise.
     */
    static Optional<String> contentAfter(String line, int labelEnd) {
        Rest rest = separatedRest(line, labelEnd, false, false);
        return rest == null ? Optional.empty() : Optional.of(rest.text());
    }

    /** Every field a keyword of the profile in {@code labelWords} names ("What the partners aimed for": objectives, cooperation). */
    Set<TemplateField> keywordFields(List<String> labelWords) {
        Set<TemplateField> fields = EnumSet.noneOf(TemplateField.class);
        for (String word : withoutPrefix(labelWords)) {
            Set<TemplateField> exact = fieldsOfWord(word, true);
            fields.addAll(exact.isEmpty() ? fieldsOfWord(word, false) : exact);
        }
        return fields;
    }

    /**
     * The fields whose keyword {@code word} starts with, typos allowed unless {@code exact}: a word that has a keyword
     * as written is not another's mistyped ("auteur" is AUTHOR's, not "acteur" of cooperation mistyped).
     */
    private Set<TemplateField> fieldsOfWord(String word, boolean exact) {
        Set<TemplateField> fields = EnumSet.noneOf(TemplateField.class);
        for (Keywords keywords : dictionary.keywords()) {
            if (keywords.stems().stream().anyMatch(stem -> exact ? word.startsWith(stem) : LabelText.hasStem(word, stem))) {
                fields.add(keywords.field());
            }
        }
        return fields;
    }

    private Optional<DictionaryMatch> matchKeyword(List<String> words) {
        // The first word decides when it is a keyword: "Results of the cooperation" is about results; a keyword as
        // written before one mistyped.
        for (boolean exact : new boolean[] {true, false}) {
            for (Keywords keywords : dictionary.keywords()) {
                // A vague stem decides only as the whole label, written as it is ("Name", not "Named").
                if (keywords.stems().stream().filter(stem -> !keywords.vague().contains(stem) || words.size() == 1 && isWord(words.get(0), stem))
                        .anyMatch(stem -> exact ? words.get(0).startsWith(stem) : LabelText.hasStem(words.get(0), stem))) {
                    return Optional.of(new DictionaryMatch(keywords.field(), TemplateLabel.Mapping.KEYWORD, WORDING));
                }
            }
        }
        DictionaryMatch found = null;
        for (Keywords keywords : dictionary.keywords()) {
            for (String word : words) {
                for (String stem : keywords.stems()) {
                    // "Name of the exchange": a vague first word says nothing where later words follow it.
                    if (keywords.vague().contains(stem) && word == words.get(0)) {
                        continue;
                    }
                    int strength = isWord(word, stem) ? 1 : 0;
                    if (LabelText.hasStem(word, stem) && (found == null || strength > found.strength())) {
                        found = new DictionaryMatch(keywords.field(), TemplateLabel.Mapping.KEYWORD, strength);
                    }
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The keyword itself, or its plural: "institution(s)", not "officer" for "office". */
    private static boolean isWord(String word, String stem) {
        return word.equals(stem) || word.equals(stem + "s") || word.equals(stem + "es");
    }

    private int prefixLength(List<String> words) {
        return dictionary.prefixLength(words);
    }

    /** {@code words} without a leading qualifier, unless the qualifier is all there is ("SSTC" alone). */
    private List<String> withoutPrefix(List<String> words) {
        int prefix = prefixLength(words);
        return prefix < words.size() ? words.subList(prefix, words.size()) : words;
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
