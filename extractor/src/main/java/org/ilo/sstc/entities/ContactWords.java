package org.ilo.sstc.entities;

import org.ilo.sstc.text.Fold;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.profile.WordSet;

/**
 * The small vocabulary that tells people, job titles and organisations apart (a profile's {@code contact-words.txt}):
 * titles, role words, organisation words, name particles, town-name prefixes, table headings, subject
 * words. Immutable.
 */
final class ContactWords {

    /** The word sets this vocabulary reads from the profile. */
    private static final List<WordSet> SETS = List.of(WordSet.TITLES, WordSet.ROLES, WordSet.ROLE_QUALIFIERS,
            WordSet.ORGANISATION_WORDS,
            WordSet.PARTICLES, WordSet.PLACE_PREFIXES, WordSet.HEADERS, WordSet.COMMON_WORDS);

    private final Map<WordSet, Set<String>> sections;

    private ContactWords(Map<WordSet, Set<String>> sections) {
        this.sections = sections;
    }

    /** The vocabulary of {@code profile} ({@code contact-words.txt}). */
    static ContactWords of(CompendiumProfile profile) {
        Map<WordSet, Set<String>> sections = new EnumMap<>(WordSet.class);
        for (WordSet section : SETS) {
            Set<String> words = new HashSet<>();
            profile.words(section).forEach(word -> words.add(Word.foldedWords(word)));
            sections.put(section, Set.copyOf(words));
        }
        return new ContactWords(Collections.unmodifiableMap(sections));
    }

    /** "Mr.", "Dr", "Prof." */
    boolean isTitle(String word) {
        return has(WordSet.TITLES, word);
    }

    /**
     * A job-title head word, singular or plural: "Director", "Specialists"; a hyphenated compound counts when
     * one of its parts does ("secretário-geral", "inspetora-chefe").
     */
    boolean isRole(String word) {
        if (has(WordSet.ROLES, word)) {
            return true;
        }
        if (word.indexOf('-') <= 0) {
            return false;
        }
        String[] parts = Word.foldedWords(word).split(" ");
        return parts.length > 1 && Arrays.stream(parts).anyMatch(part -> has(WordSet.ROLES, part));
    }

    /** An adjective that follows a role word and belongs to the title: "Nacional" in "Coordinador Nacional". */
    boolean isRoleQualifier(String word) {
        return has(WordSet.ROLE_QUALIFIERS, word);
    }

    /** A word that makes a phrase an organisation: "Office", "Ministry". */
    boolean isOrganisationWord(String word) {
        return has(WordSet.ORGANISATION_WORDS, word);
    }

    /** A lower-case word inside a name: "de", "van", "al". */
    boolean isParticle(String word) {
        return sections.get(WordSet.PARTICLES).contains(Fold.fold(word));
    }

    /** The first word of a town name that looks like a person's name: "San", "New". */
    boolean isPlacePrefix(String word) {
        return has(WordSet.PLACE_PREFIXES, word);
    }

    /** A subject word of the compendia that is no one's name: "Labour", "Migration", "Jobs". */
    boolean isCommonWord(String word) {
        return has(WordSet.COMMON_WORDS, word);
    }

    /** A contact-table column heading: "Name", "E-mail", "Country". */
    boolean isHeader(String phrase) {
        return has(WordSet.HEADERS, phrase);
    }

    /** True when any word of {@code phrase} (or two adjacent ones: "focal point") is a role word. */
    boolean hasRole(String phrase) {
        List<String> words = List.of(Word.foldedWords(phrase).split(" "));
        for (int i = 0; i < words.size(); i++) {
            if (isRole(words.get(i)) || (i + 1 < words.size() && isRole(words.get(i) + " " + words.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private boolean has(WordSet section, String text) {
        Set<String> set = sections.get(section);
        String words = Word.foldedWords(text);
        if (set.contains(words)) {
            return true;
        }
        return words.length() > 3 && words.endsWith("s") && set.contains(words.substring(0, words.length() - 1));
    }
}
