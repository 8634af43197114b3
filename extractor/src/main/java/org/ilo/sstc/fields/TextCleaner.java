package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.ilo.sstc.text.Fold;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TextLine;

/**
 * Turns the lines of a field into its text: wrapped lines joined, end-of-line hyphens resolved,
 * one bullet or paragraph per line ("- " for bullets), template instructions and empty bullets
 * dropped, spaces collapsed.
 */
final class TextCleaner {

    /** How lines become text. */
    enum Mode {
        /** Paragraphs and list items each on their own line (narrative rows, contacts, materials). */
        PARAGRAPHS,
        /** Everything on one line (the label-line values: author, title, countries...). */
        ONE_LINE,
        /**
         * Each source line on its own line unless it certainly wraps or continues a sentence in lower case:
         * for lists whose entries are lines (contacts), where flattened text cannot say which lines wrap.
         */
        LINES
    }

    // "o" and a tab: Word's bullet of a second list level (a Courier New "o"), as a PDF prints it.
    private static final Pattern BULLET_GLYPH = Pattern.compile(
            "^(?:(?:[-–—•●▪■◦○·\\u2022\\u25AA\\u25CF\\u25A0\\uF0B7\\uF0A7\\uF076\\uF0D8\\uF0FC\\uFFFD➢►✓]++|o(?=\\t))\\s*+)++(?=\\S)");
    private static final Pattern EMPTY_ITEM = Pattern.compile(
            "^[-–—•●▪■◦○·\\u2022\\u25AA\\u25CF\\u25A0\\uF0B7\\uF0A7\\uF076\\uF0D8\\uF0FC\\uFFFD➢►✓.,;:]*$");
    private static final Pattern NUMBERED_ITEM = Pattern.compile(
            "^\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,4})[.)]\\s+\\S", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.:;!?]['’\")]*$");

    private final Hyphenation hyphenation;
    private final Instructions instructions;
    /** Whether a folded word is an article, connector or preposition: a line ending on one goes on. */
    private final Predicate<String> functionWord;

    TextCleaner(Hyphenation hyphenation, Instructions instructions, Predicate<String> functionWord) {
        this.hyphenation = hyphenation;
        this.instructions = instructions;
        this.functionWord = functionWord;
    }

    /** The cleaned text of {@code lines}; "" when they hold nothing but layout. */
    String clean(List<TextLine> lines, Mode mode) {
        List<StringBuilder> paragraphs = new ArrayList<>();
        boolean contentStarted = false;
        String previous = null;
        boolean previousRow = false;
        int previousPage = 0;
        for (TextLine line : lines) {
            String text = normalise(line.text());
            if (EMPTY_ITEM.matcher(text).matches()) {
                continue;
            }
            if (!contentStarted && instructions.isInstructionLine(text)) {
                continue;
            }
            text = instructions.strip(text).strip();
            if (mode == Mode.ONE_LINE && !contentStarted && text.startsWith("- ")) {
                // "Lead writer – Jane Roe": a label line's value is no list, the dash only set it off from its label.
                text = text.substring(2).strip();
            }
            if (text.isEmpty()) {
                continue;
            }
            contentStarted = true;
            boolean pageBreak = previous != null && line.page() != previousPage;
            // A row of a table inside the field is a line of its own, and so is what follows it.
            boolean row = InnerTables.isRowLine(line);
            if (previous == null || mode != Mode.ONE_LINE && (row || previousRow) || startsNewLine(line, text, previous, pageBreak, mode)) {
                paragraphs.add(new StringBuilder(text));
            } else {
                StringBuilder last = paragraphs.get(paragraphs.size() - 1);
                // A label line's value given as a list ("Countries involved:" / "- Jordan" / "- Lebanon"): its items.
                String joined = mode == Mode.ONE_LINE && text.startsWith("- ") ? last + ", " + text.substring(2).strip()
                        : join(last.toString(), text);
                last.setLength(0);
                last.append(joined);
            }
            previous = text;
            previousRow = row;
            previousPage = line.page();
        }
        // Again on whole paragraphs: an instruction that wraps ("[max." / "150 words]") is whole only once joined.
        List<String> out = paragraphs.stream().map(p -> SPACES.matcher(instructions.strip(p.toString())).replaceAll(" ").strip())
                .filter(p -> !p.isEmpty()).toList();
        return String.join("\n", out);
    }

    /** Bullets written "- ", tabs and odd spaces made single spaces, ends trimmed. */
    static String normalise(String raw) {
        // Bullets before the tabs go: "o" is a bullet only before one.
        String text = raw.strip();
        if (BULLET_GLYPH.matcher(text).find() && !text.startsWith("--")) {
            text = BULLET_GLYPH.matcher(text).replaceFirst("- ");
        }
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private boolean startsNewLine(TextLine line, String text, String previous, boolean pageBreak, Mode mode) {
        if (mode == Mode.ONE_LINE) {
            return false;
        }
        if (isListItem(text)) {
            return true;
        }
        // After an unfinished sentence, a line in lower case, in digits ("... from USD 690 to USD" / "310.") or
        // on the next page continues it, whatever the reader said: flattened text puts blank lines inside
        // paragraphs, and a page starts a "paragraph".
        boolean unfinished = !SENTENCE_END.matcher(previous).find();
        int first = text.codePointAt(0);
        if (unfinished && (pageBreak || Character.isLowerCase(first) || Character.isDigit(first) || endsOnFunctionWord(previous))) {
            return false;
        }
        return line.start() == LineStart.PARAGRAPH || mode == Mode.LINES && line.start() == LineStart.UNKNOWN;
    }

    /** "… by the Council for Technical and" / "Vocational Education …": no line ends on a connector or article. */
    private boolean endsOnFunctionWord(String text) {
        int space = text.lastIndexOf(' ');
        String last = text.substring(space + 1);
        return !last.isEmpty() && functionWord.test(Fold.fold(last));
    }

    private static boolean isListItem(String text) {
        return text.startsWith("- ") || NUMBERED_ITEM.matcher(text).find();
    }

    private String join(String before, String after) {
        if (before.endsWith("-") && before.length() > 1) {
            char beforeHyphen = before.charAt(before.length() - 2);
            if (Character.isLetter(beforeHyphen) && Character.isLetter(after.codePointAt(0))) {
                return hyphenation.join(before.substring(0, before.length() - 1), after);
            }
            if (!Character.isWhitespace(beforeHyphen)) {
                return before + after;
            }
        }
        return before + " " + after;
    }
}
