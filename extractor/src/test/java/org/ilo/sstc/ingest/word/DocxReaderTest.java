package org.ilo.sstc.ingest.word;

import org.ilo.sstc.ingest.Admitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ilo.sstc.ingest.word.DocxFixture.big;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.SourceFormat;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

class DocxReaderTest {
    @TempDir
    Path dir;

    private LayoutDocument read(DocxFixture fixture) throws Exception {
        return Admitted.read(new DocxReader(), fixture.save(dir, "fixture.docx"));
    }

    private static List<TextLine> lines(LayoutDocument document) {
        return document.blocks().stream().filter(TextLine.class::isInstance).map(TextLine.class::cast).toList();
    }

    private static List<TableRow> rows(LayoutDocument document) {
        return document.blocks().stream().filter(TableRow.class::isInstance).map(TableRow.class::cast).toList();
    }

    /** Every text of the document, table cells included, one string per line. */
    private static List<String> allTexts(LayoutDocument document) {
        return document.blocks().stream().flatMap(b -> b instanceof TableRow row
                ? row.cells().stream().flatMap(c -> c.lines().stream()).map(TextLine::text)
                : Stream.of(((TextLine) b).text())).toList();
    }

    private static long occurrences(LayoutDocument document, String text) {
        return allTexts(document).stream().filter(t -> t.contains(text)).count();
    }

    @Test
    void labelWrappedOverFourParagraphsComesOutAsOneCell() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            f.table(new String[][] {{"Cooperation between\ninstitutions and\ncountries to reach\nthe objectives", "The content."}});
            LayoutDocument document = read(f);

