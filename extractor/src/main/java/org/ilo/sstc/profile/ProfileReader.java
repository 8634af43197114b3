package org.ilo.sstc.profile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one language profile from its folders, earlier folders first: a user's additions come before
 * the bundled lines, so that a user's label wording is matched before a bundled one.
 */
final class ProfileReader {

    static final String PROPERTIES = "profile.properties";
    private static final List<String> SECTIONED_FILES = List.of("words.txt", "contact-words.txt");

    private ProfileReader() {
    }

    /** The profile of {@code language} made of {@code folders} (user folders first, then the bundled one if any). */
    static CompendiumProfile read(String language, List<ProfileFolder> folders) {
        Map<String, String> properties = new HashMap<>();
        // Later folders (the bundled one) give defaults; earlier ones (the user's) override them.
        for (int i = folders.size() - 1; i >= 0; i--) {
            for (ProfileLine line : folders.get(i).lines(PROPERTIES)) {
                int eq = line.text().indexOf('=');
                if (eq <= 0) {
                    throw line.error("expected key=value");
                }
                properties.put(line.text().substring(0, eq).strip(), line.text().substring(eq + 1).strip());
            }
        }
        String name = properties.get("name");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("profile '" + language + "' has no name: its " + PROPERTIES
                    + " needs a line 'name=...'");
        }
        Map<WordSet, List<String>> words = new EnumMap<>(WordSet.class);
        List<ProfileLine> labels = new ArrayList<>();
        List<ProfileLine> countries = new ArrayList<>();
        List<ProfileLine> regions = new ArrayList<>();
        for (ProfileFolder folder : folders) {
            for (String file : SECTIONED_FILES) {
                readSections(folder.lines(file), words);
            }
            labels.addAll(folder.lines("labels.txt"));
            countries.addAll(folder.lines("country-names.tsv"));
            regions.addAll(folder.lines("regions.tsv"));
        }
        words.put(WordSet.TERRITORIES, ProfileFolder.bundledTerritories());
        String model = properties.get("ner.model");
        return new CompendiumProfile(language, name, words, labels, countries, regions,
                model == null || model.isBlank() ? null : model, properties.get("ner.tokenizer"));
    }

    /** Adds the words under each {@code [section]} heading of {@code lines} to {@code words}. */
    private static void readSections(List<ProfileLine> lines, Map<WordSet, List<String>> words) {
        WordSet current = null;
        for (ProfileLine line : lines) {
            String text = line.text();
            if (text.startsWith("[") && text.endsWith("]")) {
                current = WordSet.ofSection(text.substring(1, text.length() - 1).strip());
                if (current == null) {
                    throw line.error("unknown section; the sections are " + sectionNames());
                }
            } else if (current == null) {
                throw line.error("a word before the first [section] heading");
            } else {
                words.computeIfAbsent(current, k -> new ArrayList<>()).add(text);
            }
        }
    }

    private static String sectionNames() {
        List<String> names = new ArrayList<>();
        for (WordSet set : WordSet.values()) {
            names.add("[" + set.section() + "]");
        }
        return String.join(" ", names);
    }
}
