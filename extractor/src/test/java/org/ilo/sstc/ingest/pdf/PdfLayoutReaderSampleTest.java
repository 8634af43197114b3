package org.ilo.sstc.ingest.pdf;

import org.ilo.sstc.ingest.Admitted;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF reader on the sample compendium (rebuilt in the template layout by LibreOffice). */
class PdfLayoutReaderSampleTest {

    static final Path SAMPLE = Path.of(System.getProperty("project.root", ".."), "samples",
            "sstc-good-practices-2020-2021.pdf");

    /** The template's row labels as this compendium writes them. */
    private static final Set<String> LABELS = Set.of(
            "South-South Objective (s)",
            "South-South Cooperation between institutions and countries to achieve the objectives",
            "Effectiveness of the South-South / peer learning methodological approach",
            "Innovation",
            "South-South Sustainability",
            "South-South Adaptability",
            "South-South Results",
            "Contact details",
            "Funding Sources",
            "Materials and Web- links");

    private static LayoutDocument document;

    @BeforeAll
    static void readSample() throws Exception {
        document = Admitted.read(new PdfLayoutReader(), SAMPLE);
    }

    @Test
    void sample_has44Pages_andNothingToWarnAbout() {
        assertThat(document.pageCount()).isEqualTo(44);
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void everyPractice_hasItsHeadingAsAHeadingLine() {
        assertThat(lines()).filteredOn(TextLine::heading).extracting(TextLine::text)
                .filteredOn(text -> text.startsWith("GOOD PRACTICE ")).hasSize(21);
    }

    @Test
    void leftCells_carryTheTemplateLabels_tenPerPractice_onceSplitRowsAreJoined() {
        List<String> labels = joinedRows().stream().map(PdfLayoutReaderSampleTest::label).toList();

        assertThat(labels).hasSize(21 * LABELS.size()).allMatch(LABELS::contains);
        Map<String, Long> perLabel = labels.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertThat(perLabel.values()).containsOnly(21L);
    }

    @Test
    void rowsThatAPageBreakSplits_openTheirPage_andMostHaveABlankLeftCell() {
        List<TableRow> rows = rows();
        List<TableRow> continuations = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            if (isContinuation(rows.get(i))) {
                continuations.add(rows.get(i));
                assertThat(rows.get(i - 1).lastPage()).isEqualTo(rows.get(i).page() - 1);
            }
        }
        assertThat(continuations).hasSizeGreaterThanOrEqualTo(10)
                .filteredOn(row -> row.cells().get(0).isBlank()).hasSize(continuations.size() - 1);
    }

    @Test
    void noRightCellLine_containsTheLeftCellLabel() {
        for (TableRow row : rows()) {
            String label = label(row);
            Set<String> labelLines = new HashSet<>();
            row.cells().get(0).lines().forEach(line -> labelLines.add(line.text()));
            assertThat(row.cells().get(1).lines()).extracting(TextLine::text)
                    .noneMatch(text -> !label.isBlank() && text.contains(label))
                    .noneMatch(text -> labelLines.contains(text) && !text.isBlank());
        }
    }

    @Test
    void westernBalkansNote_isAFootnoteOfPage33_afterTheTable() {
        List<TextLine> footnotes = lines().stream().filter(line -> line.role() == LineRole.FOOTNOTE).toList();

        assertThat(footnotes).extracting(TextLine::page).containsOnly(33);
        assertThat(footnotes.get(0).text()).startsWith("WB-6 refers to");
        assertThat(footnotes.get(0).start()).isEqualTo(LineStart.PARAGRAPH);
        int index = document.blocks().indexOf(footnotes.get(0));
        assertThat(document.blocks().get(index - 1)).isInstanceOf(TableRow.class);
    }

    @Test
    void noBlock_isABarePageNumber() {
        List<TextLine> all = new ArrayList<>(lines());
        rows().forEach(row -> row.cells().forEach(cell -> all.addAll(cell.lines())));

        assertThat(all).extracting(TextLine::text).noneMatch(text -> text.strip().matches("\\d{1,3}"));
    }

    @Test
    void materialsLinks_areAttachedWithTheirVisibleText() {
        List<Hyperlink> links = hyperlinks();

        assertThat(links).anySatisfy(link -> {
            assertThat(link.text()).isEqualTo("Link: Summer youth forum");
            assertThat(link.url()).startsWith("https://www.ilo.org/beijing/");
        });
        assertThat(links).anySatisfy(link -> {
            assertThat(link.text()).isEqualTo("Promoting inclusive labour market solutions in the Western Balkans: "
                    + "Peer learning exchange across Western Balkan countries (Budapest, 25- 26 June 2018) – "
                    + "South-South Meeting Point (southsouthpoint.net)");
            assertThat(link.url()).startsWith("https://www.southsouthpoint.net/2018/07/13/peer-to-peer");
        });
        assertThat(links).contains(new Hyperlink("musindo@ilo.org", "mailto:musindo@ilo.org"));
    }

    @Test
    void everyLinkTarget_ofTheSample_isKept() throws Exception {
        Set<String> targets = new HashSet<>();
        try (PDDocument pdf = Loader.loadPDF(new File(SAMPLE.toString()))) {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        targets.add(uri.getURI().strip());
                    }
                }
            }
        }

        assertThat(hyperlinks()).extracting(Hyperlink::url).containsAll(targets);
        assertThat(hyperlinks()).extracting(Hyperlink::text).noneMatch(String::isBlank);
    }

    /** Rows with a split row's parts joined: a part opening a page with a blank or continued label. */
    private static List<TableRow> joinedRows() {
        List<TableRow> joined = new ArrayList<>();
        for (TableRow row : rows()) {
            if (!joined.isEmpty() && isContinuation(row)) {
                TableRow first = joined.remove(joined.size() - 1);
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < row.cells().size(); c++) {
                    List<TextLine> lines = new ArrayList<>(first.cells().get(c).lines());
                    lines.addAll(row.cells().get(c).lines());
                    cells.add(new Cell(lines));
                }
                joined.add(new TableRow(cells, first.page()));
            } else {
                joined.add(row);
            }
        }
        return joined;
    }

    private static boolean isContinuation(TableRow row) {
        int index = document.blocks().indexOf(row);
        Block before = document.blocks().get(index - 1);
        boolean opensPage = before.page() < row.page();
        List<TextLine> label = row.cells().get(0).lines();
        return opensPage && (label.isEmpty() || label.get(0).start() == LineStart.WRAPPED);
    }

    private static String label(TableRow row) {
        return row.cells().get(0).lines().stream().map(TextLine::text).collect(Collectors.joining(" "));
    }

    private static List<Hyperlink> hyperlinks() {
        List<TextLine> all = new ArrayList<>(lines());
        rows().forEach(row -> row.cells().forEach(cell -> all.addAll(cell.lines())));
        return all.stream().flatMap(line -> line.links().stream()).toList();
    }

    private static List<TableRow> rows() {
        return document.blocks().stream().filter(TableRow.class::isInstance).map(TableRow.class::cast).toList();
    }

    private static List<TextLine> lines() {
        return document.blocks().stream().filter(TextLine.class::isInstance).map(TextLine.class::cast).toList();
    }
}
