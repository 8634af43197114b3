package org.ilo.sstc.profile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The vocabulary of compendia written in one language: heading words, regions, label wordings,
 * instructions, page words, connectors, titles, job and organisation words, country and group names,
 * and the NER model that reads its persons. Loaded from a folder of data files (bundled, plus a user's
 * {@code --profile} folder); every stage after ingest reads its words from here. Immutable.
 *
 * @param language     ISO 639-1 code, e.g. {@code es}
 * @param name         the language's name, e.g. {@code Español}
 * @param words        the word lists by set; every set present, possibly empty
 * @param labels       lines of {@code labels.txt}: label synonyms and keywords per template field
 * @param countryNames lines of {@code country-names.tsv}: country names as documents write them
 * @param regions      lines of {@code regions.tsv}: regions and groups of countries
 * @param nerModel     classpath or file location of the CoreNLP NER model for persons, or null for none
 * @param nerTokenizer the CoreNLP tokenizer language for that model ({@code en}, {@code es}, {@code fr})
 */
public record CompendiumProfile(String language, String name, Map<WordSet, List<String>> words,
                                List<ProfileLine> labels, List<ProfileLine> countryNames, List<ProfileLine> regions,
                                String nerModel, String nerTokenizer) {

    public CompendiumProfile {
        Objects.requireNonNull(language, "language");
        if (!language.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("language must be an ISO 639-1 code such as 'es', but is '" + language + "'");
        }
        Objects.requireNonNull(name, "name");
        EnumMap<WordSet, List<String>> copy = new EnumMap<>(WordSet.class);
        for (WordSet set : WordSet.values()) {
            copy.put(set, List.copyOf(words.getOrDefault(set, List.of())));
        }
        words = Collections.unmodifiableMap(copy);
        labels = List.copyOf(labels);
        countryNames = List.copyOf(countryNames);
        regions = List.copyOf(regions);
        nerTokenizer = nerTokenizer == null ? "en" : nerTokenizer;
    }

    /** The words of {@code set}, in file order (a user's additions first). */
    public List<String> words(WordSet set) {
        return words.get(set);
    }

    /** The locale whose JDK display names give this language's country names. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** A regular-expression alternation of the words of {@code set}, see {@link WordPatterns#alternation}. */
    public String alternation(WordSet set) {
        return WordPatterns.alternation(words(set));
    }
}
