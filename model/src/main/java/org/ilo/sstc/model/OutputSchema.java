package org.ilo.sstc.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of the output ({@code compendium.schema.json}): whole documents and JSON Lines
 * practices. Loaded once; thread-safe.
 */
public final class OutputSchema {
    /** Class-path location of the schema. */
    public static final String RESOURCE = "/org/ilo/sstc/model/compendium.schema.json";
    /** The schema's {@code $id}. */
    public static final String ID = "https://ilo.org/sstc/compendium.schema.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(Map.of(ID, read())));
    private static final Schema DOCUMENT = REGISTRY.getSchema(SchemaLocation.of(ID));
    private static final Schema PRACTICE_LINE = REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/practiceLine"));

    private OutputSchema() {
    }

    /** The schema's text, as shipped. */
    public static String read() {
        try (InputStream in = OutputSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the class path: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Every violation of the schema in {@code document}, each as "location: message"; empty when valid. */
    public static List<String> violations(JsonNode document) {
        return describe(DOCUMENT, document);
    }

    /** Violations of the schema by a record tree, as it would be written. */
    public static List<String> violations(CompendiumDocument document) {
        return violations(CompendiumJson.mapper().<JsonNode>valueToTree(document));
    }

    /** Violations of the practice-line definition by one JSON Lines record. */
    public static List<String> lineViolations(JsonNode line) {
        return describe(PRACTICE_LINE, line);
    }

    private static List<String> describe(Schema schema, JsonNode node) {
        return schema.validate(node).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .toList();
    }
}
