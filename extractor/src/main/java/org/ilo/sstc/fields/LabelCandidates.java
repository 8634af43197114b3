package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ilo.sstc.fields.LabelCandidate.Evidence;
import org.ilo.sstc.fields.LabelText.Token;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.segment.PracticeSegment;
import org.ilo.sstc.text.Fold;

/**
 * Gathers what may be a template label in one practice, in every layout: label cells, bold and heading
 * lines, "Words:" line starts, line starts before a wide gap, short lines alone (and runs of them, a
 * label wrapped over several lines), and the first words of a line whose content follows after one space.
 * Most of these are content; recurrence across the compendium tells the labels apart.
 */
final class LabelCandidates {

    private static final int MAX_LABEL_WORDS = 12;
    private static final int MAX_JOINED_LINES = 5;
    private static final int MAX_JOINED_WORDS = 24;
    private static final int MAX_COLON_WORDS = 12;
    private static final int MAX_PREFIX_WORDS = 6;
    /** A label sits at the start of its line: colons and gaps further in are content. */
    private static final int MAX_HEAD_CHARS = 90;
    /** Content that opens with an e-mail or web address ("Reach us desk@ilo.org"). */
    private static final Pattern ADDRESS_START = Pattern.compile(LabelText.ADDRESS_START);

    /** What ends a label's first words between two of them: a colon, or a dash set off by spaces. */
    private static final Pattern SEPARATOR = Pattern.compile(":|\\s[–—-]\\s");
    /** A dash and a value after a bold label line: "*Lead writer* – Jane Roe". */
    private static final Pattern DASH_THEN_VALUE = Pattern.compile("[–—-]\\s+\\S");

    private final Instructions instructions;
    private final LabelMatcher matcher;
    private final FieldVocabulary vocabulary;
    private final int practice;
    private final List<LabelCandidate> found = new ArrayList<>();
    private int position;

    private LabelCandidates(FieldVocabulary vocabulary, int practice) {
        this.vocabulary = vocabulary;
        this.instructions = vocabulary.instructions();
        this.matcher = vocabulary.matcher();
        this.practice = practice;
    }

    /**
     * The candidates of one practice, in reading order, and how many line positions the practice has (where it
     * ends, as the candidates' positions count lines).
     */
    record Found(List<LabelCandidate> candidates, int lines) {
        Found {
            candidates = List.copyOf(candidates);
        }
    }

    /** The candidates of {@code segment}, the {@code practice}-th practice of its document. */
    static Found of(PracticeSegment segment, int practice, FieldVocabulary vocabulary) {
        LabelCandidates candidates = new LabelCandidates(vocabulary, practice);
        List<TextLine> free = new ArrayList<>();
        for (Block block : segment.blocks()) {
            if (block instanceof TextLine line) {
                if (line.role() == LineRole.BODY) {
                    free.add(line);
                }
            } else {
                candidates.freeLines(free);
                free.clear();
                candidates.row((TableRow) block);
            }
        }
        candidates.freeLines(free);
        return new Found(candidates.found, candidates.position);
    }

