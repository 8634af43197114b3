package org.ilo.sstc.output.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.output.ReviewOutputs;
import org.ilo.sstc.output.ReviewedBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The workbooks and CSV that {@code extract --xlsx --csv} wrote, read back and checked against the JSON beside them. */
class WorkbookOutputIT {

    private static CompendiumDocument json(String input) throws Exception {
        return CompendiumJson.mapper().readValue(ReviewedBatch.outputDir().resolve(input + ".json").toFile(),
                CompendiumDocument.class);
    }

    private static int csvRecords(Path csv) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertThat(reader.read()).as("byte order mark").isEqualTo('\uFEFF');
            return CSVParser.parse(reader, CsvWriter.FORMAT).getRecords().size();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sstc-good-practices-2020-2021.pdf", "sstc-good-practices-2020-2021.docx",
        "sstc-good-practices-2020-2021.tika.txt", ReviewedBatch.HOSTILE})
    void eachInputsWorkbookAndCsvHoldItsJson(String input) throws Exception {
        CompendiumDocument document = json(input);

        Workbooks.checkAgainst(ReviewedBatch.outputDir().resolve(input + ".xlsx"), List.of(document));
        assertThat(csvRecords(ReviewedBatch.outputDir().resolve(input + ".csv"))).isEqualTo(document.practices().size() + 1);
    }

    @Test
    void batchWorkbookAndCsvHoldEveryPracticeInInputOrderAndNoHalfWrittenFileIsLeft() throws Exception {
        List<CompendiumDocument> documents = new ArrayList<>();
        for (String input : List.of("sstc-good-practices-2020-2021.docx", "sstc-good-practices-2020-2021.pdf",
                "sstc-good-practices-2020-2021.tika.txt", ReviewedBatch.HOSTILE)) {
            documents.add(json(input));
        }

        Workbooks.checkAgainst(ReviewedBatch.outputDir().resolve(ReviewOutputs.PRACTICES_XLSX), documents);
        assertThat(csvRecords(ReviewedBatch.outputDir().resolve(ReviewOutputs.PRACTICES_CSV))).isEqualTo(21 * 3 + 2 + 1);
        try (Stream<Path> files = Files.list(ReviewedBatch.outputDir())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
