package org.ilo.sstc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ilo.sstc.model.CompendiumJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invented test compendium of {@code extractor/src/test/compendia}, in each of its three forms, read as
 * a user checks a conversion against the hand-written gold: the same practices, and each field found where
 * the document has it, absent where it has not, opening with the same words. Fields the extractor is known
 * to miss are listed in {@code known-gaps.tsv}; one read right there fails too, so the list stays true.
 * (The evaluation kit's scorer measures the rest: similarity of whole texts, entities, links.)
 */
class TestCompendiaIT {

    private static final Path SETS = SharedPipeline.projectRoot().resolve("extractor/src/test/compendia");
    private static final List<String> FORMS = List.of("docx", "pdf", "tika.txt");
    private static final List<String> FIELDS = List.of("author", "institution", "title", "countriesInvolved", "dates",
            "contactDetails", "fundingSources", "materials");
    /** How much of a field's opening is compared: enough to tell the right field from a neighbour's text. */
    private static final int OPENING_CHARS = 40;

    static Stream<Arguments> setsAndForms() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> sets = Files.list(SETS)) {
            for (Path set : sets.filter(s -> Files.isDirectory(s.resolve("gold"))).sorted().toList()) {
                for (String form : FORMS) {
                    cases.add(Arguments.of(set.getFileName().toString(), form));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("setsAndForms")
    void everyPracticeAndFieldIsReadAsTheGoldSays(String set, String form) throws Exception {
        Path file = SETS.resolve(set).resolve(set + "." + form);
        JsonNode document = CompendiumJson.mapper().valueToTree(SharedPipeline.extractor().extract(file));
        Map<Integer, JsonNode> read = new HashMap<>();
        document.get("practices").forEach(p -> read.put(p.get("number").asInt(), p));
        List<JsonNode> gold = gold(set);
        KnownGaps gaps = KnownGaps.read(SETS.resolve("known-gaps.tsv"));

        assertThat(read.keySet()).as("practice numbers").containsExactlyInAnyOrderElementsOf(
                gold.stream().map(g -> g.get("number").asInt()).toList());
        List<String> wrong = new ArrayList<>();
        Set<String[]> stillNeeded = new HashSet<>();
        for (JsonNode expected : gold) {
            int number = expected.get("number").asInt();
            JsonNode practice = read.get(number);
            for (String field : fieldsOf(expected)) {
                String want = text(expected, field);
                String got = text(practice, field);
                boolean same = want == null ? got == null : got != null && opening(want).equals(opening(got));
                List<String[]> known = gaps.covering(set, form, number, field);
                if (!same && known.isEmpty()) {
                    wrong.add("practice " + number + " " + field + ": expected " + quote(want) + " but read " + quote(got));
                } else if (!same) {
                    stillNeeded.addAll(known);
                }
            }
        }
        assertThat(wrong).as("fields read otherwise than the gold").isEmpty();
        assertThat(gaps.of(set, form)).as("known gaps (known-gaps.tsv) read right now: delete their lines")
                .allMatch(stillNeeded::contains);
    }

    private static List<String> fieldsOf(JsonNode gold) {
        List<String> fields = new ArrayList<>(FIELDS);
        gold.get("sections").fieldNames().forEachRemaining(name -> fields.add("sections." + name));
        return fields;
    }

    private static String text(JsonNode practice, String field) {
        JsonNode node = field.startsWith("sections.") ? practice.get("sections").get(field.substring(9)) : practice.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    /** The first words, spaces collapsed and case folded: what a reader's eye compares first. */
    private static String opening(String text) {
        String collapsed = String.join(" ", text.strip().split("[\\s\\p{Z}]+")).toLowerCase(Locale.ROOT);
        return collapsed.substring(0, Math.min(OPENING_CHARS, collapsed.length()));
    }

    private static String quote(String text) {
        return text == null ? "null" : "\"" + opening(text) + "…\"";
    }

    private static List<JsonNode> gold(String set) throws IOException {
        List<JsonNode> gold = new ArrayList<>();
        try (Stream<Path> files = Files.list(SETS.resolve(set).resolve("gold"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                gold.add(CompendiumJson.mapper().readTree(f.toFile()));
            }
        }
        return gold;
    }

    /** The lines of known-gaps.tsv: set, form, practice ("*" for all), field ("*" for all). */
    private record KnownGaps(List<String[]> rows) {

        static KnownGaps read(Path file) throws IOException {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return new KnownGaps(rows);
        }

        List<String[]> of(String set, String form) {
            return rows.stream().filter(r -> r[0].equals(set) && r[1].equals(form)).toList();
        }

        List<String[]> covering(String set, String form, int practice, String field) {
            return of(set, form).stream().filter(r -> (r[2].equals("*") || r[2].equals(String.valueOf(practice)))
                    && (r[3].equals("*") || r[3].equals(field))).toList();
        }
    }
}
