package org.ilo.sstc.ingest.word;

import org.ilo.sstc.ingest.Admitted;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.LayoutDump;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DocxReader on the sample compendium, rebuilt in the template layout as .docx. */
class DocxSampleIT {
    private static final Path ROOT = Path.of(System.getProperty("project.root", ".."));
    private static final Path SAMPLE = ROOT.resolve("samples").resolve("sstc-good-practices-2020-2021.docx");
    private static final Path GOLDEN = ROOT.resolve("extractor/src/test/resources/word/sstc-good-practices-2020-2021.docx.layout.txt");
    private static LayoutDocument document;

    @BeforeAll
    static void readSample() throws Exception {
        document = Admitted.read(new DocxReader(), SAMPLE);
    }

    private static List<TableRow> rows() {
        return document.blocks().stream().filter(TableRow.class::isInstance).map(TableRow.class::cast).toList();
    }

    private static List<TextLine> lines() {
        return document.blocks().stream().filter(TextLine.class::isInstance).map(TextLine.class::cast).toList();
    }

    private static List<Hyperlink> links() {
        List<Hyperlink> links = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof TextLine line) {
                links.addAll(line.links());
            } else if (block instanceof TableRow row) {
                row.cells().forEach(c -> c.lines().forEach(l -> links.addAll(l.links())));
            }
        }
        return links;
    }

    @Test
    void sampleHasTwentyOneTablesOfTenRows() {
        List<Integer> tableSizes = new ArrayList<>();
        boolean inTable = false;
        for (Block block : document.blocks()) {
            if (block instanceof TableRow) {
                if (!inTable) {
                    tableSizes.add(0);
                }
                tableSizes.set(tableSizes.size() - 1, tableSizes.get(tableSizes.size() - 1) + 1);
            }
            inTable = block instanceof TableRow;
        }

        assertThat(tableSizes).hasSize(21).containsOnly(10);
    }

    @Test
    void leftCellsAreTheBoldTemplateLabels() {
        List<String> labels = rows().stream().map(r -> r.cells().get(0).text()).distinct().toList();

        assertThat(rows()).allSatisfy(row -> {
            assertThat(row.cells()).hasSize(2);
            assertThat(row.cells().get(0).lines()).allMatch(TextLine::isBold);
        });
        assertThat(labels).hasSizeLessThanOrEqualTo(14)
                .contains("Innovation", "Contact details", "Funding Sources", "Materials and Web-links");
    }

    @Test
    void everyHyperlinkKeepsItsVisibleText() {
        assertThat(links()).hasSize(83).allMatch(link -> !link.text().isBlank());
        assertThat(links()).filteredOn(link -> link.url().startsWith("mailto:"))
                .isNotEmpty()
                .allMatch(link -> link.url().equalsIgnoreCase("mailto:" + link.text()));
    }

    @Test
    void handTypedSmallPrintNoteAfterTableIsTheOnlyFootnote() {
        assertThat(lines()).filteredOn(line -> line.role() == LineRole.FOOTNOTE)
                .singleElement()
                .satisfies(line -> assertThat(line.text()).startsWith("WB-6 refers to"));
    }

    @Test
    void eachPracticeStartsItsOwnPage() {
        List<TextLine> headings = lines().stream().filter(l -> l.text().startsWith("GOOD PRACTICE ")).toList();

        assertThat(headings).hasSize(21).allMatch(TextLine::isBold);
        assertThat(headings).extracting(TextLine::page).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(2, 22).boxed().toList());
        assertThat(document.pageCount()).isEqualTo(22);
    }

    @Test
    void layoutMatchesTheGoldenDump() throws Exception {
        String actual = LayoutDump.render(document);
        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        if (!actual.equals(expected)) {
            Path written = ROOT.resolve("extractor/target/layout/" + GOLDEN.getFileName());
            Files.createDirectories(written.getParent());
            Files.writeString(written, actual, StandardCharsets.UTF_8);
        }

        assertThat(actual).as("layout differs from %s; actual written under extractor/target/layout/", GOLDEN)
                .isEqualTo(expected);
    }
}
