package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.ilo.sstc.text.Fold;

/** Word-level view of label text: folded tokens with their character offsets, and typo-tolerant equality. */
final class LabelText {

    /** A folded word and where it lies in the original text. */
    record Token(String word, int start, int end) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    /**
     * "Objective (s)", "Country(ies)": the plural mark is part of the word before it; glued to its word, a mark of the
     * feminine too ("Autor(a)", "Auteur(e)", "Coordinador(a)").
     */
    private static final Pattern PLURAL_MARK = Pattern.compile("\\(\\s*(?:s|es|ies)\\s*\\)|(?<=\\p{L})\\((?:a|as|e|os|ne)\\)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A short aside in parentheses or square brackets, the two ways templates set off an instruction
     * ("(max. 100 words)", "[máx. 150 palabras]"); as a regular expression, bounded.
     */
    static final String BRACKETED = "[(\\[][^()\\[\\]]{0,200}[)\\]]";
    /** {@link #BRACKETED}, compiled once for every reader of asides. */
    static final Pattern BRACKETED_ASIDE = Pattern.compile(BRACKETED);
    /** The start of an e-mail or web address, content that may follow a label in lower case ("Reach us desk@ilo.org"). */
    static final String ADDRESS_START = "www\\.|https?://|[\\w.+-]{1,64}+@[\\w-]";
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

    private LabelText() {
    }

    /**
     * The words of {@code text}, skipping parenthesised plural marks, with offsets into {@code text}.
     * The possessive "s" ("Author's") is dropped so that "Author's name" and "Authors name" agree.
     */
    static List<Token> tokens(String text) {
        String masked = mask(text);
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(masked);
        while (m.find()) {
            String word = Fold.fold(m.group());
            boolean possessive = word.equals("s") && m.start() > 0 && "'’`".indexOf(masked.charAt(m.start() - 1)) >= 0;
            if (!possessive && !word.isEmpty()) {
                tokens.add(new Token(word, m.start(), m.end()));
            }
        }
        return tokens;
    }

    /** {@code text} with its plural marks ("(s)", "(ies)") blanked, every other character in place. */
    static String maskPluralMarks(String text) {
        return mask(text);
    }

    /** Blanks plural marks without moving any other character. */
    private static String mask(String text) {
        Matcher m = PLURAL_MARK.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        } while (m.find());
        return sb.toString();
    }

    /**
     * The first {@code limit} folded words of {@code text}, found without scanning the rest of it: the
     * cheap test that most lines, which start no label, fail.
     */
    static List<String> firstWords(String text, int limit) {
        List<String> words = new ArrayList<>(limit);
        int i = 0;
        int n = text.length();
        while (words.size() < limit && i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            if (i > start) {
                boolean possessive = i - start == 1 && (text.charAt(start) == 's' || text.charAt(start) == 'S')
                        && start > 0 && "'’`".indexOf(text.charAt(start - 1)) >= 0;
                if (!possessive) {
                    words.add(Fold.fold(text.substring(start, i)));
                }
            }
        }
        return words;
    }

    /** The folded words of {@code text}. */
    static List<String> words(String text) {
        return tokens(text).stream().map(Token::word).toList();
    }

    /**
     * Whether two folded words are the same word allowing for a typo: exact below 6 letters (so
     * "data" is not "date"), one edit up to 8 letters, two edits from 9 ("objetive" = "objective"). A trailing plural "s" is
     * ignored ("objectives" = "objective").
     */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        // Cheap refusals first, since every line's first word meets every label's: a typo rarely hits the
        // first letter, and a plural or two typos change the length by a few letters at most.
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0) || Math.abs(a.length() - b.length()) > 4) {
            return false;
        }
        String sa = singular(a);
        String sb = singular(b);
        if (sa.equals(sb)) {
            return true;
        }
        int length = Math.min(sa.length(), sb.length());
        if (length < 6 || Math.abs(sa.length() - sb.length()) > 2) {
            return false;
        }
        LevenshteinDistance distance = length >= 9 ? TWO_EDITS : ONE_EDIT;
        return distance.apply(sa, sb) >= 0;
    }

    /** Whether two word lists are the same words, one by one, typos allowed ({@link #sameWord}). */
    static boolean sameWords(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameWord(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} leaves a parenthesis or bracket open ("approach (max. 100"). */
    static boolean opensParenthesis(CharSequence text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            depth = depthAfter(text.charAt(i), depth);
        }
        return depth > 0;
    }

    /** Whether {@code text} closes a parenthesis or bracket it did not open: the end of one wrapped from above. */
    static boolean closesUnopened(CharSequence text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (closes(c) && depth == 0) {
                return true;
            }
            depth = depthAfter(c, depth);
        }
        return false;
    }

    /** How deep inside parentheses or brackets the text is after {@code c}, when it was {@code depth} before. */
    static int depthAfter(char c, int depth) {
        return opens(c) ? depth + 1 : closes(c) && depth > 0 ? depth - 1 : depth;
    }

    static boolean opens(char c) {
        return c == '(' || c == '[';
    }

    static boolean closes(char c) {
        return c == ')' || c == ']';
    }

    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** Whether {@code word} starts with {@code stem}, allowing one typo in stems of 6 letters or more. */
    static boolean hasStem(String word, String stem) {
        if (word.startsWith(stem)) {
            return true;
        }
        // A typo spares the first letter: "criterion" is no "writer" mistyped; and the last: a word that leaves the stem
        // only there is another word ("counted" is no "countr-" mistyped).
        int end = stem.length() - 1;
        if (stem.length() < 6 || word.length() < stem.length() || word.charAt(0) != stem.charAt(0)
                || word.startsWith(stem.substring(0, end)) && word.charAt(end) != stem.charAt(end)) {
            return false;
        }
        return ONE_EDIT.apply(word.substring(0, stem.length()), stem) >= 0;
    }
}
