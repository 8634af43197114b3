package org.ilo.sstc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputSchemaTest {

    private static CompendiumDocument sampleDocument() {
        Practice practice = new Practice(3, "AFRICA", "Short", "An Author", "An Institution", null, "A title",
                "Kenya and Global South", List.of(new Country("KEN", "Kenya")), List.of("Global South"),
                new Sections("obj", null, "", null, null, null, "res"), "Jane Roe jane@example.org",
                List.of(new Contact("Jane Roe", null, null, "jane@example.org", null)), "RBTC", "Link: x",
                List.of(new Link("x", "https://example.org/x", null)),
                new Entities(List.of(new CountryMention("KEN", "Kenya", 2)), List.of(new NamedEntity("Jane Roe", 1)),
                        List.of()),
                List.of(), List.of(new OtherSection("Lessons learned", "text")), new PageRange(2, 4), List.of());
        return new CompendiumDocument(CompendiumDocument.SCHEMA_VERSION, "0.1.0",
                new Source("c.pdf", "0".repeat(64), "pdf", 4), "en",
                List.of(new TemplateEntry("Objective(s)", "sections.objectives", "synonym", 1),
                        new TemplateEntry("Lessons learned", null, "unmapped", 1)), "Preface", List.of(practice), List.of());
    }

    @Test
    void documentBuiltFromRecordsIsValid() {
        assertThat(OutputSchema.violations(sampleDocument())).isEmpty();
    }

    @Test
    void recordsSerialiseFieldsInDeclaredOrder() throws Exception {
        String json = CompendiumJson.prettyWriter().writeValueAsString(sampleDocument());
        assertThat(json).containsSubsequence("\"schemaVersion\"", "\"extractorVersion\"", "\"source\"", "\"preface\"", "\"practices\"",
                "\"number\"", "\"region\"", "\"shortTitle\"", "\"sections\"", "\"objectives\"", "\"results\"",
                "\"contactDetails\"", "\"links\"", "\"entities\"", "\"pages\"", "\"warnings\"");
        assertThat(json).doesNotContain("\r");
    }

    @Test
    void unknownFieldAndMissingSectionAreViolations() {
        ObjectNode tree = CompendiumJson.mapper().valueToTree(sampleDocument());
        ObjectNode practice = (ObjectNode) tree.get("practices").get(0);
        practice.put("surprise", 1);
        ((ObjectNode) practice.get("sections")).remove("results");
        List<String> violations = OutputSchema.violations((JsonNode) tree);
        assertThat(violations).anyMatch(v -> v.contains("surprise")).anyMatch(v -> v.contains("results"));
    }

    @Test
    void practiceLineIsFlatAndValid() throws Exception {
        Practice practice = sampleDocument().practices().get(0);
        JsonNode line = CompendiumJson.mapper().valueToTree(new PracticeLine("c.pdf", "0".repeat(64), practice));
        assertThat(line.get("source").asText()).isEqualTo("c.pdf");
        assertThat(line.get("number").asInt()).isEqualTo(3);
        assertThat(OutputSchema.lineViolations(line)).isEmpty();
        ((ObjectNode) line).remove("source");
        ((ObjectNode) line).put("extra", true);
        assertThat(OutputSchema.lineViolations(line)).anyMatch(v -> v.contains("source")).anyMatch(v -> v.contains("extra"));
    }

    @Test
    void badIso3IsRejectedWithTheValueInTheMessage() {
        assertThatThrownBy(() -> new Country("kenya", "Kenya"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kenya");
    }

    @Test
    void listsAreImmutableCopies() {
        List<String> warnings = new java.util.ArrayList<>(List.of("w"));
        CompendiumDocument doc = new CompendiumDocument("1.2", "0.1.0", new Source("f", "a".repeat(64), "text", null),
                "en", null, null, null, warnings);
        warnings.add("later");
        assertThat(doc.warnings()).containsExactly("w");
        assertThat(doc.practices()).isEmpty();
    }
}
