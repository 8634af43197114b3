package org.ilo.sstc.output.sheet;

import static org.assertj.core.api.Assertions.assertThat;

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
        Practice p = sample.practices().get(0);
        Practice tricky = new Practice(p.number(), p.region(), TRICKY, p.author(), "", null, p.title(),
                p.countriesInvolved(), p.countries(), p.regions(), p.sections(), p.contactDetails(), p.contacts(),
                p.fundingSources(), p.materials(), p.links(), p.entities(), p.footnotes(), p.otherSections(), p.pages(),
                p.warnings());
        CompendiumDocument document = new CompendiumDocument(sample.schemaVersion(), sample.extractorVersion(),
                sample.source(), sample.preface(), List.of(tricky, sample.practices().get(1)), sample.warnings());
        Path csv = dir.resolve("practices.csv");

        new CsvWriter().write(List.of(document), csv);

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
