package org.ilo.sstc.fields;

import java.util.regex.Pattern;

/**
 * Template instructions that authors left in the document ("(max. 100 words)", "Explain the main
 * results", "(please add more than one country)"): they are never field text.
 */
final class Instructions {

    /** An instruction in parentheses anywhere in a line. */
    private static final Pattern PARENTHESISED = Pattern.compile(
            "(?<!\\s)\\s*\\(\\s*(?:max(?:imum)?\\.?|up to|please|approx(?:imately)?\\.?|no more than|not more than|"
                    + "limit(?:ed)? to)\\b[^()]*\\)",
            Pattern.CASE_INSENSITIVE);

    /** A short imperative line of the template, such as "Explain the main results". */
    private static final Pattern IMPERATIVE_LINE = Pattern.compile(
            "^\\s*(?:please\\s+)?(?:explain|describe|indicate|list|provide|mention|specify|summari[sz]e|"
                    + "briefly|give|insert|add|include|state|outline|identify)\\b[^.!?]*[.:]?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final int MAX_INSTRUCTION_WORDS = 14;

    private Instructions() {
    }

    /** {@code line} without parenthesised instructions. */
    static String strip(String line) {
        return PARENTHESISED.matcher(line).replaceAll("");
    }

    /** Whether a line at the start of a field's content is a template instruction, not content. */
    static boolean isInstructionLine(String line) {
        return IMPERATIVE_LINE.matcher(line).matches() && line.strip().split("\\s+").length <= MAX_INSTRUCTION_WORDS;
    }
}
