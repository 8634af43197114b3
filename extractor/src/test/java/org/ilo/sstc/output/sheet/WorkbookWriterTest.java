package org.ilo.sstc.output.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.pipeline.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook of the committed sample outputs, read back with POI. */
class WorkbookWriterTest {
    @TempDir
    Path dir;

    /** The committed JSON of {@code sample}, as a tree to edit. */
    static ObjectNode tree(String sample) throws Exception {
        return (ObjectNode) CompendiumJson.mapper().readTree(
                SharedPipeline.projectRoot().resolve("output").resolve(sample + ".json").toFile());
    }

    /** The document of a (possibly edited) tree: edited as JSON, so that the records can grow fields. */
    static CompendiumDocument document(JsonNode tree) throws Exception {
        return CompendiumJson.mapper().treeToValue(tree, CompendiumDocument.class);
    }

    static CompendiumDocument committed(String sample) throws Exception {
        return document(tree(sample));
    }

    @Test
    void workbookOfTwoSamplesHasEverySheetRowCountryAndContactOfTheirJson() throws Exception {
        List<CompendiumDocument> documents = List.of(committed("sstc-good-practices-2020-2021.pdf"),
                committed("sstc-good-practices-2020-2021.tika.txt"));
        Path xlsx = dir.resolve("practices.xlsx");

        new WorkbookWriter().write(documents, xlsx);

        Workbooks.checkAgainst(xlsx, documents);
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(workbook.getSheet("practices").getLastRowNum()).isEqualTo(42);
            assertThat(workbook.getSheet("warnings").getLastRowNum()).as("practice 21 of the text sample").isEqualTo(1);
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void emptyTextIsATextCellNullIsNoCellAndOverlongTextIsCutSayingSo() throws Exception {
        ObjectNode tree = tree("sstc-good-practices-2020-2021.pdf");
        ObjectNode first = (ObjectNode) tree.path("practices").get(0);
        first.put("institution", "").put("title", "x".repeat(40_000)).putNull("dates");
        tree.putArray("practices").add(first);
        Path xlsx = dir.resolve("one.xlsx");

        new WorkbookWriter().write(List.of(document(tree)), xlsx);

        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            Row row = workbook.getSheet("practices").getRow(1);
            int institution = Tables.PRACTICES.headers().indexOf("institution");
            assertThat(Workbooks.textOrNull(row.getCell(institution))).isEmpty();
            assertThat(Workbooks.textOrNull(row.getCell(Tables.PRACTICES.headers().indexOf("dates")))).isNull();
            String title = row.getCell(Tables.PRACTICES.headers().indexOf("title")).getStringCellValue();
            assertThat(title).hasSize(WorkbookWriter.MAX_CELL_TEXT).endsWith("the JSON has the whole text]");
        }
    }

    @Test
    void failedWriteLeavesTheEarlierWorkbookAsItWas() throws Exception {
        Path xlsx = Files.writeString(dir.resolve("earlier.xlsx"), "earlier");
        Iterable<CompendiumDocument> failing = () -> {
            throw new IllegalStateException("the documents could not be read");
        };

        assertThatThrownBy(() -> new WorkbookWriter().write(failing, xlsx))
                .hasMessageContaining("could not be read");

        assertThat(Files.readString(xlsx)).isEqualTo("earlier");
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }
}
