package org.ilo.sstc.fields;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.profile.WordSet;
import org.ilo.sstc.text.Fold;

/** What the fields stage knows of one language: its label wordings, instructions and word endings. Immutable. */
final class FieldVocabulary {

    private final LabelMatcher matcher;
    private final Instructions instructions;
    private final Set<String> hyphenEndings;
    private final Set<String> columnHeadings;
    private final Set<String> functionWords;
    private final Set<String> articles;

    /** The longest title after an annex heading's colon ("Annex: Selection criteria"). */
    private static final int MAX_BACK_MATTER_TITLE_WORDS = 6;

    private final Set<String> backMatter;
    /** The column headings of a contact table ("Name", "E-mail"), each as its folded words. */
    private final Set<String> contactHeadings;

    FieldVocabulary(CompendiumProfile profile) {
        this.matcher = new LabelMatcher(LabelDictionary.of(profile));
        this.instructions = new Instructions(profile);
        Set<String> endings = new HashSet<>();
        profile.words(WordSet.HYPHEN_ENDINGS).forEach(e -> endings.add(Fold.fold(e)));
        this.hyphenEndings = Set.copyOf(endings);
        Set<String> headings = new HashSet<>();
        profile.words(WordSet.COLUMN_HEADINGS).forEach(h -> headings.addAll(LabelText.words(h)));
        this.columnHeadings = Set.copyOf(headings);
        Set<String> contactHeadings = new HashSet<>();
        profile.words(WordSet.HEADERS).forEach(h -> contactHeadings.add(String.join(" ", LabelText.words(h))));
        this.contactHeadings = Set.copyOf(contactHeadings);
        Set<String> function = new HashSet<>();
        for (WordSet set : List.of(WordSet.ARTICLES, WordSet.MINOR_WORDS, WordSet.CONNECTORS)) {
            profile.words(set).forEach(w -> function.addAll(LabelText.words(w)));
        }
        this.functionWords = Set.copyOf(function);
        Set<String> articles = new HashSet<>();
        profile.words(WordSet.ARTICLES).forEach(w -> articles.addAll(LabelText.words(w)));
        this.articles = Set.copyOf(articles);
        Set<String> back = new HashSet<>();
        profile.words(WordSet.BACK_MATTER).forEach(w -> back.add(Fold.fold(w)));
        this.backMatter = Set.copyOf(back);
    }

    /**
     * Whether {@code text} is the heading of back matter: a word of the profile's {@code [back-matter]} alone,
     * with a number or letter ("Annex 2"), or before a colon and a short title ("Annex: Selection criteria").
     */
    boolean isBackMatterHeading(String text) {
        String[] parts = text.strip().split("[:：]", 2);
        String[] head = parts[0].strip().split("\\s+");
        if (head.length == 0 || !backMatter.contains(Fold.fold(head[0])) || head.length > 2
                || head.length == 2 && !head[1].matches("[0-9IVXivx]{1,4}|[A-Za-z]")) {
            return false;
        }
        return parts.length == 1 || parts[1].isBlank() || parts[1].strip().split("\\s+").length <= MAX_BACK_MATTER_TITLE_WORDS;
    }

    /** Whether the folded {@code word} is an article ("the", "la", "el"). */
    boolean isArticle(String word) {
        return articles.contains(word);
    }

    /** Whether the folded {@code word} is an article, connector or other small word ("the", "el", "and"). */
    boolean isFunctionWord(String word) {
        return functionWords.contains(word);
    }

    /** Whether every one of {@code words} is a word of a table's header row ("criterion", "description"). */
    boolean areColumnHeadings(List<String> words) {
        return !words.isEmpty() && columnHeadings.containsAll(words);
    }

    /** Whether every one of {@code cells} is a contact table's column heading ("Name", "Organisation", "E-mail"). */
    boolean areContactHeadings(List<String> cells) {
        return cells.stream().allMatch(c -> contactHeadings.contains(String.join(" ", LabelText.words(c))));
    }

    LabelMatcher matcher() {
        return matcher;
    }

    Instructions instructions() {
        return instructions;
    }

    /** Whether {@code line} is a template instruction left in the document ("Describe the objective"). */
    /**
     * The lines of a label cell that make its label: not the blank ones nor the profile's instructions, and where
     * the label is bold, not the plain lines under it ("*What the partners aimed for*" / "In 100 words or fewer",
     * the form's guidance).
     */
    List<TextLine> labelLines(List<TextLine> cell) {
        List<TextLine> lines = cell.stream().filter(l -> !l.text().isBlank() && !isInstruction(l.text())).toList();
        int bold = 0;
        while (bold < lines.size() && lines.get(bold).isBold()) {
            bold++;
        }
        return bold > 0 && bold < lines.size() ? lines.subList(0, bold) : lines;
    }

    boolean isInstruction(String line) {
        return instructions.isInstructionLine(line);
    }

    /** A cleaner for lines of {@code text}, whose own words tell broken words from hyphenated ones. */
    TextCleaner cleanerFor(String text) {
        return cleaner(Hyphenation.vocabularyOf(text));
    }

    /** A cleaner that takes the lower-case words of {@code vocabulary} for the document's own. */
    TextCleaner cleaner(Set<String> vocabulary) {
        return new TextCleaner(new Hyphenation(vocabulary, hyphenEndings), instructions, this::isFunctionWord);
    }
}
