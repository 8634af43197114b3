package org.ilo.sstc.segment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a practice heading such as "GOOD PRACTICE 7 – AMERICAS – SDG UN reform &amp; SSTC" in its
 * variants: any case, hyphen or en/em dash or colon as separator, spacing, "No." before the number.
 */
public final class HeadingParser {

    private static final Pattern HEADING = Pattern.compile(
            "^\\s*GOOD\\s*PRACTICE\\s*(?:N[o°º]\\.?\\s*|#\\s*)?(\\d{1,3})(?!\\d)(?![.,]\\d)\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A table-of-contents entry: dot leaders, or a page number after the title. */
    private static final Pattern TOC_ENTRY = Pattern.compile("(\\.{4,}|…{2,}|(?<!\\t)\\t\\s*+\\d++\\s*+$|(?<!\\s)\\s{3,}+\\d{1,3}+\\s*+$)");

    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s\\-–—:.|]+");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("(?<![\\s\\-–—:|])[\\s\\-–—:|]++$");
    /** A dash that separates parts: with a space on at least one side ("AFRICA- X", "AFRICA -X", "A – X"). */
    private static final Pattern PART_SEPARATOR = Pattern.compile("(?<![\\s\\-–—])(?:\\s+[-–—]++\\s*|\\s*[-–—]++\\s+)|(?<!\\s)\\s*[–—:|]\\s*");

    /** ILO regions and the ways compendia write them; the longest match wins. */
    private static final List<Pattern> REGIONS = List.of(
            "ASIA\\s*(?:&|AND)\\s*(?:THE\\s+)?PACIFIC", "ASIA\\s*-\\s*PACIFIC",
            "EUROPE\\s*(?:&|AND)\\s*(?:THE\\s+)?CIS", "EUROPE\\s*(?:&|AND)\\s*CENTRAL\\s+ASIA",
            "LATIN\\s+AMERICA\\s*(?:&|AND)\\s*(?:THE\\s+)?CARIBBEAN", "MIDDLE\\s+EAST\\s*(?:&|AND)\\s*NORTH\\s+AFRICA",
            "ARAB\\s+STATES", "ARAB\\s+REGION", "AMERICAS", "AFRICA", "EUROPE", "ASIA", "GLOBAL", "INTER-?REGIONAL",
            "MENA", "LAC", "HEADQUARTERS")
            .stream()
            .map(r -> Pattern.compile("^(?:THE\\s+)?(" + r + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE))
            .toList();

    /** The heading on {@code line}, or empty when the line is not a practice heading. */
    public Optional<PracticeHeading> parse(String line) {
        Matcher m = HEADING.matcher(line);
        if (!m.matches() || TOC_ENTRY.matcher(line).find()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(m.group(1));
        String afterNumber = m.group(2);
        // "Good practice 3 shows how ..." is a sentence: a heading separates the number or names a region.
        String next = afterNumber.strip();
        boolean separated = next.isEmpty() || "-–—:.|".indexOf(next.charAt(0)) >= 0 || longestRegion(next) != null;
        if (!separated) {
            return Optional.empty();
        }
        String rest = LEADING_SEPARATORS.matcher(afterNumber).replaceFirst("");
        String region = null;
        String shortTitle = rest;
        Matcher known = longestRegion(rest);
        if (known != null) {
            region = known.group(1);
            shortTitle = rest.substring(known.end());
        } else {
            Matcher sep = PART_SEPARATOR.matcher(rest);
            if (sep.find() && sep.start() > 0 && isUpperCase(rest.substring(0, sep.start()))) {
                region = rest.substring(0, sep.start());
                shortTitle = rest.substring(sep.start());
            }
        }
        return Optional.of(new PracticeHeading(number, normaliseRegion(region), tidy(shortTitle), line.strip()));
    }

    private static Matcher longestRegion(String text) {
        Matcher best = null;
        for (Pattern region : REGIONS) {
            Matcher m = region.matcher(text);
            if (m.find() && (best == null || m.end() > best.end())) {
                best = m;
            }
        }
        return best;
    }

    private static boolean isUpperCase(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        return letters > 0 && upper * 10 >= letters * 8;
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
