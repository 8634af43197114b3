package org.ilo.sstc.fields;

import java.util.List;
import java.util.regex.Pattern;
import org.ilo.sstc.profile.Profiles;
import org.ilo.sstc.profile.WordPatterns;
import org.ilo.sstc.profile.WordSet;

/**
 * The words that identify a label however a compendium dresses it: its numbering ("1.", "b)", "IV."),
 * instructions in parentheses or brackets, a closing colon, case and accents dropped ("3. Innovation (max. 100
 * words):" → [innovation]).
 */
final class LabelKey {

    /**
     * A word that numbers the template's rows before the number ("Section 4:", "Criterio 3."), from every bundled
     * profile's {@code [row-words]}: a word alone before a number is content as often ("Achievements 1. 410 ha").
     */
    static final String ROW_WORD = "(?iu:" + WordPatterns.alternation(Profiles.bundled().union(WordSet.ROW_WORDS)) + ")\\s+";

    /** A space, the no-break ones too ("1°\u00a0Raison d’être"). */
    private static final String SPACE = "[\\s\\u00a0\\u202f]";

    /** A word after a row's number marking a row added after that one, from every profile's {@code [row-suffixes]}: "7° bis". */
    static final String ROW_SUFFIX = "(?iu:" + WordPatterns.alternation(Profiles.bundled().union(WordSet.ROW_SUFFIXES)) + ")";

    /**
     * A label's numbering: "1.", "1)", "(a)", "B.", "IV.", "2.1.", and "2.1" or "1.10" without a closing mark; an
     * ordinal "1°"; or a row word and its number ("Section 4:"); a row suffix after them ("7° bis"). Or a word in
     * brackets before a capital, where a designer names the icon that sets the label off ("[target] What we aimed for").
     */
    static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:\\d{1,2}(?:\\.\\d{1,2}){1,2}\\.?|\\(?(?:\\d{1,2}|[A-Za-z]|[IVXivx]{1,5})[.)]|\\d{1,2}\\s?[°º]"
            + "|" + ROW_WORD + "\\d{1,2}\\s?[.:)]|\\[\\p{Ll}[\\p{Ll}-]{1,19}\\](?=" + SPACE + "+\\p{Lu}))(?:" + SPACE + "+" + ROW_SUFFIX + ")?(?=" + SPACE + "|$)" + SPACE + "*");

    private LabelKey() {
    }

    /** The folded words of {@code label} without numbering and parenthesised text; empty when nothing is left. */
    static List<String> words(String label) {
        String text = withoutNumbering(label);
        if (text.indexOf('(') >= 0 || text.indexOf('[') >= 0) {
            // Plural marks first: "Objective(s)" keeps its word, "(max. 100 words)" goes.
            text = withoutBrackets(LabelText.maskPluralMarks(text));
        }
        return LabelText.words(text);
    }

    /** {@code text} with its parenthesised or bracketed parts ("(max. 100 words)", "[150 words]") blanked. */
    static String withoutBrackets(String text) {
        return LabelText.BRACKETED_ASIDE.matcher(text).replaceAll(" ");
    }

    /** {@code label} without its leading numbering. */
    static String withoutNumbering(String label) {
        return NUMBERING.matcher(label).replaceFirst("");
    }

    /** {@code line} with its leading numbering blanked: every offset still points where it did ("K. Difficultés"). */
    static String blankNumbering(String line) {
        int numbering = numberingLength(line);
        return numbering == 0 ? line : " ".repeat(numbering) + line.substring(numbering);
    }

    /** How many leading characters of {@code line} are its numbering (0 when none). */
    static int numberingLength(String line) {
        var m = NUMBERING.matcher(line);
        return m.lookingAt() ? m.end() : 0;
    }
}