            assertThat(rows(document)).hasSize(1);
            TableRow row = rows(document).get(0);
            assertThat(row.cells()).hasSize(2);
            assertThat(row.cells().get(0).lines()).extracting(TextLine::text)
                    .containsExactly("Cooperation between", "institutions and", "countries to reach", "the objectives");
            assertThat(row.cells().get(1).text()).isEqualTo("The content.");
            assertThat(document.format()).isEqualTo(SourceFormat.DOCX);
        }
    }

    @Test
    void gridSpanMergedCellAppearsOnceWithItsText() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            XWPFTable table = f.table(new String[][] {{"Merged heading", ""}, {"left", "right"}});
            XWPFTableRow first = table.getRow(0);
            first.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(big(2));
            first.removeCell(1);
            LayoutDocument document = read(f);

            assertThat(rows(document)).hasSize(2);
            assertThat(rows(document).get(0).cells()).extracting(Cell::text).containsExactly("Merged heading");
            assertThat(rows(document).get(1).cells()).extracting(Cell::text).containsExactly("left", "right");
            assertThat(occurrences(document, "Merged heading")).isEqualTo(1);
        }
    }

    @Test
    void verticallyMergedCellKeepsTextInFirstRowAndContinuationIsBlank() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            XWPFTable table = f.table(new String[][] {{"Shared label", "first part"}, {"", "second part"}});
            table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
            LayoutDocument document = read(f);

            List<TableRow> rows = rows(document);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).cells()).extracting(Cell::text).containsExactly("Shared label", "first part");
            assertThat(rows.get(1).cells()).hasSize(2);
            assertThat(rows.get(1).cells().get(0).isBlank()).isTrue();
            assertThat(rows.get(1).cells().get(1).text()).isEqualTo("second part");
            assertThat(occurrences(document, "Shared label")).isEqualTo(1);
        }
    }

    @Test
    void nestedTableRowsBecomeTabJoinedLinesOfTheirCell() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            XWPFTable table = f.table(new String[][] {{"Contacts", "Our team:"}});
            XWPFTableCell cell = table.getRow(0).getCell(1);
            CTTbl nestedXml = cell.getCTTc().addNewTbl();
            XWPFTable nested = new XWPFTable(nestedXml, cell, 2, 2);
            DocxFixture.fill(nested.getRow(0).getCell(0), "Name");
            DocxFixture.fill(nested.getRow(0).getCell(1), "Role");
            DocxFixture.fill(nested.getRow(1).getCell(0), "A. Person");
            DocxFixture.fill(nested.getRow(1).getCell(1), "Chair\nof the board");
            cell.getCTTc().addNewP();
            LayoutDocument document = read(f);

            assertThat(rows(document)).hasSize(1);
            assertThat(rows(document).get(0).cells().get(1).lines()).extracting(TextLine::text)
                    .containsExactly("Our team:", "Name\tRole", "A. Person\tChair of the board");
        }
    }

    @Test
    void boldLabelParagraphsAreWhollyBoldAndTheirContentIsNot() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            f.bold("Objectives");
            f.text("First content paragraph.");
            f.text("Second content paragraph.");
            f.bold("Results");
            f.text("What came out.");
            List<TextLine> lines = lines(read(f));

            assertThat(lines).extracting(TextLine::text).containsExactly(
                    "Objectives", "First content paragraph.", "Second content paragraph.", "Results", "What came out.");
            assertThat(lines).extracting(TextLine::boldPrefix).containsExactly(10, 0, 0, 7, 0);
            assertThat(lines).allMatch(l -> l.start() == LineStart.PARAGRAPH);
        }
    }

    @Test
    void boldLabelRunBeforeValueGivesBoldPrefixOfTheLabel() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            f.labelled("Author’s name: ", "Jane Example");
            TextLine line = lines(read(f)).get(0);

            assertThat(line.text()).isEqualTo("Author’s name: Jane Example");
            assertThat(line.boldPrefix()).isEqualTo("Author’s name: ".length());
            assertThat(line.boldText()).isEqualTo("Author’s name: ");
        }
    }

    @Test
    void footnoteBecomesFootnoteLineAfterItsParagraphAndItsMarkLeavesTheText() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            f.doc.createFootnotes();
            XWPFFootnote note = footnote(f, "The group means A, B and C.");
            XWPFParagraph p = f.text("The group");
            p.addFootnoteReference(note);
            DocxFixture.run(p, " met twice.", false);
            f.text("Next paragraph.");
            List<TextLine> lines = lines(read(f));

            assertThat(lines).extracting(TextLine::text)
                    .containsExactly("The group met twice.", "1 The group means A, B and C.", "Next paragraph.");
            assertThat(lines).extracting(TextLine::role)
                    .containsExactly(LineRole.BODY, LineRole.FOOTNOTE, LineRole.BODY);
        }
    }

    @Test
    void footnoteReferredToInTableCellFollowsItsRow() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            f.doc.createFootnotes();
            XWPFFootnote note = footnote(f, "Explained here.");
            XWPFTable table = f.table(new String[][] {{"Label", "Value"}, {"Other", "Row"}});
            table.getRow(0).getCell(1).getParagraphs().get(0).addFootnoteReference(note);
            LayoutDocument document = read(f);

            List<Block> blocks = document.blocks();
            assertThat(blocks).hasSize(3);
            assertThat(((TableRow) blocks.get(0)).cells().get(1).text()).isEqualTo("Value");
            assertThat(blocks.get(1)).isEqualTo(((TextLine) blocks.get(1)).withRole(LineRole.FOOTNOTE));
            assertThat(((TextLine) blocks.get(1)).text()).isEqualTo("1 Explained here.");
            assertThat(blocks.get(2)).isInstanceOf(TableRow.class);
        }
    }

    @Test
    void hyperlinkRunBecomesHyperlinkWithItsVisibleText() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            XWPFParagraph p = f.text("See ");
            XWPFHyperlinkRun link = p.createHyperlinkRun("https://example.org/report");
            link.setText("the report");
            DocxFixture.run(p, " and write to ", false);
            p.createHyperlinkRun("mailto:someone@example.org").setText("someone@example.org");
            TextLine line = lines(read(f)).get(0);

            assertThat(line.text()).isEqualTo("See the report and write to someone@example.org");
            assertThat(line.links()).containsExactly(new Hyperlink("the report", "https://example.org/report"),
                    new Hyperlink("someone@example.org", "mailto:someone@example.org"));
        }
    }

    @Test
    void hyperlinkFieldCodesGiveHyperlinkAndHideTheInstruction() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            XWPFParagraph p = f.text("Read ");
            DocxFixture.rawRun(p, "<w:fldChar w:fldCharType=\"begin\"/>");
            DocxFixture.rawRun(p, "<w:instrText xml:space=\"preserve\"> HYPERLINK \"https://example.org/field\" \\o \"tip\" </w:instrText>");
            DocxFixture.rawRun(p, "<w:fldChar w:fldCharType=\"separate\"/>");
            DocxFixture.rawRun(p, "<w:t>the brief</w:t>");
            DocxFixture.rawRun(p, "<w:fldChar w:fldCharType=\"end\"/>");
            DocxFixture.run(p, " now.", false);
            XWPFParagraph simple = f.doc.createParagraph();
            CTSimpleField field = simple.getCTP().addNewFldSimple();
            field.setInstr("HYPERLINK \"https://example.org/simple\"");
            field.addNewR().addNewT().setStringValue("simple link");
            List<TextLine> lines = lines(read(f));

            assertThat(lines.get(0).text()).isEqualTo("Read the brief now.");
            assertThat(lines.get(0).links()).containsExactly(new Hyperlink("the brief", "https://example.org/field"));
            assertThat(lines.get(1).links()).containsExactly(new Hyperlink("simple link", "https://example.org/simple"));
        }
    }

    @Test
    void headerAndFooterTextNeverEntersTheModel() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            XWPFHeader header = f.doc.createHeader(HeaderFooterType.DEFAULT);
            DocxFixture.run(header.createParagraph(), "Running title of the compendium", false);
            XWPFFooter footer = f.doc.createFooter(HeaderFooterType.DEFAULT);
            CTSimpleField page =
                    footer.createParagraph().getCTP().addNewFldSimple();
            page.setInstr("PAGE");
            page.addNewR().addNewT().setStringValue("7");
            f.text("Body text.");
            LayoutDocument document = read(f);

            assertThat(allTexts(document)).containsExactly("Body text.");
        }
    }

    @Test
    void listParagraphsGetTheirVisibleMarkers() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            BigInteger numbered = f.list(STNumberFormat.DECIMAL, "%1.", STNumberFormat.LOWER_LETTER, "%2)");
            BigInteger bullets = f.list(STNumberFormat.BULLET, "•", STNumberFormat.BULLET, "o");
            f.text("First step").setNumID(numbered);
            f.text("Second step").setNumID(numbered);
            XWPFParagraph sub = f.text("A detail");
            sub.setNumID(numbered);
            sub.setNumILvl(big(1));
            f.text("Third step").setNumID(numbered);
            f.text("A point").setNumID(bullets);
            List<TextLine> lines = lines(read(f));

            assertThat(lines).extracting(TextLine::text)
                    .containsExactly("1. First step", "2. Second step", "a) A detail", "3. Third step", "- A point");
        }
    }

    @Test
    void automaticNumbersAndBulletsInsideATableCellAppearInItsText() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            BigInteger numbered = f.list(STNumberFormat.DECIMAL, "%1.", STNumberFormat.LOWER_LETTER, "%2)");
            BigInteger bullets = f.list(STNumberFormat.BULLET, "\uF0B7", STNumberFormat.BULLET, "o");
            XWPFTable table = f.table(new String[][] {{"Results", "Trained"}});
            XWPFTableCell content = table.getRow(0).getCell(1);
            content.getParagraphs().get(0).setNumID(numbered);
            XWPFParagraph second = content.addParagraph();
            second.createRun().setText("Certified");
            second.setNumID(numbered);
            XWPFParagraph point = content.addParagraph();
            point.createRun().setText("Hired");
            point.setNumID(bullets);

            TableRow row = rows(read(f)).get(0);

            assertThat(row.cells().get(1).lines()).extracting(TextLine::text)
                    .containsExactly("1. Trained", "2. Certified", "- Hired");
        }
    }

    @Test
    void headingStyleMarksHeadingAndGivesItsFontSize() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            f.paragraphStyle("Kop1", "heading 1", 16);
            f.text("A heading").setStyle("Kop1");
            f.text("Body text.");
            List<TextLine> lines = lines(read(f));

            assertThat(lines).extracting(TextLine::heading).containsExactly(true, false);
            assertThat(lines.get(0).fontSize()).isEqualTo(16f);
        }
    }

    @Test
    void manualLineBreakSplitsParagraphAndTabStays() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            XWPFParagraph p = f.text("First line");
            p.getRuns().get(0).addBreak();
            DocxFixture.run(p, "Second\tline", false);
            List<TextLine> lines = lines(read(f));

            assertThat(lines).extracting(TextLine::text).containsExactly("First line", "Second\tline");
            assertThat(lines).extracting(TextLine::start).containsOnly(LineStart.PARAGRAPH);
        }
    }

    @Test
    void pagesCountExplicitBreaksAndRenderedBreaksOnce() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            f.text("Page one.").getRuns().get(0).addBreak(BreakType.PAGE);
            XWPFParagraph second = f.doc.createParagraph();
            DocxFixture.rawRun(second, "<w:lastRenderedPageBreak/><w:t>Page two.</w:t>");
            XWPFParagraph third = f.doc.createParagraph();
            DocxFixture.rawRun(third, "<w:lastRenderedPageBreak/><w:t>Page three.</w:t>");
            LayoutDocument document = read(f);

            assertThat(lines(document)).extracting(TextLine::page).containsExactly(1, 2, 3);
            assertThat(document.pageCount()).isEqualTo(3);
        }
    }

    @Test
    void smallPrintParagraphAfterTableIsFootnoteButNotAmidBodyText() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            f.text("Body text at eleven points.").getRuns().get(0).setFontSize(11);
            f.text("A small aside amid the text.").getRuns().get(0).setFontSize(8);
            f.text("More body text at eleven points.").getRuns().get(0).setFontSize(11);
            XWPFTable table = f.table(new String[][] {{"Label", "Content of the table at eleven points."}});
            table.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0).setFontSize(11);
            f.text("ABC refers to the following members.").getRuns().get(0).setFontSize(8);
            XWPFParagraph next = f.text("Next part.");
            next.getRuns().get(0).setFontSize(11);
            next.setPageBreak(true);
            List<TextLine> lines = lines(read(f));

            assertThat(lines).extracting(TextLine::text, TextLine::role).containsExactly(
                    tuple("Body text at eleven points.", LineRole.BODY),
                    tuple("A small aside amid the text.", LineRole.BODY),
                    tuple("More body text at eleven points.", LineRole.BODY),
                    tuple("ABC refers to the following members.", LineRole.FOOTNOTE),
                    tuple("Next part.", LineRole.BODY));
        }
    }

    @Test
    void textBoxWordsAreImageTextNotBodyText() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            XWPFParagraph p = f.text("Before the box.");
            DocxFixture.rawRun(p, "<w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Flyer words</w:t></w:r></w:p>"
                    + "</w:txbxContent></v:textbox></v:shape></w:pict>");
            f.text("After the box.");
            List<TextLine> lines = lines(read(f));

            assertThat(lines).extracting(TextLine::text, TextLine::role).containsExactly(
                    tuple("Before the box.", LineRole.BODY),
                    tuple("Flyer words", LineRole.IMAGE_TEXT),
                    tuple("After the box.", LineRole.BODY));
        }
    }

    private static String paragraph(String runs) {
        return "<w:p>" + runs + "</w:p>";
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    @Test
    void contentControlsAreReadInDocumentOrderTablesIncluded() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            f.rawBody(paragraph(run("Before."))
                    + "<w:sdt><w:sdtPr/><w:sdtContent>" + paragraph(run("Inside the control."))
                    + "<w:tbl><w:tr><w:tc>" + paragraph(run("Label")) + "</w:tc><w:tc>" + paragraph(run("Value"))
                    + "</w:tc></w:tr></w:tbl></w:sdtContent></w:sdt>"
                    + paragraph("<w:sdt><w:sdtContent>" + run("Inline control") + "</w:sdtContent></w:sdt>" + run(" text."))
                    + paragraph(run("After.")));
            LayoutDocument document = read(f);

            assertThat(document.blocks()).hasSize(5);
            assertThat(allTexts(document)).containsExactly("Before.", "Inside the control.", "Label", "Value",
                    "Inline control text.", "After.");
            assertThat(document.blocks().get(2)).isInstanceOf(TableRow.class);
        }
    }

    @Test
    void linkToAnAnchorInsideTheDocumentKeepsItsTextButIsNoHyperlink() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            f.rawBody(paragraph("<w:hyperlink w:anchor=\"_Toc1\">" + run("Go to section 2") + "</w:hyperlink>"));
            TextLine line = lines(read(f)).get(0);

            assertThat(line.text()).isEqualTo("Go to section 2");
            assertThat(line.links()).isEmpty();
        }
    }

    @Test
    void hiddenAndDeletedTextIsLeftOutInsertedAndCapitalisedTextIsShown() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            f.rawBody(paragraph(run("Shown")
                    + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>"
                    + "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>deleted</w:delText></w:r></w:del>"
                    + "<w:ins w:id=\"2\" w:author=\"a\">" + run(" inserted") + "</w:ins>"
                    + "<w:r><w:rPr><w:caps/></w:rPr><w:t xml:space=\"preserve\"> in capitals</w:t></w:r>"));

            assertThat(lines(read(f))).extracting(TextLine::text).containsExactly("Shown inserted IN CAPITALS");
        }
    }

    @Test
    void nextPageSectionBreakStartsAPageAndContinuousOneDoesNot() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            f.rawBody(paragraph("<w:pPr><w:sectPr><w:type w:val=\"continuous\"/></w:sectPr></w:pPr>" + run("First section."))
                    + paragraph("<w:pPr><w:sectPr><w:type w:val=\"continuous\"/></w:sectPr></w:pPr>" + run("Second section."))
                    + paragraph(run("Third section."))
                    + "<w:sectPr><w:type w:val=\"nextPage\"/></w:sectPr>");
            LayoutDocument document = read(f);

            assertThat(lines(document)).extracting(TextLine::page).containsExactly(1, 1, 2);
            assertThat(document.pageCount()).isEqualTo(2);
        }
    }

    @Test
    void endnoteBecomesFootnoteLineAfterItsParagraph() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            f.doc.createEndnotes();
            XWPFEndnote note = f.doc.createEndnote();
            DocxFixture.run(note.createParagraph(), "An endnote.", false);
            XWPFParagraph p = f.text("Text with an endnote");
            p.addFootnoteReference(note);
            List<TextLine> lines = lines(read(f));

            assertThat(lines).extracting(TextLine::text, TextLine::role).containsExactly(
                    tuple("Text with an endnote", LineRole.BODY),
                    tuple("1 An endnote.", LineRole.FOOTNOTE));
        }
    }

    @Test
    void twoNotesReferredToInOneParagraphComeAfterItEachOpeningWithItsNumber() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            f.doc.createFootnotes();
            XWPFFootnote first = footnote(f, "The SICA brings together eight countries.");
            XWPFFootnote second = footnote(f, "Spain joined as a triangular partner.");
            XWPFParagraph p = f.text("The SICA countries");
            p.addFootnoteReference(first);
            DocxFixture.run(p, " and Spain", false);
            p.addFootnoteReference(second);
            List<TextLine> lines = lines(read(f));

            assertThat(lines).extracting(TextLine::text, TextLine::role).containsExactly(
                    tuple("The SICA countries and Spain", LineRole.BODY),
                    tuple("1 The SICA brings together eight countries.", LineRole.FOOTNOTE),
                    tuple("2 Spain joined as a triangular partner.", LineRole.FOOTNOTE));
        }
    }

    @Test
    void boldComesFromParagraphStyleChainAndCharacterStyleUnlessRunSwitchesItOff() throws Exception {
        try (DocxFixture f = new DocxFixture()) {
            XWPFStyles styles = f.doc.createStyles();
            styles.addStyle(style("LabelBase", STStyleType.PARAGRAPH, null, true));
            styles.addStyle(style("Label", STStyleType.PARAGRAPH, "LabelBase", false));
            styles.addStyle(style("Strong", STStyleType.CHARACTER, null, true));
            f.rawBody("<w:p><w:pPr><w:pStyle w:val=\"Label\"/></w:pPr>" + run("Styled label") + "</w:p>"
                    + "<w:p><w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t xml:space=\"preserve\">Name: </w:t></w:r>"
                    + run("value") + "</w:p>"
                    + "<w:p><w:pPr><w:pStyle w:val=\"Label\"/></w:pPr>"
                    + "<w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>Not bold after all</w:t></w:r></w:p>");
            List<TextLine> lines = lines(read(f));

            assertThat(lines).extracting(TextLine::boldPrefix).containsExactly("Styled label".length(), "Name: ".length(), 0);
        }
    }

    /** A style; POI copies it into the style sheet, so it must be complete before it is added. */
    private static XWPFStyle style(String id, STStyleType.Enum type, String basedOn,
                                                                 boolean bold) {
        CTStyle style =
                CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(type);
        style.addNewName().setVal(id);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        if (bold) {
            style.addNewRPr().addNewB();
        }
        return new XWPFStyle(style);
    }

    /** A footnote of {@code f} holding one paragraph of {@code text} (the footnotes part already created). */
    private static XWPFFootnote footnote(DocxFixture f, String text) {
        XWPFFootnote note = f.doc.createFootnote();
        DocxFixture.run(note.createParagraph(), text, false);
        return note;
    }
}
