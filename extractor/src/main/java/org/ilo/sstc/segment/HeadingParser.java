package org.ilo.sstc.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.profile.Profiles;
import org.ilo.sstc.profile.WordPatterns;
import org.ilo.sstc.profile.WordSet;
import org.ilo.sstc.text.Fold;
import org.ilo.sstc.text.RomanNumerals;

/**
 * Recognises a practice heading such as "GOOD PRACTICE 7 – AMERICAS – SDG UN reform &amp; SSTC" in its
 * variants: the heading words of any language profile ("BUENA PRÁCTICA 3"), any case, accents or none,
 * any Unicode space, hyphen, dash, colon or bar as separator, a number mark ("No.") before the number.
 * Immutable.
 */
public final class HeadingParser {

    /** A table-of-contents entry: dot leaders, or a page number after the title. */
    private static final Pattern TOC_ENTRY = Pattern.compile("(\\.{4,}|…{2,}|(?<![.\\s])\\s?(?:\\.\\s?){3,}+\\d{1,3}+\\s*+$|(?<!\\t)\\t\\s*+\\d++\\s*+$|(?<!\\s)\\s{3,}+\\d{1,3}+\\s*+$)");

    /** Marks that set the heading's parts apart besides dashes: colon, bar, middle dot, bullet. */
    private static final String MARKS = ":|·•∙⋅";
    /**
     * Marks a designer sets between spaces to part the heading: "GOOD PRACTICE 3 › AFRICA › …", "3 ▪ AFRICA ▪ …"; within
     * a title ("~300 villages") they stay. Not « », which quote a title ("SAHEL – « Des champs … »").
     */
    private static final String SPACED_MARKS = "›>~▪◆■●*_║‖¦→▸►";
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s\\-–—./" + MARKS + SPACED_MARKS + "]+");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile(
            "(?<![\\s\\-–—/" + MARKS + SPACED_MARKS + "])[\\s\\-–—/" + MARKS + SPACED_MARKS + "]++$");
    /**
     * A dash that separates parts: with a space on at least one side ("AFRICA- X", "AFRICA -X", "A – X"); a slash
     * or a designer's mark between spaces ("BONNE PRATIQUE 2 / SAHEL / …"; "emploi/formation" is one word); a middle
     * dot between letters writes inclusively ("travailleur·euse·s"), parting nothing.
     */
    private static final Pattern PART_SEPARATOR = Pattern.compile(
            "(?<![\\s\\-–])(?:\\s+[-–]++\\s*|\\s*[-–]++\\s+)|(?<!\\s)\\s*(?!(?<=\\p{L})[·∙⋅]\\p{L})[–" + MARKS + "]\\s*|(?<!\\s)\\s+/\\s+"
            + "|(?<!\\s)\\s+[" + SPACED_MARKS + "]++\\s+");
    /**
     * After a full stop set after the number ("Good practice 3. South Asia. Mentoring circles"), a full stop before a
     * capital parts the heading too.
     */
    private static final Pattern STOP_OR_PART_SEPARATOR = Pattern.compile(PART_SEPARATOR.pattern() + "|(?<=\\p{L})\\.\\s+(?=\\p{Lu})");
    private static final int MAX_TITLE_CASE_REGION_WORDS = 4;
    /** Between the heading's two separators, a region's name may be longer: "Comunidade dos Países de Língua Portuguesa". */
    private static final int MAX_BETWEEN_SEPARATORS_WORDS = 8;
    /** A part in brackets, round or square, closing the heading: "… en la finca (ÁFRICA OCCIDENTAL)". */
    private static final Pattern TRAILING_REGION = Pattern.compile("[(\\[]([^()\\[\\]]{2,60})[)\\]]\\s*+$");
    /** A part in brackets, round or square, right after the number: "GOOD PRACTICE 1 (WEST AFRICA): title". */
    private static final Pattern LEADING_REGION = Pattern.compile("^[(\\[]([^()\\[\\]]{2,80})[)\\]]");

    private final Pattern heading;
    private final List<Pattern> regions;
    private final List<String> minorWords;

    /** A parser for the heading words, number marks and regions of every profile in {@code profiles}. */
    public HeadingParser(Profiles profiles) {
        this(profiles.union(WordSet.HEADING_WORDS), profiles.union(WordSet.NUMBER_MARKS), profiles.union(WordSet.PAGE_OF),
                profiles.union(WordSet.HEADING_REGIONS), profiles.union(WordSet.ARTICLES), profiles.union(WordSet.MINOR_WORDS));
    }

    HeadingParser(List<String> headingWords, List<String> numberMarks, List<String> countWords, List<String> regionNames,
                  List<String> articles, List<String> minorWords) {
        // Matched against the folded line (lower case, no accents, plain spaces and dashes, offsets kept).
        // The count after the number says how many practices there are, nothing of this one: "5 (of 5)", "5 of 21".
        String count = folded(countWords, "\\s*");
        this.heading = Pattern.compile("^\\s*" + folded(headingWords, "\\s*") + "\\s*(?:" + folded(numberMarks, "\\s*")
                + "\\s*)?(\\d{1,3}(?!\\d)(?![.,]\\d)|[ivxl]{1,7}(?![\\p{L}\\d]))(?:\\s*\\(\\s*" + count + "\\s+\\d{1,3}\\s*\\)|\\s+" + count
                + "\\s+\\d{1,3}(?!\\d))?(.*)$");
        String article = "(?:" + folded(articles, "\\s+") + "\\s+)?";
        List<String> sorted = new ArrayList<>(regionNames);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.regions = sorted.stream()
                .map(r -> Pattern.compile("^" + article + "(" + regionPattern(r) + ")(?![\\p{L}])"))
                .toList();
        this.minorWords = minorWords.stream().map(Fold::fold).toList();
    }

    /** An alternation of the folded {@code phrases}, their inner spaces matching {@code space}. */
    private static String folded(List<String> phrases, String space) {
        List<String> parts = new ArrayList<>();
        for (String phrase : phrases) {
            parts.add(Fold.foldKeepingOffsets(Fold.plainSpacesAndDashes(phrase)).strip());
        }
        return WordPatterns.alternation(parts).replace("\\s+", space);
    }

    /** A region name as a pattern on folded text: spaces flexible, '&amp;' and '-' with or without spaces around. */
    private static String regionPattern(String region) {
        String[] words = Fold.foldKeepingOffsets(Fold.plainSpacesAndDashes(region)).strip().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append(words[i].equals("&") || words[i - 1].equals("&") ? "\\s*" : "\\s+");
            }
            regex.append(Pattern.quote(words[i]).replace("-", "\\E\\s*-\\s*\\Q"));
        }
        return regex.toString();
    }

    /** Whether {@code line} ends like an entry of a table of contents: dot leaders, a page number after a tab. */
    public static boolean isTocEntry(String line) {
        return TOC_ENTRY.matcher(line).find();
    }

    /** The heading on {@code line}, or empty when the line is not a practice heading. */
    public Optional<PracticeHeading> parse(String line) {
        String plain = Fold.plainSpacesAndDashes(line);
        String folded = Fold.foldKeepingOffsets(plain);
        Matcher m = heading.matcher(folded);
        if (!m.matches() || TOC_ENTRY.matcher(line).find()) {
            return Optional.empty();
        }
        OptionalInt parsedNumber = number(plain.substring(m.start(1), m.end(1)));
        if (parsedNumber.isEmpty()) {
            return Optional.empty();
        }
        int number = parsedNumber.getAsInt();
        String afterNumber = plain.substring(m.start(2));
        String afterFolded = folded.substring(m.start(2));
        // "Good practice 3 shows how ..." is a sentence: a heading separates the number or names a region.
        String next = afterNumber.strip();
        boolean separated = next.isEmpty() || ("-–—./" + MARKS).indexOf(next.charAt(0)) >= 0
                || opensWithSpacedMark(afterNumber)
                || longestRegion(afterFolded.strip()) != null || opensWithBracketedRegion(next);
        if (!separated) {
            return Optional.empty();
        }
        String rest = LEADING_SEPARATORS.matcher(afterNumber).replaceFirst("");
        String restFolded = folded.substring(folded.length() - rest.length());
        String region = null;
        String shortTitle = rest;
        Matcher known = longestRegion(restFolded);
        Pattern separator = next.startsWith(".") ? STOP_OR_PART_SEPARATOR : PART_SEPARATOR;
        Matcher sep = separator.matcher(rest);
        boolean separatorFound = sep.find() && sep.start() > 0;
        // A known region the heading goes on from before its separator is part of a longer one, written in
        // capitals like it: "AFRIQUE DE L'OUEST ET OCÉAN INDIEN – Du cacao …".
        // Or in title case, going on with a minor word: "Afrique de l’Est – Coopératives …".
        // Or set off on both sides by the same mark, whatever its case: "Buena Práctica 3 | Caribe hispano | Aulas …".
        boolean longer = known != null && separatorFound && sep.start() > known.end()
                && !rest.substring(known.end(), sep.start()).isBlank()
                && (looksLikeRegion(rest.substring(0, sep.start())) && (isCapitals(rest.substring(0, sep.start()))
                        || opensWithMinorWord(rest.substring(known.end(), sep.start())))
                    || sameMarkAround(afterNumber, rest, sep.group()));
        if (known != null && !longer) {
            // As written, its article too ("The Americas" → THE AMERICAS).
            region = rest.substring(known.start(), known.end(1));
            shortTitle = rest.substring(known.end());
        } else if (longer || separatorFound && looksLikeRegion(rest.substring(0, sep.start()),
                separatesNumber(afterNumber, rest) ? MAX_BETWEEN_SEPARATORS_WORDS : MAX_TITLE_CASE_REGION_WORDS)) {
            region = rest.substring(0, sep.start());
            shortTitle = rest.substring(sep.start());
        }
        Matcher leading = LEADING_REGION.matcher(rest);
        if (leading.find() && looksLikeRegion(leading.group(1), MAX_BETWEEN_SEPARATORS_WORDS)) {
            region = leading.group(1);
            shortTitle = rest.substring(leading.end());
        }
        if (region == null && separatorFound && separatesNumber(afterNumber, rest)) {
            // "Boa Prática n.º 1 — Balcões de emprego itinerantes — África Ocidental": the region after the title.
            int lastStart = -1;
            int lastEnd = -1;
            Matcher each = separator.matcher(rest);
            while (each.find()) {
                if (each.start() > 0 && each.end() < rest.length()) {
                    lastStart = each.start();
                    lastEnd = each.end();
                }
            }
            String last = lastStart < 0 ? "" : rest.substring(lastEnd).strip();
            if (!last.isEmpty() && (isRegion(last) || looksLikeRegion(last, MAX_BETWEEN_SEPARATORS_WORDS))) {
                region = last;
                shortTitle = rest.substring(0, lastStart);
            }
        }
        Matcher bracketed = TRAILING_REGION.matcher(shortTitle);
        if (region == null && bracketed.find() && isRegion(bracketed.group(1))) {
            // "BUENA PRÁCTICA 2: Aprendices en la finca (ÁFRICA OCCIDENTAL)": the region after the title.
            region = bracketed.group(1);
            shortTitle = shortTitle.substring(0, bracketed.start());
        }
        return Optional.of(new PracticeHeading(number, normaliseRegion(region), tidy(shortTitle), line.strip()));
    }

    /** Whether {@code afterNumber} opens with a designer's mark between spaces: " › AFRICA › …". */
    private static boolean opensWithSpacedMark(String afterNumber) {
        String next = afterNumber.stripLeading();
        return next.length() < afterNumber.length() && next.length() > 1 && SPACED_MARKS.indexOf(next.charAt(0)) >= 0
                && next.charAt(1) == ' ';
    }

    /** The practice's number in digits, or in Roman numerals written in capitals ("BONNE PRATIQUE III"). */
    private static OptionalInt number(String written) {
        if (Character.isDigit(written.charAt(0))) {
            return OptionalInt.of(Integer.parseInt(written));
        }
        return written.equals(written.toUpperCase(Locale.ROOT)) ? RomanNumerals.parse(written) : OptionalInt.empty();
    }

    /** The region {@code line} is, whole, as a heading's region is given ("Afrique centrale" → AFRIQUE CENTRALE); empty when none. */
    public Optional<String> regionAlone(String line) {
        String folded = Fold.foldKeepingOffsets(Fold.plainSpacesAndDashes(line)).strip();
        Matcher known = longestRegion(folded);
        return known != null && known.start() == 0 && known.end() == folded.length()
                ? Optional.of(normaliseRegion(line.strip())) : Optional.empty();
    }

    /** "(WEST AFRICA): …", or "(EASTERN EUROPE AND" where the heading wraps inside the brackets. */
    private boolean opensWithBracketedRegion(String text) {
        Matcher leading = LEADING_REGION.matcher(text);
        return leading.find() ? looksLikeRegion(leading.group(1), MAX_BETWEEN_SEPARATORS_WORDS)
                : text.startsWith("(") && text.indexOf(')') < 0 && isCapitals(text);
    }

    /** A known region, whole, or a few words in capitals. */
    private boolean isRegion(String text) {
        String folded = Fold.foldKeepingOffsets(Fold.plainSpacesAndDashes(text)).strip();
        Matcher known = longestRegion(folded);
        return known != null && known.end() == folded.length()
                || isCapitals(text) && text.strip().split("\\s+").length <= MAX_TITLE_CASE_REGION_WORDS + 2;
    }

    private Matcher longestRegion(String foldedText) {
        Matcher best = null;
        for (Pattern region : regions) {
            Matcher m = region.matcher(foldedText);
            if (m.find() && (best == null || m.end() > best.end())) {
                best = m;
            }
        }
        return best;
    }

    /** Mostly capitals: "SOUTHERN CONE". */
    static boolean isCapitals(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        return letters > 0 && upper * 10 >= letters * 8;
    }

    private boolean opensWithMinorWord(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length > 0 && minorWords.contains(Fold.fold(words[0]));
    }

    /** An unknown region: in capitals ("SOUTHERN CONE"), or a few capitalised words ("Southern Cone"). */
    private boolean looksLikeRegion(String text) {
        return looksLikeRegion(text, MAX_TITLE_CASE_REGION_WORDS);
    }

    /** Whether the mark between the number and {@code rest} is the mark {@code separator} holds: "| … |". */
    private static boolean sameMarkAround(String afterNumber, String rest, String separator) {
        String before = afterNumber.substring(0, afterNumber.length() - rest.length()).strip();
        return !before.isEmpty() && before.equals(separator.strip());
    }

    /**
     * Whether a separator, not a space alone, stands between the heading's number and {@code rest}: "N – X – title" is
     * the template's number, region and title, so X, between two separators, may be a longer name.
     */
    private static boolean separatesNumber(String afterNumber, String rest) {
        return !afterNumber.substring(0, afterNumber.length() - rest.length()).isBlank();
    }

    /** {@link #looksLikeRegion(String)}, in title case of at most {@code maxWords} words. */
    private boolean looksLikeRegion(String text, int maxWords) {
        if (isCapitals(text)) {
            return true;
        }
        String[] words = text.strip().split("\\s+");
        if (words.length > maxWords) {
            return false;
        }
        for (String word : words) {
            // An elided article before a capital is the capital's word: "l’Est", "d’Afrique"; an acronym in brackets
            // is the name's own: "(CPLP)".
            String bare = word.replaceFirst("^\\p{Ll}['’]", "").replaceFirst("^\\(", "");
            if (bare.isEmpty() || !Character.isUpperCase(bare.codePointAt(0)) && !minorWords.contains(Fold.fold(word))) {
                return false;
            }
        }
        return true;
    }

    private static String normaliseRegion(String region) {
        if (region == null) {
            return null;
        }
        return region.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private static String tidy(String text) {
        String t = LEADING_SEPARATORS.matcher(text).replaceFirst("");
        t = TRAILING_SEPARATORS.matcher(t).replaceFirst("");
        t = t.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
