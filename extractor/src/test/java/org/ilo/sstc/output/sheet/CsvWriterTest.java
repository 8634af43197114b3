package org.ilo.sstc.output.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.Practice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The practices CSV: RFC 4180, UTF-8 with a byte order mark, every field back as written. */
class CsvWriterTest {
    private static final String TRICKY = "São Tomé, \"Príncipe\" and Côte d’Ivoire\r\n- second line, with a comma\n"
            + "- third line: \"quoted\"";

    @TempDir
    Path dir;

    @Test
    void accentsCommasQuotesAndNewlinesInsideFieldsRoundTrip() throws Exception {
        CompendiumDocument sample = WorkbookWriterTest.committed("sstc-good-practices-2020-2021.docx");
        ObjectNode tree = WorkbookWriterTest.tree("sstc-good-practices-2020-2021.docx");
        ArrayNode practices = (ArrayNode) tree.path("practices");
        ((ObjectNode) practices.get(0)).put("shortTitle", TRICKY).put("institution", "").putNull("dates");
        while (practices.size() > 2) {
            practices.remove(2);
        }
        Practice p = sample.practices().get(0);
        Path csv = dir.resolve("practices.csv");

        new CsvWriter().write(List.of(WorkbookWriterTest.document(tree)), csv);

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertThat(reader.read()).as("byte order mark").isEqualTo('\uFEFF');
            records = CSVParser.parse(reader, CsvWriter.FORMAT).getRecords();
        }
        assertThat(records).hasSize(3);
        assertThat(records.get(0).values()).containsExactlyElementsOf(Tables.PRACTICES.headers());
        List<String> headers = Tables.PRACTICES.headers();
        CSVRecord first = records.get(1);
        assertThat(first.get(headers.indexOf("shortTitle"))).isEqualTo(TRICKY);
        assertThat(first.get(headers.indexOf("institution"))).as("\"\" stays empty text").isEmpty();
        assertThat(first.get(headers.indexOf("dates"))).as("null stays null").isNull();
        assertThat(first.get(headers.indexOf("number"))).isEqualTo(String.valueOf(p.number()));
        assertThat(first.get(headers.indexOf("sections.objectives"))).isEqualTo(p.sections().objectives());
        assertThat(records.get(2).get(headers.indexOf("title"))).isEqualTo(sample.practices().get(1).title());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).as("RFC 4180 line ends").contains("\r\n");
    }
}
