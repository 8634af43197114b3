package org.ilo.sstc.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;

/** The one Jackson configuration used to read and write compendium JSON. */
public final class CompendiumJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // The last guard, whatever reader or stage let one through: no NUL or other control character is written.
            .addModule(new SimpleModule("printable-strings").addSerializer(String.class, new PrintableStringSerializer()))
            .build();

    private CompendiumJson() {
    }

    /** Writes strings without the characters {@link ControlCharacters} keeps out of every output. */
    private static final class PrintableStringSerializer extends StdScalarSerializer<String> {
        private static final long serialVersionUID = 1L;

        PrintableStringSerializer() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(ControlCharacters.strip(value));
        }
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
