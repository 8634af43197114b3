package org.ilo.sstc.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON Schema of the output ({@code compendium.schema.json}), loaded once and thread-safe. */
public final class OutputSchema {
    /** Class-path location of the schema, also published beside the code for consumers. */
    public static final String RESOURCE = "/org/ilo/sstc/model/compendium.schema.json";

    private static final Schema SCHEMA = load();

    private OutputSchema() {
    }

    private static Schema load() {
        try (InputStream in = OutputSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the class path: " + RESOURCE);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Every violation of the schema in {@code document}, each as "location: message"; empty when valid. */
    public static List<String> violations(JsonNode document) {
        return SCHEMA.validate(document).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .toList();
    }

    /** Violations of the schema by a record tree, as it would be written. */
    public static List<String> violations(CompendiumDocument document) {
        return violations(CompendiumJson.mapper().valueToTree(document));
    }
}
