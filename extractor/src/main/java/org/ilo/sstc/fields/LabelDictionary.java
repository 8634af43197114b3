package org.ilo.sstc.fields;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ilo.sstc.text.Fold;

/** The label wordings of {@code labels.txt}: full synonyms and keyword stems per template field. */
final class LabelDictionary {

    /** A full label wording, as folded words. */
    record Synonym(TemplateField field, List<String> words, String text) {
    }

    /** Stems that identify a field inside something known to be a label. */
    record Keywords(TemplateField field, List<String> stems) {
    }

    private static final String RESOURCE = "labels.txt";

    private final List<Synonym> synonyms;
    private final List<Keywords> keywords;
    private final Map<String, List<Synonym>> byFirstWord;

    private LabelDictionary(List<Synonym> synonyms, List<Keywords> keywords) {
        this.synonyms = List.copyOf(synonyms);
        this.keywords = List.copyOf(keywords);
        this.byFirstWord = this.synonyms.stream().collect(Collectors.groupingBy(s -> s.words().get(0),
                LinkedHashMap::new, Collectors.toUnmodifiableList()));
    }

    /** The dictionary shipped with the extractor. */
    static LabelDictionary load() {
        try (InputStream in = LabelDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("label dictionary missing from the class path: " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static LabelDictionary parse(List<String> lines) {
        List<Synonym> synonyms = new ArrayList<>();
        List<Keywords> keywords = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 3) {
                throw new IllegalArgumentException(RESOURCE + " line " + number + " must have 3 tab-separated parts, but is: " + line);
            }
            TemplateField field = TemplateField.valueOf(parts[1].strip());
            switch (parts[0].strip()) {
                case "synonym" -> synonyms.add(new Synonym(field, LabelText.words(parts[2]), parts[2].strip()));
                case "keyword" -> keywords.add(new Keywords(field,
                        Arrays.stream(parts[2].strip().split("\\s+")).map(Fold::fold).toList()));
                default -> throw new IllegalArgumentException(RESOURCE + " line " + number
                        + " must start with 'synonym' or 'keyword', but starts with: " + parts[0]);
            }
        }
        return new LabelDictionary(synonyms, keywords);
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
}
