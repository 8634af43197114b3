package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.profile.ProfileLine;
import org.ilo.sstc.profile.WordSet;
import org.ilo.sstc.text.Fold;

/** The label wordings of a profile's {@code labels.txt}: full synonyms and keyword stems per template field. */
final class LabelDictionary {

    /**
     * A full label wording, as folded words.
     *
     * @param field    the field it names; null for a template label that names none
     * @param template the compendium's template label it comes from, or null for a wording of the profile
     */
    record Synonym(TemplateField field, List<String> words, String text, TemplateLabel template) {
    }

    /**
     * Stems that identify a field inside something known to be a label; {@code vague} ones (written "name~") do not
     * decide as a label's first word: "Nombre completo de la iniciativa" is the title, "Nombre" alone the author.
     */
    record Keywords(TemplateField field, List<String> stems, Set<String> vague) {
        Keywords {
            stems = List.copyOf(stems);
            vague = Set.copyOf(vague);
        }
    }

    private final List<Synonym> synonyms;
    private final List<Keywords> keywords;
    private final List<List<String>> prefixes;
    /** Sections offices add to the template ("Lessons learned"): labels of no field, known even when seen once. */
    private final List<Synonym> extras;
    private final Map<String, List<Synonym>> byFirstWord;

    private LabelDictionary(List<Synonym> synonyms, List<Keywords> keywords, List<List<String>> prefixes, List<Synonym> extras) {
        this.synonyms = List.copyOf(synonyms);
        this.keywords = List.copyOf(keywords);
        this.prefixes = List.copyOf(prefixes);
        this.extras = List.copyOf(extras);
        this.byFirstWord = this.synonyms.stream().collect(Collectors.groupingBy(s -> s.words().get(0),
                LinkedHashMap::new, Collectors.toUnmodifiableList()));
    }

    /** The wordings of {@code profile}; fails naming the file and line of a malformed entry. */
    static LabelDictionary of(CompendiumProfile profile) {
        List<List<String>> prefixes = profile.words(WordSet.LABEL_PREFIXES).stream().map(LabelText::words)
                .filter(words -> !words.isEmpty()).toList();
        return parse(profile.labels(), prefixes);
    }

    static LabelDictionary parse(List<ProfileLine> lines, List<List<String>> prefixes) {
        List<Synonym> synonyms = new ArrayList<>();
        List<Keywords> keywords = new ArrayList<>();
        List<Synonym> extras = new ArrayList<>();
        for (ProfileLine line : lines) {
            String[] parts = line.text().split("\t");
            if (parts.length != 3) {
                throw line.error("expected 3 tab-separated parts (synonym|keyword|extra, FIELD or -, words)");
            }
            if (parts[0].strip().equals("extra")) {
                List<String> words = LabelText.words(parts[2]);
                if (words.isEmpty() || !parts[1].strip().equals("-")) {
                    throw line.error("an extra label is written 'extra <tab> - <tab> words'");
                }
                extras.add(new Synonym(null, words, parts[2].strip(), null));
                continue;
            }
            TemplateField field = fieldNamed(parts[1].strip(), line);
            switch (parts[0].strip()) {
                case "synonym" -> {
                    List<String> words = LabelText.words(parts[2]);
                    if (words.isEmpty()) {
                        throw line.error("a synonym needs at least one word");
                    }
                    synonyms.add(new Synonym(field, words, parts[2].strip(), null));
                }
                case "keyword" -> {
                    List<String> written = Arrays.stream(parts[2].strip().split("\\s+")).toList();
                    List<String> stems = written.stream().map(w -> Fold.fold(w.replace("~", ""))).toList();
                    Set<String> vague = new HashSet<>();
                    for (int k = 0; k < written.size(); k++) {
                        if (written.get(k).endsWith("~")) {
                            vague.add(stems.get(k));
                        }
                    }
                    keywords.add(new Keywords(field, stems, vague));
                }
                default -> throw line.error("expected 'synonym', 'keyword' or 'extra' first, not '" + parts[0] + "'");
            }
        }
        return new LabelDictionary(synonyms, keywords, prefixes, extras);
    }

    private static TemplateField fieldNamed(String name, ProfileLine line) {
        try {
            return TemplateField.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw line.error("unknown field '" + name + "'; the fields are " + Arrays.toString(TemplateField.values()));
        }
    }

    /** This dictionary with the labels of a compendium's {@code template} first: they outrank the profile's wordings. */
    LabelDictionary withTemplate(CompendiumTemplate template) {
        if (template.labels().isEmpty()) {
            return this;
        }
        List<Synonym> all = new ArrayList<>();
        for (TemplateLabel label : template.labels()) {
            all.add(new Synonym(label.field(), label.words(), label.text(), label));
        }
        all.addAll(synonyms);
        return new LabelDictionary(all, keywords, prefixes, extras);
    }

    List<Synonym> synonyms() {
        return synonyms;
    }

    /** The synonyms whose first word is {@code word}, typos allowed, in file order. */
    List<Synonym> startingWith(String word) {
        List<Synonym> found = List.of();
        for (Map.Entry<String, List<Synonym>> group : byFirstWord.entrySet()) {
            if (LabelText.sameWord(word, group.getKey())) {
                found = found.isEmpty() ? new ArrayList<>() : found;
                found.addAll(group.getValue());
            }
        }
        return found;
    }

    List<Keywords> keywords() {
        return keywords;
    }

    /** The sections offices add that name no field ("Lessons learned", "Challenges"). */
    List<Synonym> extras() {
        return extras;
    }

    /**
     * Number of leading {@code words} that are a qualifier labels may open with ("South-South", "SSTC"),
     * the longest one; 0 when none is.
     */
    int prefixLength(List<String> words) {
        int longest = 0;
        for (List<String> prefix : prefixes) {
            if (prefix.size() > longest && prefix.size() <= words.size() && words.subList(0, prefix.size()).equals(prefix)) {
                longest = prefix.size();
            }
        }
        return longest;
    }
}
