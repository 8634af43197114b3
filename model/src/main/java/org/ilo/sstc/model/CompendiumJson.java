package org.ilo.sstc.model;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration used to read and write compendium JSON. */
public final class CompendiumJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private CompendiumJson() {
    }

    /** The shared, immutable mapper (thread-safe). */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** A writer for pretty-printed JSON with "\n" line ends on every platform, so outputs are byte-stable. */
    public static ObjectWriter prettyWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return MAPPER.writer(printer);
    }

    /** A writer for one-line JSON (JSON Lines). */
    public static ObjectWriter compactWriter() {
        return MAPPER.writer();
    }
}
