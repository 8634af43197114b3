package org.ilo.sstc.entities;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.profile.WordPatterns;
import org.ilo.sstc.profile.WordSet;
import org.ilo.sstc.text.Fold;

/**
 * The patterns entity recognition builds from a profile's word lists: list connectors, articles, group
 * triggers, phone and byline words, job prepositions. Built once per language; immutable.
 */
final class EntityWords {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Cuts a countries line into pieces: punctuation, dashes between spaces and the connectors ("and", "as well as"). */
    final Pattern countrySeparator;
    /** Punctuation, articles and connectors around a piece of a countries line. */
    final Pattern countryEdge;
    /** Words that make a piece no place ("others", "etc."). */
    final Set<String> notPlaces;
    /** What introduces a group's members ("refers to", "namely", a colon or a parenthesis). */
    final Pattern groupTrigger;
    /** What may stand between two listed members ("," "and" "the"). */
    final Pattern listGap;
    /** A leading article of a group's name ("The Mekong group"). */
    final Pattern leadingArticle;
    /** Two people joined in one phrase ("Jane Roe and John Doe"). */
    final Pattern personJoin;
    /** What separates the names of an author field. */
    final Pattern authorSeparator;
    /** The connector a contact entry may open with once cut from the one before. */
    final Pattern leadingConnector;
    /** The whole gap between two addresses of one person: " or ", " / ". */
    final Pattern alternativeGap;
    /** A telephone number, with the word before it. */
    final Pattern phone;
    /**
     * A telephone number in a line: after its word ("Tel.: +221 33 123 45 67", "Mobile: 0977 123 456"; group
     * {@code number}) or international, with no word ("(+51) 1 615 0300"; group {@code international}).
     */
    final Pattern phoneInLine;
    /** "... by Jane Doe": the byline word and a name of one to five capitalised words. */
    final Pattern byline;
    /** A place preposition right before a name ("in Bahir Dar"). */
    final Pattern afterPlacePreposition;
    /** Prepositions tying a job title to its complement. */
    final Set<String> jobPrepositions;
    /** Articles and punctuation around an organisation's name ("the ILO,"). */
    final Pattern organisationEdge;

    // Every pattern is linear on adversarial text (a 100,000-character word, a run of spaces): possessive
    // quantifiers, and a lookbehind so that a run of spaces is tried from its start only.
    EntityWords(CompendiumProfile profile) {
        String connectors = WordPatterns.wholeWords(profile.words(WordSet.CONNECTORS));
        String articles = WordPatterns.wholeWords(profile.words(WordSet.ARTICLES));
        // A dash between spaces sets a place apart as a comma does ("Malawi, Zambia – Nacala Corridor").
        countrySeparator = Pattern.compile("(?<!\\s)\\s*(?:[,;/\\n+&]|(?<=\\s)[-–—](?=\\s)|" + connectors + ")\\s*", FLAGS);
        countryEdge = Pattern.compile("^(?:[\\s.,;:]++|" + articles + "|" + connectors + ")++|(?<![\\s.,;:])[\\s.,;:]++$", FLAGS);
        notPlaces = folded(profile, WordSet.NOT_PLACES);
        groupTrigger = Pattern.compile(WordPatterns.wholeWords(profile.words(WordSet.GROUP_TRIGGERS)) + "|[:(]", FLAGS);
        listGap = Pattern.compile("^[\\s,;&*]*+(?:" + connectors + ")?[\\s,;&*]*+(?:" + articles + "\\s*)?$", FLAGS);
        leadingArticle = Pattern.compile("^" + articles + "\\s+", FLAGS);
        personJoin = Pattern.compile("(?<!\\s)\\s++(?:" + connectors + "|&)\\s+", FLAGS);
        authorSeparator = Pattern.compile(",|;|/|\\n|(?<![^\\n\\S])\\s++(?:" + connectors + "|&)\\s+|\\s[-–—]+\\s", FLAGS);
        leadingConnector = Pattern.compile("^[\\s,;&]*+(?:" + connectors + ")?[\\s,;&]*+", FLAGS);
        String alternatives = WordPatterns.wholeWords(profile.words(WordSet.ALTERNATIVES));
        alternativeGap = Pattern.compile("(?<!\\s)\\s*+(?:/|" + alternatives + ")\\s*+", FLAGS);
        String number = "[.:\\s]{0,5}\\+?[\\d\\s().\\-/]{6,40}";
        phone = Pattern.compile("^(?:" + WordPatterns.alternation(profile.words(WordSet.PHONE_WORDS)) + ")?" + number + "$", FLAGS);
        // Digits with the spaces, dots, dashes, slashes and brackets numbers are written with, ending in a digit.
        String digits = "\\d[\\d\\s\\u00A0\\u202F().\\-/]{4,38}\\d";
        phoneInLine = Pattern.compile(WordPatterns.wholeWords(profile.words(WordSet.PHONE_WORDS))
                + "[.:\\s\\u00A0\\u202F]{0,5}(?<number>\\(?\\+?" + digits + ")"
                + "|(?<![\\p{L}\\p{N}+])(?<international>\\(?\\+" + digits + ")", FLAGS);
        String particles = WordPatterns.alternation(profile.words(WordSet.PARTICLES));
        byline = Pattern.compile("(?m)(?:^|\\s)(?i:" + WordPatterns.alternation(profile.words(WordSet.BYLINE_WORDS)) + ")"
                + "[ \\t]+((?:\\p{Lu}[\\p{L}\\p{M}'’.-]{0,40}[ \\t]+(?:" + particles + "[ \\t]+)?){1,4}"
                + "\\p{Lu}[\\p{L}\\p{M}'’-]{0,40})[ \\t]*(?:[.,;)]|$)", Pattern.UNICODE_CASE);
        afterPlacePreposition = Pattern.compile(WordPatterns.wholeWords(profile.words(WordSet.PLACE_PREPOSITIONS)) + "\\s+$",
                FLAGS);
        jobPrepositions = folded(profile, WordSet.JOB_PREPOSITIONS);
        organisationEdge = Pattern.compile("^(?:" + articles + "\\s++|[\\s,.;:()\\[\\]\"“”-]++)++|(?<![\\s,.;:()\\[\\]\"“”-])[\\s,.;:()\\[\\]\"“”-]++$",
                FLAGS);
    }

    private static Set<String> folded(CompendiumProfile profile, WordSet set) {
        Set<String> words = new HashSet<>();
        profile.words(set).forEach(w -> words.add(Fold.fold(w)));
        return Set.copyOf(words);
    }
}
