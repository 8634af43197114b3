package org.ilo.sstc.fields;

import java.util.regex.Pattern;
import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.profile.WordPatterns;
import org.ilo.sstc.profile.WordSet;

/**
 * Template instructions that authors left in the document ("(max. 100 words)", "Explain the main
 * results", "(please add more than one country)"): they are never field text. The words that open
 * them come from the profile. Immutable.
 */
final class Instructions {

    private static final int MAX_INSTRUCTION_WORDS = 14;

    /** An instruction in parentheses or brackets anywhere in a line. */
    private final Pattern parenthesised;
    /** A short imperative line of the template, such as "Explain the main results". */
    private final Pattern imperativeLine;

    Instructions(CompendiumProfile profile) {
        // Bounded: an instruction is short, and an unclosed parenthesis must not make the scan quadratic.
        this.parenthesised = Pattern.compile("(?<!\\s)\\s*[(\\[]\\s*" + WordPatterns.alternation(profile.words(WordSet.INSTRUCTION_STARTS))
                + "(?![\\p{L}])[^()\\[\\]]{0,200}[)\\]]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // A verb before a capitalised word is a name's first word: "State Employment Agency", not "State the aims".
        this.imperativeLine = Pattern.compile("^\\s*(?:" + WordPatterns.alternation(profile.words(WordSet.INSTRUCTION_STARTS))
                + "\\s+)?" + WordPatterns.alternation(profile.words(WordSet.INSTRUCTION_VERBS))
                + "(?![\\p{L}])(?!(?-i:\\s+\\p{Lu}\\p{Ll}))[^.!?]*+[.:]?\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** {@code line} without parenthesised instructions. */
    String strip(String line) {
        return line.indexOf('(') < 0 && line.indexOf('[') < 0 ? line : parenthesised.matcher(line).replaceAll("");
    }

    /** Whether a line at the start of a field's content is a template instruction, not content. */
    boolean isInstructionLine(String line) {
        return line.strip().split("\\s+").length <= MAX_INSTRUCTION_WORDS && imperativeLine.matcher(line).matches();
    }
}
