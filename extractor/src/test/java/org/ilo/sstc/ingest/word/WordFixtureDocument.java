package org.ilo.sstc.ingest.word;

import java.math.BigInteger;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes the small compendium-like .docx that {@code src/test/resources/word/make-doc-fixture.sh}
 * converts to .doc with LibreOffice (POI cannot write .doc): heading, bold "Label: value" lines, a
 * label/content table with a footnote, links and a nested table, small print after the table, a
 * heading style, a numbered list, a page break, header and footer.
 */
public final class WordFixtureDocument {
    private WordFixtureDocument() {
    }

    public static void main(String[] args) throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            write(f);
            f.save(Path.of(args[0]).toAbsolutePath().getParent(), Path.of(args[0]).getFileName().toString());
        }
    }

    static void write(DocxFixture f) {
        DocxFixture.run(f.doc.createHeader(HeaderFooterType.DEFAULT).createParagraph(), "Running header text", false);
        CTSimpleField page = f.doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().getCTP().addNewFldSimple();
        page.setInstr("PAGE");
        page.addNewR().addNewT().setStringValue("1");
        f.doc.createFootnotes();
        XWPFFootnote note = f.doc.createFootnote();
        DocxFixture.run(note.createParagraph(), "The note explains the group.", false);

        XWPFRun heading = DocxFixture.run(f.doc.createParagraph(), "GOOD PRACTICE 3 – REGION – A sample practice", true);
        heading.setFontSize(14);
        f.labelled("Author’s name: ", "Jane Example");
        f.labelled("Institution: ", "Example Office");

        XWPFTable table = f.doc.createTable(4, 2);
        label(table.getRow(0).getCell(0), "Objectives");
        XWPFParagraph objective = table.getRow(0).getCell(1).getParagraphs().get(0);
        DocxFixture.run(objective, "- The first objective.", false);
        XWPFParagraph second = table.getRow(0).getCell(1).addParagraph();
        DocxFixture.run(second, "- The group", false);
        second.addFootnoteReference(note);
        DocxFixture.run(second, " met twice.", false);
        label(table.getRow(1).getCell(0), "Contact details");
        XWPFParagraph contact = table.getRow(1).getCell(1).getParagraphs().get(0);
        DocxFixture.run(contact, "Jane Example, ", false);
        contact.createHyperlinkRun("mailto:jane@example.org").setText("jane@example.org");
        label(table.getRow(2).getCell(0), "Materials and Web-links");
        table.getRow(2).getCell(1).getParagraphs().get(0).createHyperlinkRun("https://example.org/report").setText("The report");
        label(table.getRow(3).getCell(0), "Team");
        XWPFTableCell team = table.getRow(3).getCell(1);
        DocxFixture.run(team.getParagraphs().get(0), "Members:", false);
        XWPFTable nested = new XWPFTable(team.getCTTc().addNewTbl(), team, 2, 2);
        DocxFixture.fill(nested.getRow(0).getCell(0), "Name");
        DocxFixture.fill(nested.getRow(0).getCell(1), "Role");
        DocxFixture.fill(nested.getRow(1).getCell(0), "A. Person");
        DocxFixture.fill(nested.getRow(1).getCell(1), "Chair");
        team.getCTTc().addNewP();

        DocxFixture.run(f.doc.createParagraph(), "ABC refers to the members listed here.", false).setFontSize(8);
        XWPFRun closing = DocxFixture.run(f.doc.createParagraph(), "Closing words of the practice.", false);
        closing.addBreak(BreakType.PAGE);
        f.paragraphStyle("Heading1", "heading 1", 16);
        f.text("Second page heading").setStyle("Heading1");
        BigInteger steps = f.list(STNumberFormat.DECIMAL, "%1.", STNumberFormat.LOWER_LETTER, "%2)");
        f.text("Step one").setNumID(steps);
        f.text("Step two").setNumID(steps);
        f.text("Second page text.");
    }

    private static void label(XWPFTableCell cell, String label) {
        DocxFixture.run(cell.getParagraphs().get(0), label, true);
    }
}
