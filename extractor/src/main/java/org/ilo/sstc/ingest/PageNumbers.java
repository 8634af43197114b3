package org.ilo.sstc.ingest;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.profile.Profiles;
import org.ilo.sstc.profile.WordPatterns;
import org.ilo.sstc.profile.WordSet;

/**
 * Printed page numbers, in the words of every language profile: "14", "- 14 -", "Page 14", "14 / 44",
 * "Página 14 de 44", "iv". Immutable.
 */
public final class PageNumbers {

    /** A well-formed roman numeral, so that words made of the same letters ("mix", "civil") are not taken. */
    private static final String ROMAN =
            "(?=[ivxlcdm])m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})";

    /** A page number line of flattened text: three digits at most, so that a year alone on a line is not taken. */
    private final Pattern onLine;
    /** A page number in a page's margin, where its place already says what it is: roman numerals too. */
    private final Pattern inMargin;
    /** A running title and the page number beside it, set off by a bar, bullet or tab: "Notes 2025 | page 4 of 7". */
    private final Pattern titleThenNumber;
    /** The page number, then the running title: "14 | Learning across borders". */
    private final Pattern numberThenTitle;

    /**
     * A running line that prints the page number beside a title.
     *
     * @param title  the line without its page number (the same on every page)
     * @param number the page number printed
     */
    public record Numbered(String title, int number) {
    }

    /** Page numbers written with {@code pageWords} before ("page") and {@code ofWords} before the count ("of"). */
    public PageNumbers(List<String> pageWords, List<String> ofWords) {
        // Bounded spaces: the parts are optional, and unbounded runs around them would make the match quadratic.
        String page = "(?:" + WordPatterns.alternation(pageWords) + "\\s{0,20})?";
        String count = "(?:\\s{0,20}(?:/|" + WordPatterns.alternation(ofWords) + ")\\s{0,20}\\d{1,4})?";
        String number = page + "[-–—]?\\s{0,20}(\\d{1,3})\\s{0,20}[-–—]?" + count;
        this.onLine = Pattern.compile("(?iu)" + number);
        String bar = "\\s{0,20}[|\u2022\u00B7\\t]\\s{0,20}";
        // Anchored and bounded: tried once per line, never at each offset of a long one.
        this.titleThenNumber = Pattern.compile("(?iu)^(.{0,200}\\S)" + bar + number + "$");
        this.numberThenTitle = Pattern.compile("(?iu)^" + number + bar + "(\\S.{0,200})$");
        this.inMargin = Pattern.compile("(?iu)" + page + "[-–—]?\\s{0,20}(?:\\d{1,4}|" + ROMAN + ")\\s{0,20}[-–—]?" + count);
    }

    /** The page words of every profile in {@code profiles}: a page number is furniture in any language. */
    public static PageNumbers of(Profiles profiles) {
        return new PageNumbers(profiles.union(WordSet.PAGE_WORDS), profiles.union(WordSet.PAGE_OF));
    }

    /** Whether the stripped line {@code text} is a page number and nothing else. */
    public boolean isPageNumberLine(String text) {
        return onLine.matcher(text).matches();
    }

    /** The number a page-number line prints, if {@code text} is one. */
    public OptionalInt number(String text) {
        Matcher m = onLine.matcher(text);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /**
     * The title and number of a running line that prints the page number beside a title, set off by a bar, a
     * bullet or a tab ("Learning Across Borders | 3", "SSTC Notes 2025 | page 4 of 7"); plain spaces do not
     * count ("GOOD PRACTICE 10" is a heading).
     */
    public Optional<Numbered> numberedLine(String text) {
        Matcher trailing = titleThenNumber.matcher(text);
        if (trailing.matches()) {
            return Optional.of(new Numbered(trailing.group(1), Integer.parseInt(trailing.group(2))));
        }
        Matcher leading = numberThenTitle.matcher(text);
        if (leading.matches()) {
            return Optional.of(new Numbered(leading.group(2), Integer.parseInt(leading.group(1))));
        }
        return Optional.empty();
    }

    /** Whether {@code text}, found in a page's top or bottom margin, is its page number. */
    public boolean isMarginNumber(String text) {
        return inMargin.matcher(text).matches();
    }
}
