package org.ilo.sstc.ingest.word;

import org.ilo.sstc.ingest.Admitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.LayoutDump;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.SourceFormat;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DocReader on compendium-sample.doc, which LibreOffice made from the POI-written compendium-sample.docx. */
class DocReaderTest {
    private static final Path FIXTURES = Path.of(System.getProperty("project.root", ".."),
            "extractor", "src", "test", "resources", "word");
    private static LayoutDocument document;

    @TempDir
    Path dir;

    @BeforeAll
    static void readFixture() throws Exception {
        document = Admitted.read(new DocReader(), FIXTURES.resolve("compendium-sample.doc"));
    }

    private static List<TableRow> rows() {
        return document.blocks().stream().filter(TableRow.class::isInstance).map(TableRow.class::cast).toList();
    }

    private static List<TextLine> lines() {
        return document.blocks().stream().filter(TextLine.class::isInstance).map(TextLine.class::cast).toList();
    }

    @Test
    void tableRowsComeOutWithBoldLabelOnTheLeftAndContentOnTheRight() {
        assertThat(document.format()).isEqualTo(SourceFormat.DOC);
        assertThat(rows()).hasSize(4);
        assertThat(rows()).extracting(row -> row.cells().get(0).text())
                .containsExactly("Objectives", "Contact details", "Materials and Web-links", "Team");
        assertThat(rows()).allMatch(row -> row.cells().get(0).lines().get(0).isBold());
        assertThat(rows().get(0).cells().get(1).lines()).extracting(TextLine::text)
                .containsExactly("- The first objective.", "- The group met twice.");
    }

    @Test
    void boldLabelRunGivesBoldPrefixOfTheLabel() {
        TextLine author = lines().get(1);

        assertThat(author.text()).isEqualTo("Author’s name: Jane Example");
        assertThat(author.boldText()).isEqualTo("Author’s name: ");
        assertThat(lines().get(0).isBold()).isTrue();
    }

    @Test
    void hyperlinkFieldsBecomeHyperlinksWithTheirVisibleText() {
        assertThat(rows().get(1).cells().get(1).lines().get(0).links())
                .containsExactly(new Hyperlink("jane@example.org", "mailto:jane@example.org"));
        assertThat(rows().get(2).cells().get(1).lines().get(0).links())
                .containsExactly(new Hyperlink("The report", "https://example.org/report"));
        assertThat(rows().get(2).cells().get(1).text()).isEqualTo("The report");
    }

    @Test
    void footnoteFollowsTheRowThatRefersToItAndItsMarkLeavesTheText() {
        List<Block> blocks = document.blocks();
        int objectives = blocks.indexOf(rows().get(0));
        TextLine note = (TextLine) blocks.get(objectives + 1);

        assertThat(note.role()).isEqualTo(LineRole.FOOTNOTE);
        assertThat(note.text()).isEqualTo("1 The note explains the group.");
        assertThat(rows().get(0).cells().get(1).text()).doesNotContain("\u0002").contains("The group met twice.");
    }

    @Test
    void nestedTableRowsBecomeTabJoinedLines() {
        assertThat(rows().get(3).cells().get(1).lines()).extracting(TextLine::text)
                .containsExactly("Members:", "Name\tRole", "A. Person\tChair");
    }

    @Test
    void smallPrintAfterTableIsFootnoteAndHeaderFooterAreAbsent() {
        assertThat(lines()).filteredOn(l -> l.text().startsWith("ABC refers"))
                .singleElement().extracting(TextLine::role).isEqualTo(LineRole.FOOTNOTE);
        assertThat(lines()).extracting(TextLine::text).doesNotContain("Running header text", "1");
    }

    @Test
    void pageBreakHeadingStyleAndNumberedListSurviveTheConversion() {
        TextLine heading = lines().stream().filter(l -> l.text().equals("Second page heading")).findFirst().orElseThrow();

        assertThat(heading.heading()).isTrue();
        assertThat(heading.page()).isEqualTo(2);
        assertThat(document.pageCount()).isEqualTo(2);
        assertThat(lines()).extracting(TextLine::text).contains("1. Step one", "2. Step two");
    }

    @Test
    void docAndTheDocxItWasMadeFromGiveTheSameLayout() throws Exception {
        LayoutDocument docx = Admitted.read(new DocxReader(), FIXTURES.resolve("compendium-sample.docx"));

        assertThat(withoutFormatLine(LayoutDump.render(document))).isEqualTo(withoutFormatLine(LayoutDump.render(docx)));
    }

    private static String withoutFormatLine(String dump) {
        return dump.substring(dump.indexOf('\n') + 1);
    }

    @Test
    void docxUnderDocNameIsDetectedAsDocx() throws Exception {
        Path renamed = Files.copy(FIXTURES.resolve("compendium-sample.docx"), dir.resolve("renamed.doc"));

        assertThat(Admitted.file(renamed).format().format()).isEqualTo(SourceFormat.DOCX);
    }

    @Test
    void truncatedDocFailsAsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(FIXTURES.resolve("compendium-sample.doc"));
        Path file = Files.write(dir.resolve("truncated.doc"), Arrays.copyOf(whole, whole.length / 3));
        ExtractionException e = catchThrowableOfType(ExtractionException.class,
                () -> Admitted.read(new DocReader(), file));

        assertThat(e.failure()).isEqualTo(Failure.CORRUPT);
        assertThat(e.getMessage()).startsWith("truncated.doc: corrupt or truncated file: ").doesNotContain("\n");
    }

    @Test
    void everyRowHasLabelAndContentCellsWithText() {
        assertThat(rows()).allSatisfy(row -> assertThat(row.cells()).hasSize(2).noneMatch(Cell::isBlank));
    }
}
