package org.ilo.sstc.entities;

import org.ilo.sstc.text.Fold;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.model.NamedEntity;

/**
 * Every person named in a practice, in order of first appearance: NER person mentions, the names of the
 * author field and of the contacts, and article bylines ("... by Jane Doe"). Names as written, titles and
 * possessives dropped; a name inside a longer one ("Alcocer", "Jose Mallo") counts as that person, and so does the
 * name written surname first ("MWALE, Jordan").
 */
final class PersonCollector {

    private record Candidate(String name, List<String> words, int position) {
    }

    /** How far before a name a place preposition is looked for. */
    private static final int PREPOSITION_REACH = 12;

    private final PersonNames names;
    private final EntityWords words;

    PersonCollector(PersonNames names, EntityWords words) {
        this.names = names;
        this.words = words;
    }

    /**
     * The persons of a practice whose text (addresses masked) is {@code text}, author field {@code author}
     * (may be null), contact names {@code contactNames} and NER {@code evidence} on {@code text}.
     */
    List<NamedEntity> collect(String text, String author, List<String> contactNames, NerEvidence evidence) {
        String folded = Fold.fold(text);
        List<Candidate> candidates = new ArrayList<>();
        for (String name : authorNames(author, evidence)) {
            add(candidates, name, folded);
        }
        contactNames.forEach(name -> add(candidates, name, folded));
        Matcher byline = words.byline.matcher(text);
        while (byline.find()) {
            String name = names.clean(byline.group(1));
            if (names.isName(name, evidence, null) && !evidence.taggedOtherThanPerson(name)) {
                add(candidates, name, folded);
            }
        }
        List<List<String>> contacts = contactNames.stream().map(PersonCollector::foldedWords).toList();
        List<NerMention> mentions = evidence.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            NerMention mention = mentions.get(i);
            String name = names.clean(mention.text());
            if (mention.type() == NerMention.Type.PERSON && !afterIn(text, mention.begin()) && !amongPlaces(text, mentions, i)
                    && names.isName(name, evidence, null) && !runsPastAContact(foldedWords(name), contacts)) {
                add(candidates, name, folded);
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::position));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (kept.stream().noneMatch(k -> contains(k.words(), candidate.words()))) {
                kept.removeIf(k -> contains(candidate.words(), k.words()));
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::position));
        List<NamedEntity> persons = new ArrayList<>();
        for (Candidate candidate : kept) {
            persons.add(new NamedEntity(candidate.name(), Math.max(1, occurrences(candidate.words(), folded))));
        }
        return persons;
    }

    /** "in Bahir Dar": a name right after a place preposition is a place the model took for a person. */
    private boolean afterIn(String text, int begin) {
        return words.afterPlacePreposition.matcher(text.substring(Math.max(0, begin - PREPOSITION_REACH), begin)).find();
    }

    /** "Hanoi, Chiang Mai and Cebu": a name listed between two places is a place the model took for a person. */
    private boolean amongPlaces(String text, List<NerMention> mentions, int i) {
        if (i == 0 || i + 1 == mentions.size()) {
            return false;
        }
        NerMention before = mentions.get(i - 1);
        NerMention after = mentions.get(i + 1);
        return before.type() == NerMention.Type.LOCATION && after.type() == NerMention.Type.LOCATION
                && listGap(text, before.end(), mentions.get(i).begin()) && listGap(text, mentions.get(i).end(), after.begin());
    }

    private boolean listGap(String text, int from, int to) {
        return from <= to && words.listGap.matcher(text.substring(from, to)).matches();
    }

    private List<String> authorNames(String author, NerEvidence evidence) {
        List<String> found = new ArrayList<>();
        if (author == null) {
            return found;
        }
        for (String part : words.authorSeparator.split(author)) {
            String name = names.clean(part);
            if (names.isName(name, evidence, null)) {
                found.add(name);
                continue;
            }
            List<String> tokens = List.of(part.strip().split("\\s+"));
            int length = names.leadingName(tokens, evidence, null);
            if (length > 0) {
                found.add(names.clean(String.join(" ", tokens.subList(0, length))));
            }
        }
        return found;
    }

    /**
     * A recognised name that holds a contact's name and goes on past it: "Adjoa Mensah-Kouassi ILO Abidjan" from a
     * contact table's row read as one line, where the contact row already tells the name from its office.
     */
    private static boolean runsPastAContact(List<String> mention, List<List<String>> contacts) {
        return contacts.stream().anyMatch(c -> !c.isEmpty() && mention.size() > c.size() && contains(mention, c));
    }

    private static List<String> foldedWords(String name) {
        return Word.split(name).stream().map(Word::folded).toList();
    }

    private static void add(List<Candidate> candidates, String name, String foldedText) {
        List<String> words = foldedWords(name);
        Matcher m = pattern(words).matcher(foldedText);
        int position = m.find() ? m.start() : Integer.MAX_VALUE;
        // A later candidate with the same words keeps the earliest position: the sort is stable.
        candidates.add(new Candidate(name, words, position));
    }

    /** True when {@code inner} is a run of consecutive words of {@code outer} (equal lists included). */
    private static boolean contains(List<String> outer, List<String> inner) {
        return Collections.indexOfSubList(outer, inner) >= 0;
    }

    private static int occurrences(List<String> words, String foldedText) {
        Matcher m = pattern(words).matcher(foldedText);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Pattern pattern(List<String> words) {
        return NameOccurrences.pattern(words);
    }
}
