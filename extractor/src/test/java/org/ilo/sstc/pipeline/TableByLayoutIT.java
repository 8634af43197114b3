package org.ilo.sstc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.sstc.pipeline.WordParagraphs.bold;
import static org.ilo.sstc.pipeline.WordParagraphs.labelLine;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.Practice;
import org.ilo.sstc.model.Sections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For each format, the template table is read by layout: a label wrapped over four or more lines
 * maps to one field, and no field's text carries label words.
 */
class TableByLayoutIT {

    /** Words of the template's labels that never occur in the sample's content. */
    private static final List<String> LABEL_PHRASES = List.of("Cooperation between institutions",
            "countries to achieve the objectives", "peer learning methodological", "South-South Objective",
            "Contact details", "Funding Sources", "Materials and Web-links", "South-South Results",
            "South-South Sustainability", "South-South Adaptability", "Countries involved (please", "Author’s name");

    @TempDir
    Path dir;

    @Test
    void pdfWithTheCooperationLabelWrappedOverFiveLines() throws Exception {
        assertReadByLayout(SharedPipeline.extractor().extract(SharedPipeline.sample("sstc-good-practices-2020-2021.pdf")));
    }

    @Test
    void flattenedTextWithTheCooperationLabelWrappedOverFourLines() throws Exception {
        assertReadByLayout(SharedPipeline.extractor().extract(
                SharedPipeline.sample("sstc-good-practices-2020-2021.tika.txt")));
    }

    @Test
    void docxWithLabelsBrokenOverFourLines() throws Exception {
        Path docx = dir.resolve("four-line-labels.docx");
        writeDocx(docx);
        CompendiumDocument document = SharedPipeline.extractor().extract(docx);
        Practice practice = document.practices().get(0);
        assertThat(practice.sections().cooperation()).isEqualTo("- Labour ministries of both countries met monthly.");
        assertThat(practice.sections().methodology()).isEqualTo("- Peer reviews.");
        assertThat(practice.otherSections()).isEmpty();
        assertNoLabelWords(document);
    }

    private static void assertReadByLayout(CompendiumDocument document) {
        assertThat(document.practices()).hasSize(21);
        assertThat(document.practices()).allSatisfy(p -> {
            assertThat(p.sections().cooperation()).as("practice %d cooperation", p.number()).isNotBlank();
            assertThat(p.otherSections()).as("practice %d other sections", p.number()).isEmpty();
        });
        assertNoLabelWords(document);
    }

    private static void assertNoLabelWords(CompendiumDocument document) {
        for (Practice p : document.practices()) {
            for (String text : texts(p)) {
                for (String phrase : LABEL_PHRASES) {
                    assertThat(text).as("practice %d", p.number()).doesNotContain(phrase);
                }
            }
        }
    }

    private static List<String> texts(Practice p) {
        Sections s = p.sections();
        List<String> texts = new ArrayList<>();
        for (String text : new String[] {p.author(), p.institution(), p.title(), p.countriesInvolved(), s.objectives(),
            s.cooperation(), s.methodology(), s.innovation(), s.sustainability(), s.adaptability(), s.results(),
            p.contactDetails(), p.fundingSources(), p.materials()}) {
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** One practice whose long labels are broken over four lines inside their cells. */
    private static void writeDocx(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            bold(doc.createParagraph(), "GOOD PRACTICE 1 - ASIA & THE PACIFIC - Inspection peers");
            labelLine(doc, "Author’s name: ", "Mei Lin");
            labelLine(doc, "Countries involved (please add more than one country): ", "Viet Nam and Lao PDR");
            XWPFTable table = doc.createTable(3, 2);
            fill(table.getRow(0).getCell(0), "South-South", "Objective (s)");
            table.getRow(0).getCell(1).setText("To compare inspection methods.");
            fill(table.getRow(1).getCell(0), "South-South Cooperation", "between institutions and", "countries to achieve",
                    "the objectives");
            table.getRow(1).getCell(1).setText("- Labour ministries of both countries met monthly.");
            fill(table.getRow(2).getCell(0), "Effectiveness of the", "South-South / peer", "learning methodological",
                    "approach");
            table.getRow(2).getCell(1).setText("- Peer reviews.");
            doc.write(out);
        }
    }


    /** A label cell of one bold paragraph whose lines are separated by manual line breaks. */
    private static void fill(XWPFTableCell cell, String... lines) {
        XWPFRun run = cell.getParagraphs().get(0).createRun();
        run.setBold(true);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }
}
