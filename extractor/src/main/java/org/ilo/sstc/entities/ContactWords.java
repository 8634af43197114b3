package org.ilo.sstc.entities;

import org.ilo.sstc.text.Fold;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small vocabulary that tells people, job titles and organisations apart ({@code contact-words.txt}):
 * titles, role words, organisation words, name particles, town-name prefixes, table headings, subject
 * words. Immutable.
 */
final class ContactWords {

    private enum Section { TITLES, ROLES, ORGANISATION_WORDS, PARTICLES, PLACE_PREFIXES, HEADERS, COMMON_WORDS }

    private final Map<Section, Set<String>> sections;

    private ContactWords(Map<Section, Set<String>> sections) {
        this.sections = sections;
    }

    /** The bundled vocabulary. */
    static ContactWords load() {
        Map<Section, Set<String>> sections = new HashMap<>();
        Section current = null;
        for (String line : ResourceLines.read("contact-words.txt")) {
            if (line.startsWith("[")) {
                current = Section.valueOf(line.substring(1, line.length() - 1).toUpperCase().replace('-', '_'));
                sections.put(current, new HashSet<>());
            } else if (current == null) {
                throw new IllegalStateException("contact-words.txt: word before the first [section]: " + line);
            } else {
                sections.get(current).add(Word.foldedWords(line));
            }
        }
        for (Section section : Section.values()) {
            sections.putIfAbsent(section, Set.of());
        }
        return new ContactWords(Map.copyOf(sections));
    }

    /** "Mr.", "Dr", "Prof." */
    boolean isTitle(String word) {
        return has(Section.TITLES, word);
    }

    /** A job-title head word, singular or plural: "Director", "Specialists". */
    boolean isRole(String word) {
        return has(Section.ROLES, word);
    }

    /** A word that makes a phrase an organisation: "Office", "Ministry". */
    boolean isOrganisationWord(String word) {
        return has(Section.ORGANISATION_WORDS, word);
    }

    /** A lower-case word inside a name: "de", "van", "al". */
    boolean isParticle(String word) {
        return sections.get(Section.PARTICLES).contains(Fold.fold(word));
    }

    /** The first word of a town name that looks like a person's name: "San", "New". */
    boolean isPlacePrefix(String word) {
        return has(Section.PLACE_PREFIXES, word);
    }

    /** A subject word of the compendia that is no one's name: "Labour", "Migration", "Jobs". */
    boolean isCommonWord(String word) {
        return has(Section.COMMON_WORDS, word);
    }

    /** A contact-table column heading: "Name", "E-mail", "Country". */
    boolean isHeader(String phrase) {
        return has(Section.HEADERS, phrase);
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

    private boolean has(Section section, String text) {
        Set<String> set = sections.get(section);
        String words = Word.foldedWords(text);
        if (set.contains(words)) {
            return true;
        }
        return words.length() > 3 && words.endsWith("s") && set.contains(words.substring(0, words.length() - 1));
    }
}