    private void row(TableRow row) {
        List<Cell> cells = row.cells();
        if (cells.size() == 1) {
            freeLines(cells.get(0).lines());
            return;
        }
        List<TextLine> label = vocabulary.labelLines(cells.get(0).lines());
        if (!label.isEmpty() && !InnerTables.namesItsColumns(cells, vocabulary)) {
            String text = String.join(" ", label.stream().map(l -> l.text().strip()).toList());
            Set<Evidence> evidence = EnumSet.of(Evidence.CELL, Evidence.ALONE);
            if (label.stream().allMatch(TextLine::isBold)) {
                evidence.add(Evidence.BOLD);
            }
            add(text, LabelKey.words(text), position, cells.get(0).lines().size(), evidence);
        }
        position += cells.get(0).lines().size();
        // Content cells only hold labels as "Words:" lines (meta lines set inside the table) or bold lines above
        // content; a bold cell alone is a header row's other column.
        for (int c = 1; c < cells.size(); c++) {
            List<TextLine> lines = cells.get(c).lines();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBold() && i + 1 < lines.size()) {
                    styledRun(lines, i);
                } else {
                    colonHead(lines.get(i).text(), position, false, Evidence.IN_CONTENT);
                }
                position++;
            }
        }
    }

    private void freeLines(List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (line.isBold() || line.heading()) {
                styledRun(lines, i);
            } else if (line.boldPrefix() > 0) {
                styledOrColonHead(line);
            } else {
                plainLine(lines, i);
            }
            position++;
        }
    }

    /** A run of bold or heading lines from {@code from}: each of its first lines, joined, may be one label. */
    private void styledRun(List<TextLine> lines, int from) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < MAX_JOINED_LINES - 1 && from + k < lines.size(); k++) {
            TextLine line = lines.get(from + k);
            // A tab inside joins the cells of a table nested in the content ("Name | Position | E-mail").
            // (Not the tab after a label's numbering: "1.<tab>Meta de la cooperación", Word's list mark in a PDF.)
            String stripped = line.text().strip();
            if (!(line.isBold() || line.heading()) || stripped.indexOf('\t', LabelKey.numberingLength(stripped)) >= 0) {
                break;
            }
            text.append(k == 0 ? "" : " ").append(line.text().strip());
            List<String> words = LabelKey.words(text.toString());
            if (words.size() > MAX_LABEL_WORDS) {
                break;
            }
            Set<Evidence> evidence = EnumSet.of(Evidence.ALONE);
            evidence.add(line.isBold() ? Evidence.BOLD : Evidence.HEADING);
            add(text.toString(), words, position, k + 1, evidence);
        }
    }

    /** A bold label before its value ("*Practice name:* ..."), or a "Words:" start of the line. */
    private void styledOrColonHead(TextLine line) {
        String text = Fold.plainSpaces(line.text());
        if (line.boldPrefix() > 0) {
            String bold = line.boldText().strip();
            String after = text.substring(line.boldPrefix()).strip();
            // "*Lead writer* – Jane Roe": a dash after the bold words sets them off as a colon does.
            boolean colon = bold.endsWith(":") || bold.endsWith("：") || after.startsWith(":") || DASH_THEN_VALUE.matcher(after).lookingAt();
            String label = bold.replaceAll("[:：]\\s*$", "");
            List<String> words = LabelKey.words(label);
            if (!words.isEmpty() && words.size() <= MAX_LABEL_WORDS) {
                Set<Evidence> evidence = EnumSet.of(Evidence.BOLD);
                evidence.add(colon ? Evidence.COLON : Evidence.PREFIX);
                add(label, words, position, 1, evidence);
                return;
            }
        }
        colonHead(text, position, true);
    }

    /** The candidates a plain line starts: a colon head, a gap head, the whole line, runs of short lines, first words. */
    private void plainLine(List<TextLine> lines, int index) {
        String text = Fold.plainSpaces(lines.get(index).text());
        colonHead(text, position, true);
        int gap = gapAfterHead(text);
        // A line of three cells or more is a row of a table inside a field ("Name<tab>Organisation<tab>E-mail").
        if (gap > 0 && !InnerTables.isRowLine(lines.get(index))) {
            String head = text.substring(0, gap).strip();
            add(head, LabelKey.words(head), position, 1, EnumSet.of(Evidence.GAP));
        }
        List<String> words = LabelKey.words(text);
        // "resultados)" ends an instruction wrapped from the line above, "(after external funding" opens one under
        // its label: no label starts there.
        String unnumbered = LabelKey.withoutNumbering(text).strip();
        if (words.isEmpty() || words.size() > MAX_LABEL_WORDS || LabelText.closesUnopened(unnumbered)
                || unnumbered.startsWith("(") || unnumbered.startsWith("[")) {
            if (unnumbered.isEmpty() && LabelKey.numberingLength(text) > 0) {
                // A row's numbering alone ("SECTION 10:"), its words wrapped onto the lines below.
                joins(lines, index);
            }
            prefixes(text);
            return;
        }
        add(text.strip(), words, position, 1, EnumSet.of(Evidence.ALONE));
        joins(lines, index);
        prefixes(text);
    }

    /**
     * A label wrapped in a narrow column: short lines that do not end a sentence (the last one may), its
     * last line alone or up to a colon or a wide gap before content. A wrapped line goes on the one above
     * ({@link #continuesLabel}); a numbered line, or a capitalised one that is a label of the profile by
     * itself, starts another label.
     */
    private void joins(List<TextLine> lines, int index) {
        StringBuilder joined = new StringBuilder(lines.get(index).text().strip());
        // A numbered label in capitals goes on over lines in capitals, even one the profile knows by itself
        // ("SECTION 9: NAMED" / "CONTACTS", "SECTION 10:" / "DOCUMENTATION"): the next numbering starts the next label.
        boolean numbered = LabelKey.numberingLength(joined.toString()) > 0;
        for (int k = 1; k < MAX_JOINED_LINES && index + k < lines.size(); k++) {
            if (endsSentence(lines.get(index + k - 1).text()) && !LabelText.opensParenthesis(joined)) {
                return;
            }
            TextLine next = lines.get(index + k);
            String text = next.text();
            // A colon ends the label where a label line of its content follows ("CONTATOS DA EQUIPE:" / "Nome: Joana
            // …"); after a numbering alone ("SECTION 10:"), the label's words follow.
            String above = lines.get(index + k - 1).text();
            if (endsWithColon(above) && !LabelKey.withoutNumbering(above).isBlank() && firstColon(text, false) > 0) {
                return;
            }
            // After a line ending on a word no label ends with, even a wording of the profile carries the label on
            // ("B) INSTITUIÇÕES E" / "PAÍSES ENVOLVIDOS E" / "SEUS PAPÉIS").
            if (next.isBold() || next.heading() || LabelKey.numberingLength(text) > 0
                    || startsOwnLabel(text) && !endsOnConnective(above) && !(numbered && inCapitals(above) && inCapitals(text))
                    || !continuesLabel(above, text)) {
                return;
            }
            int gap = gapAfterHead(text);
            int colon = firstColon(text, true);
            int head = colon > 0 && (gap < 0 || colon < gap) ? colon : gap;
            if (head > 0) {
                String withHead = joined + " " + text.substring(0, head).strip();
                Set<Evidence> evidence = EnumSet.of(colon == head ? Evidence.COLON : Evidence.GAP);
                if (onlyInstructions(text.substring(head + 1))) {
                    evidence.add(Evidence.ALONE);
                }
                if (colon == head && asksAt(text, colon)) {
                    evidence.add(Evidence.QUESTION);
                }
                add(withHead, LabelKey.words(withHead), position, k + 1, evidence);
            }
            joined.append(' ').append(text.strip());
            List<String> joinedWords = LabelKey.words(joined.toString());
            if (joinedWords.size() > MAX_JOINED_WORDS) {
                return;
            }
            add(joined.toString(), joinedWords, position, k + 1, EnumSet.of(Evidence.ALONE));
        }
    }

    /**
     * Whether {@code next} can be the rest of a label wrapped at the end of {@code previous}: it starts in lower
     * case or with an instruction's parenthesis or a slash, or the line above ends on a hyphen or on a word a
     * label does not end with ("Title of South-South and" / "Triangular Cooperation"). A capitalised line after
     * a complete label is its content ("Who paid" / "RBTC-SSTC").
     */
    private boolean continuesLabel(String previous, String next) {
        String text = next.strip();
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (Character.isLowerCase(first) || first == '(' || first == '/' || first == '&') {
            return true;
        }
        // "C) COMO OS PARES" / "APRENDERAM UNS COM": a label in capitals wraps onto a line in capitals; one in title
        // case onto a line in title case ("What The Partners Aimed" / "For", "Mutual Learning" / "Approach").
        return endsOnConnective(previous) || inCapitals(previous) && inCapitals(text) || inTitleCase(previous, 2) && inTitleCase(text, 1);
    }

    /** Whether {@code line} has at least {@code words} words and each of them opens with a capital ("Documents And Web"). */
    private static boolean inTitleCase(String line, int words) {
        List<String> tokens = List.of(LabelKey.withoutNumbering(line).strip().split("\\s+"));
        return tokens.size() >= words && tokens.stream().allMatch(t -> !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)))
                && !endsSentence(line);
    }

    private static boolean endsWithColon(String line) {
        String text = line.strip();
        return text.endsWith(":") || text.endsWith("：");
    }

    /** Whether {@code line} has letters, all of them capitals. */
    private static boolean inCapitals(String line) {
        return line.codePoints().anyMatch(Character::isLetter) && line.codePoints().noneMatch(Character::isLowerCase);
    }

    /** Whether {@code line} ends on a hyphen, a slash or a function word ("and", "de"): a label goes on after it. */
    private boolean endsOnConnective(String line) {
        String before = line.strip();
        if (before.endsWith("-") || before.endsWith("/")) {
            return true;
        }
        List<String> words = LabelText.words(before);
        return !words.isEmpty() && vocabulary.isFunctionWord(words.get(words.size() - 1));
    }

    /** A capitalised line that is a wording of the profile by itself: a label of its own, not the end of one above. */
    private boolean startsOwnLabel(String text) {
        String t = text.strip();
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0))
                && matcher.classify(LabelKey.words(t)).filter(m -> m.mapping() == TemplateLabel.Mapping.SYNONYM).isPresent();
    }

    /** Whether what follows a label on its line is nothing, or only its instructions ("? [max. 100 words]"). */
    private static boolean onlyInstructions(String rest) {
        return LabelKey.withoutBrackets(rest).isBlank();
    }

    /** "Practice name: ..." : the words before a colon near the start of the line. */
    private void colonHead(String text, int at, boolean questions, Evidence... more) {
        // The colon of a row's numbering ("Section 6: Sustainability") ends no label.
        int colon = firstColon(text, questions, Math.max(1, LabelKey.numberingLength(text)));
        if (colon <= 0) {
            return;
        }
        String head = text.substring(0, colon).strip();
        List<String> words = LabelKey.words(head);
        // "Lisboa): cassoma@ilo.org": the end of a bracket a wrapped line opened, no label.
        if (!words.isEmpty() && words.size() <= MAX_COLON_WORDS && !LabelText.closesUnopened(head)) {
            Set<Evidence> evidence = EnumSet.of(Evidence.COLON);
            if (onlyInstructions(text.substring(colon + 1))) {
                evidence.add(Evidence.ALONE);
            }
            if (asksAt(text, colon)) {
                evidence.add(Evidence.QUESTION);
            }
            evidence.addAll(List.of(more));
            add(head, words, at, 1, evidence);
        }
    }

    /** The first words of a line whose content follows after a single space: "Dates January 2024". */
    private void prefixes(String text) {
        int numbering = LabelKey.numberingLength(text);
        String stripped = text.substring(numbering);
        if (stripped.isEmpty() || !(Character.isUpperCase(stripped.charAt(0)) || Character.isDigit(stripped.charAt(0)))) {
            return;
        }
        String masked = LabelText.maskPluralMarks(stripped);
        List<Token> tokens = LabelText.tokens(masked);
        List<String> words = new ArrayList<>();
        // A run-in label closed by a full stop may be longer than other first words ("Quem se juntou e com que papel. …").
        for (int n = 1; n <= Math.min(MAX_LABEL_WORDS, tokens.size() - 1); n++) {
            Token last = tokens.get(n - 1);
            // A colon, or a dash set off by spaces ("Entidade promotora — Escritório da OIT"), ends the label.
            if (n > 1 && SEPARATOR.matcher(stripped.substring(tokens.get(n - 2).end(), last.start())).find()) {
                return;
            }
            words.add(last.word());
            // "Author(s) Jane Roe": the plural mark belongs to the label word.
            int after = last.end();
            while (after < masked.length() && masked.charAt(after) == ' ' && stripped.charAt(after) != ' ') {
                after++;
            }
            // "En síntesis. Más de dos mil …": a run-in label closed by a full stop; the sentence after it is content.
            if (after + 2 < stripped.length() && stripped.charAt(after) == '.' && stripped.charAt(after + 1) == ' '
                    && Character.isUpperCase(stripped.charAt(after + 2))) {
                add(text.substring(0, numbering + after + 1), List.copyOf(words), position, 1, EnumSet.of(Evidence.PREFIX));
                return;
            }
            // "ILO RBTC-SSTC (USD" / "58,000) …": words that end inside an open bracket are content, never a label;
            // so is an acronym after words in lower case ("Sources of funds ILO RBTC …": the content opens with it).
            String head = stripped.substring(0, after);
            if (n <= MAX_PREFIX_WORDS && after + 1 < stripped.length() && stripped.charAt(after) == ' '
                    && !LabelText.opensParenthesis(head) && !(n > 1 && endsWithAcronym(head))) {
                if (startsContent(stripped, after + 1) || startsWithArticleAndName(stripped, tokens, n)) {
                    add(text.substring(0, numbering + after), List.copyOf(words), position, 1, EnumSet.of(Evidence.PREFIX));
                } else if ((isSynonym(words) || n > 1 && isSynonym(words.subList(0, n - 1)) && isPlainWord(stripped, last))
                        && !nextIsFunctionWord(tokens, n)) {
                    // A wording of the profile, or one more word after it: "Période couverte février 2024" may hold
                    // the label "Période couverte", which the induction tells by its next word recurring everywhere.
                    add(text.substring(0, numbering + after), List.copyOf(words), position, 1,
                            EnumSet.of(Evidence.PREFIX, Evidence.LOWER_CONTENT));
                }
            }
        }
    }

    /**
     * "Pays associés la Côte d’Ivoire …", "Países el Perú": content opening with an article before a name, as
     * lists of countries do in languages that give countries articles.
     */
    private boolean startsWithArticleAndName(String text, List<Token> tokens, int n) {
        return n + 1 < tokens.size() && vocabulary.isArticle(tokens.get(n).word())
                && Character.isUpperCase(text.codePointAt(tokens.get(n + 1).start()));
    }

    /** A last word in capitals after words that are not: "Sources of funds ILO". */
    private static boolean endsWithAcronym(String head) {
        String[] words = head.strip().split("\\s+");
        String last = words[words.length - 1];
        boolean capitals = last.codePoints().filter(Character::isLetter).count() >= 2 && last.chars().noneMatch(Character::isLowerCase);
        return capitals && head.chars().anyMatch(Character::isLowerCase);
    }

    /** "Nombre de la práctica": a function word after the words carries the label on, it opens no content. */
    private boolean nextIsFunctionWord(List<Token> tokens, int n) {
        return n < tokens.size() && vocabulary.isFunctionWord(tokens.get(n).word());
    }

    /** A word in lower-case letters only: what may carry a wording of the profile on ("couverte"), not a number or a name. */
    private boolean isPlainWord(String text, Token token) {
        return text.substring(token.start(), token.end()).codePoints().allMatch(Character::isLowerCase)
                && !vocabulary.isFunctionWord(token.word());
    }

    /** A wording of the profile: its content may open in lower case ("Periodo julio de 2022 – …", months in Spanish). */
    private boolean isSynonym(List<String> words) {
        return matcher.classify(words).filter(d -> d.mapping() == TemplateLabel.Mapping.SYNONYM).isPresent();
    }

    /** What may open the content after a label and one space: a capital, a number, a bullet, a dash, an address. */
    private static boolean startsContent(String text, int at) {
        char c = text.charAt(at);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '-' || c == '–' || c == '—' || c == '•'
                || ADDRESS_START.matcher(text).region(at, text.length()).lookingAt();
    }

    /**
     * Offset of the first colon that ends a label near the line start (not "https:"), or of the question mark
     * of a label asked as a question before its answer ("Replicable? Yes, ...") where {@code questions} may be
     * labels (not in a content cell, where a guidance column asks them); -1 when none.
     */
    private static int firstColon(String text, boolean questions) {
        return firstColon(text, questions, 1);
    }

    private static int firstColon(String text, boolean questions, int from) {
        int limit = Math.min(text.length(), MAX_HEAD_CHARS);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if ((c == ':' || c == '：') && !text.startsWith("//", i + 1)
                    || questions && c == '?' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the head {@link #firstColon} found at {@code at} ends with a question mark, not a colon. */
    private static boolean asksAt(String text, int at) {
        return text.charAt(at) == '?';
    }

    /** Offset where a wide gap (two spaces or a tab) follows the line's first words, or -1. */
    private static int gapAfterHead(String text) {
        int start = LabelKey.numberingLength(text);
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int limit = Math.min(text.length() - 1, MAX_HEAD_CHARS);
        int depth = 0;
        for (int i = start + 1; i < limit; i++) {
            char c = text.charAt(i);
            depth = LabelText.depthAfter(c, depth);
            boolean wide = c == '\t' || c == ' ' && text.charAt(i + 1) == ' ';
            if (wide && depth == 0) {
                int next = i;
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                return next < text.length() ? i : -1;
            }
        }
        return -1;
    }

    private static boolean endsSentence(String line) {
        return line.strip().matches(".*[.!?;]['’\")]*$");
    }

    private void add(String text, List<String> words, int at, int lines, Set<Evidence> evidence) {
        if (!words.isEmpty() && words.stream().anyMatch(w -> Character.isLetter(w.charAt(0)))) {
            if (LabelKey.numberingLength(text) > 0) {
                evidence = EnumSet.copyOf(evidence);
                evidence.add(Evidence.NUMBERED);
            }
            found.add(new LabelCandidate(text, words, practice, at, lines, evidence));
        }
    }
}
