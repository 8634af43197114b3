package org.ilo.sstc.ingest.pdf;

import org.ilo.sstc.ingest.Admitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowingConsumer;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.ingest.pdf.CompendiumPdf.Borders;
import org.ilo.sstc.ingest.pdf.CompendiumPdf.Paragraph;
import org.ilo.sstc.ingest.pdf.CompendiumPdf.Row;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The PDF reader on PDFs the tests draw in the compendium template. */
class PdfLayoutReaderTest {

    private static final String LONG_PARAGRAPH = "The partners exchanged staff for six months and wrote joint "
            + "guidance on employment services for young job seekers in three districts of the region, with "
            + "regular visits by the national team.";
    private static final String SHORT_PARAGRAPH = "Training followed in 2021.";


    @TempDir
    Path dir;

    private final PdfLayoutReader reader = new PdfLayoutReader();

    @Test
    void labelWrappedOverFourLines_isOneCellOfFourBoldLines_andNoContentLineHasALabelWord() throws Exception {
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().heading("GOOD PRACTICE 1 – REGION – Short title")
                    .table(Borders.STROKED,
                            Row.of("Effectiveness of the\nSouth-South / peer\nlearning\nmethodological approach",
                                    LONG_PARAGRAPH, SHORT_PARAGRAPH),
                            Row.of("Innovation", "Something new was tried in three places."));
            document = Admitted.read(reader, pdf.save(dir, "label.pdf"));
        }

        List<TableRow> rows = rows(document);
        assertThat(rows).hasSize(2);
        List<TextLine> label = rows.get(0).cells().get(0).lines();
        assertThat(label).extracting(TextLine::text)
                .containsExactly("Effectiveness of the", "South-South / peer", "learning", "methodological approach");
        assertThat(label).allMatch(TextLine::isBold);
        assertThat(rows.get(1).cells().get(0).text()).isEqualTo("Innovation");
        assertThat(rows).flatExtracting(row -> row.cells().get(1).lines()).extracting(TextLine::text)
                .noneMatch(text -> Stream.of("Effectiveness", "peer", "methodological", "approach", "Innovation")
                        .anyMatch(text::contains));
    }

    @Test
    void wrappedContentLines_areWrapped_andTheLineAfterAShortLastLineStartsAParagraph() throws Exception {
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().table(Borders.STROKED, Row.of("Objective", LONG_PARAGRAPH, SHORT_PARAGRAPH));
            document = Admitted.read(reader, pdf.save(dir, "paragraphs.pdf"));
        }

        List<TextLine> content = rows(document).get(0).cells().get(1).lines();
        int longLines = CompendiumPdf.wrapInContentCell(LONG_PARAGRAPH).size();
        assertThat(longLines).isGreaterThan(2);
        assertThat(content).hasSize(longLines + 1);
        assertThat(content).extracting(TextLine::start).first().isEqualTo(LineStart.PARAGRAPH);
        assertThat(content.subList(1, longLines)).extracting(TextLine::start).containsOnly(LineStart.WRAPPED);
        assertThat(content.get(longLines).text()).isEqualTo(SHORT_PARAGRAPH);
        assertThat(content.get(longLines).start()).isEqualTo(LineStart.PARAGRAPH);
    }

    @Test
    void rowSplitByAPageBreak_comesOutAsTwoRows_theSecondWithABlankLabel_andNoTextLost() throws Exception {
        String before = "The first half of the results went on this page, describing a study visit by the "
                + "commission and the officials of three employment agencies";
        String after = "and the second half continued on the next page with a workshop during the forum.";
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().table(Borders.STROKED, Row.of("South-South Results", before));
            pdf.page().table(Borders.STROKED, Row.of("", after),
                    Row.of("Contact details", "Jane Doe, Programme Officer"));
            document = Admitted.read(reader, pdf.save(dir, "split.pdf"));
        }

        List<TableRow> rows = rows(document);
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(TableRow::page).containsExactly(1, 2, 2);
        assertThat(rows.get(0).cells().get(0).text()).isEqualTo("South-South Results");
        assertThat(rows.get(1).cells().get(0).isBlank()).isTrue();
        assertThat(rows.get(2).cells().get(0).text()).isEqualTo("Contact details");
        assertThat(words(rows.get(0).cells().get(1).text() + " " + rows.get(1).cells().get(1).text()))
                .containsExactlyElementsOf(words(before + " " + after));
        assertThat(rows.get(1).cells().get(1).lines().get(0).start())
                .as("the continuation goes on with the sentence cut by the page break")
                .isEqualTo(LineStart.WRAPPED);
    }

    @Test
    void smallPrintBelowTheTable_isAFootnoteAfterTheRows_andInNoCell() throws Exception {
        String footnote = "1 WB-6 refers to six economies of the Western Balkans.";
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().table(Borders.STROKED, Row.of("Objective", LONG_PARAGRAPH), Row.of("Funding Sources", "ILO"));
            pdf.text(CompendiumPdf.LEFT, pdf.cursor(), 7, footnote);
            document = Admitted.read(reader, pdf.save(dir, "footnote.pdf"));
        }

        Block last = document.blocks().get(document.blocks().size() - 1);
        assertThat(last).isInstanceOf(TextLine.class);
        assertThat(((TextLine) last).role()).isEqualTo(LineRole.FOOTNOTE);
        assertThat(((TextLine) last).text()).isEqualTo(footnote);
        assertThat(rows(document)).flatExtracting(TableRow::cells).extracting(Cell::text)
                .noneMatch(text -> text.contains("refers to"));
    }

    @Test
    void raisedMarkerGluedToAWord_isDroppedFromBodyText_butAFootnoteKeepsItsNumber() throws Exception {
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().textWithMarker(CompendiumPdf.LEFT, 100, "Countries involved: the Western Balkans", "1");
            // An endnote's mark in lower-case roman numerals goes too.
            pdf.textWithMarker(CompendiumPdf.LEFT, 112, "and two more partners from the region.", "iii");
            pdf.text(CompendiumPdf.LEFT, 700, 7, "1 Albania, Montenegro, North Macedonia and Serbia.");
            document = Admitted.read(reader, pdf.save(dir, "marker.pdf"));
        }

        assertThat(lines(document)).extracting(TextLine::text, TextLine::role).containsExactly(
                tuple("Countries involved: the Western Balkans", LineRole.BODY),
                tuple("and two more partners from the region.", LineRole.BODY),
                tuple("1 Albania, Montenegro, North Macedonia and Serbia.",
                        LineRole.FOOTNOTE));
    }

    @Test
    void pageNumbersAndARunningHeader_neverEnterTheModel() throws Exception {
        String header = "SSTC Good Practices Compendium 2021";
        String[] numbers = {"1", "Page 2 of 3", "iii"};
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            for (String number : numbers) {
                pdf.page().text(CompendiumPdf.LEFT, 40, 9, header);
                pdf.heading("GOOD PRACTICE " + number.length() + " – REGION – Title").paragraph(LONG_PARAGRAPH);
                pdf.text(300, 760, CompendiumPdf.SIZE, number);
            }
            document = Admitted.read(reader, pdf.save(dir, "furniture.pdf"));
        }

        assertThat(document.pageCount()).isEqualTo(3);
        assertThat(lines(document)).extracting(TextLine::text)
                .doesNotContain(header, numbers[0], numbers[1], numbers[2])
                .contains("GOOD PRACTICE 1 – REGION – Title");
        assertThat(lines(document)).filteredOn(TextLine::heading).hasSize(3);
    }

    @Test
    void linkAnnotation_becomesAHyperlinkWithTheTextUnderIt_onTheLineWhereTheTextStarts() throws Exception {
        String url = "https://example.org/forum";
        String longLink = "Peer learning exchange across the partner countries of the region, held in the "
                + "capital in June 2018, with a report on the meeting point";
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            float baseline = pdf.page().cursor() + CompendiumPdf.LEADING;
            pdf.paragraph("See the Summer youth forum page.");
            pdf.link(CompendiumPdf.LEFT + CompendiumPdf.width("See the "), baseline,
                    CompendiumPdf.width("Summer youth forum"), url);
            pdf.table(Borders.STROKED,
                    new Row("Contact details", List.of(new Paragraph("jane@example.org", "mailto:jane@example.org"))),
                    new Row("Materials and Web-links", List.of(new Paragraph(longLink, "https://example.org/peer"))));
            document = Admitted.read(reader, pdf.save(dir, "links.pdf"));
        }

        assertThat(lines(document).get(0).links()).containsExactly(new Hyperlink("Summer youth forum", url));
        List<TableRow> rows = rows(document);
        assertThat(rows.get(0).cells().get(1).lines().get(0).links())
                .containsExactly(new Hyperlink("jane@example.org", "mailto:jane@example.org"));
        List<TextLine> materials = rows.get(1).cells().get(1).lines();
        assertThat(materials).hasSizeGreaterThan(1);
        assertThat(materials.get(0).links()).containsExactly(new Hyperlink(longLink, "https://example.org/peer"));
        assertThat(materials.subList(1, materials.size())).allMatch(line -> line.links().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Borders.class)
    void twoColumnTable_givesTheSameRows_whetherBordersAreStrokedFilledOrAbsent(Borders borders) throws Exception {
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().heading("GOOD PRACTICE 3 – REGION – Title")
                    .table(borders,
                            Row.of("South-South\nObjective (s)", LONG_PARAGRAPH, SHORT_PARAGRAPH),
                            Row.of("Innovation", "Something new was tried in three places."),
                            Row.of("Funding Sources", "ILO, RBTC"));
            document = Admitted.read(reader, pdf.save(dir, borders + ".pdf"));
        }

        List<TableRow> rows = rows(document);
        assertThat(rows).extracting(row -> row.cells().get(0).text())
                .containsExactly("South-South\nObjective (s)", "Innovation", "Funding Sources");
        assertThat(rows).extracting(row -> row.cells().size()).containsOnly(2);
        assertThat(words(rows.get(0).cells().get(1).text()))
                .containsExactlyElementsOf(words(LONG_PARAGRAPH + " " + SHORT_PARAGRAPH));
        assertThat(rows.get(2).cells().get(1).text()).isEqualTo("ILO, RBTC");
        assertThat(lines(document)).extracting(TextLine::text).containsExactly("GOOD PRACTICE 3 – REGION – Title");
    }

    @Test
    void headingInALargerFontWrappedToTheLabelColumn_isNoPartOfTheFirstCellOfABorderlessTable() throws Exception {
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().wrappedHeading(CompendiumPdf.LEFT + CompendiumPdf.PADDING, 14,
                            "GOOD PRACTICE 5 – REGION – Apprenticeships in small workshops of", "the coast")
                    .table(Borders.NONE,
                            Row.of("Objective(s)", LONG_PARAGRAPH),
                            Row.of("Innovation", "Something new was tried in three places."),
                            Row.of("Funding Sources", "ILO, RBTC"));
            document = Admitted.read(reader, pdf.save(dir, "heading-above-grid.pdf"));
        }

        List<TableRow> rows = rows(document);
        assertThat(rows).extracting(row -> row.cells().get(0).text())
                .containsExactly("Objective(s)", "Innovation", "Funding Sources");
        assertThat(lines(document)).extracting(TextLine::text)
                .containsExactly("GOOD PRACTICE 5 – REGION – Apprenticeships in small workshops of", "the coast");
    }

    @Test
    void borderlessMetaGridOfTwoRowsAtAPageFoot_goesOnOverleaf_besideABulletListSetWithTabs() throws Exception {
        float label = CompendiumPdf.LEFT;
        float value = CompendiumPdf.LABEL_RIGHT;
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().heading("GOOD PRACTICE 4 – THE AMERICAS – Portable pensions");
            for (int i = 0; i < 5; i++) {
                pdf.paragraph(LONG_PARAGRAPH);
            }
            // Single spacing, colons ending the labels: two rows at the foot of the page, the grid goes on overleaf.
            pdf.text(label, 720, CompendiumPdf.SIZE, "Submitted by:").text(value, 720, CompendiumPdf.SIZE, "Ana Ferreyra");
            pdf.text(label, 731.5f, CompendiumPdf.SIZE, "Organization:").text(value, 731.5f, CompendiumPdf.SIZE, "ILO Office for Argentina");
            pdf.text(300, 775, CompendiumPdf.SIZE, "6");
            pdf.page();
            float y = 86;
            pdf.text(label, y, CompendiumPdf.SIZE, "Name of the practice:").text(value, y, CompendiumPdf.SIZE, "Portable pensions for");
            pdf.text(value, y += 11.5f, CompendiumPdf.SIZE, "border workers");
            pdf.text(label, y += 11.5f, CompendiumPdf.SIZE, "Time frame:").text(value, y, CompendiumPdf.SIZE, "March – November 2025");
            pdf.text(label, y += 11.5f, CompendiumPdf.SIZE, "Countries and").text(value, y, CompendiumPdf.SIZE, "Argentina and Brazil");
            pdf.text(label, y += 11.5f, CompendiumPdf.SIZE, "territories covered:");
            pdf.text(label, y += 20, CompendiumPdf.SIZE, "Partners and their roles: the social security institutions of both countries and");
            for (int i = 1; i <= 6; i++) {
                pdf.text(label + 18, y += 11.5f, CompendiumPdf.SIZE, "–").text(label + 36, y, CompendiumPdf.SIZE, "Partner number " + i + " lent its staff.");
            }
            pdf.text(300, 775, CompendiumPdf.SIZE, "7");
            document = Admitted.read(reader, pdf.save(dir, "meta-grid-overleaf.pdf"));
        }

        assertThat(rows(document)).extracting(row -> row.cells().get(0).text(), row -> row.cells().get(1).text())
                .containsExactly(tuple("Submitted by:", "Ana Ferreyra"), tuple("Organization:", "ILO Office for Argentina"),
                        tuple("Name of the practice:", "Portable pensions for\nborder workers"),
                        tuple("Time frame:", "March – November 2025"),
                        tuple("Countries and\nterritories covered:", "Argentina and Brazil"));
        assertThat(lines(document)).extracting(TextLine::text).filteredOn(t -> t.startsWith("–")).hasSize(6);
    }

    @Test
    void borderlessLabelsWrappedAfterASpace_keepTheirWordsInTheLabelCell_andShortLinesAboveAreNoRow() throws Exception {
        float label = CompendiumPdf.LEFT;
        float value = CompendiumPdf.LABEL_RIGHT;
        // As many words as end one to three font sizes before the content: a word space in width, not a column gap.
        StringBuilder wrapped = new StringBuilder("Peer");
        for (String word : "exchange between the two ministries step by step".split(" ")) {
            if (label + CompendiumPdf.width(wrapped + " " + word) < value - 1.5f * CompendiumPdf.SIZE) {
                wrapped.append(' ').append(word);
            }
        }
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().heading("GOOD PRACTICE 3 – INTERREGIONAL – Island to island");
            float y = 110;
            // The last meta line wraps, short, into what is the label column of the table below.
            pdf.text(label, y, CompendiumPdf.SIZE, "Host organisation: ILO Social Protection Department, Geneva, with the ILO Office");
            pdf.text(label, y += 11.5f, CompendiumPdf.SIZE, "for Pacific Islands");
            pdf.text(label, y += 11.5f, CompendiumPdf.SIZE, "Duration: 2023–2025");
            y += 24;
            pdf.text(label, y, CompendiumPdf.SIZE, "What we set out to").text(value, y, CompendiumPdf.SIZE, "To extend social insurance to the fishers and seasonal workers of");
            pdf.text(label, y += 11.5f, CompendiumPdf.SIZE, "change:").text(value, y, CompendiumPdf.SIZE, "three island States, where few of them paid in before the exchange.");
            // Labels wrapped after a space: the space glyph stands between label and content, a word space in width.
            pdf.text(label, y += 18, CompendiumPdf.SIZE, wrapped + " ")
                    .text(value, y, CompendiumPdf.SIZE, "Staff of the two institutes worked side by side for three weeks in");
            pdf.text(label, y += 11.5f, CompendiumPdf.SIZE, "step:").text(value, y, CompendiumPdf.SIZE, "Praia and São Tomé, and then wrote the new contribution rules.");
            pdf.text(label, y += 18, CompendiumPdf.SIZE, "What was fresh about the ")
                    .text(value, y, CompendiumPdf.SIZE, "Fishers pay their contributions by mobile money after each landing,");
            pdf.text(label, y += 11.5f, CompendiumPdf.SIZE, "exchange:").text(value, y, CompendiumPdf.SIZE, "and the minimum for a benefit is counted over the whole year.");
            document = Admitted.read(reader, pdf.save(dir, "borderless-wrapped-labels.pdf"));
        }

        assertThat(rows(document)).extracting(row -> row.cells().get(0).text(), row -> row.cells().get(1).text())
                .containsExactly(tuple("What we set out to\nchange:", "To extend social insurance to the fishers and seasonal workers of\nthree island States, where few of them paid in before the exchange."),
                        tuple(wrapped + "\nstep:", "Staff of the two institutes worked side by side for three weeks in\nPraia and São Tomé, and then wrote the new contribution rules."),
                        tuple("What was fresh about the\nexchange:", "Fishers pay their contributions by mobile money after each landing,\nand the minimum for a benefit is counted over the whole year."));
        assertThat(lines(document)).extracting(TextLine::text).contains("for Pacific Islands", "Duration: 2023–2025");
    }

    /** Draws section rows from baseline {@code y} on; returns the baseline of the last. */
    private interface SectionRows {
        float draw(CompendiumPdf pdf, float y);
    }

    /**
     * A practice's heading and two full-width meta lines, then {@code rows} (label at the left margin, content at
     * the label column's right), then the next practice's heading; the PDF saved as {@code name} and read.
     */
    private LayoutDocument sectionRowsPdf(String name, SectionRows rows) throws Exception {
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().heading("GOOD PRACTICE 1 (WEST AFRICA): Clean ovens");
            pdf.text(CompendiumPdf.LEFT, 110, CompendiumPdf.SIZE, "Home institution: ILO Country Office for Côte d’Ivoire, Benin, Burkina Faso, Niger and Togo");
            pdf.text(CompendiumPdf.LEFT, 123.2f, CompendiumPdf.SIZE, "Member States involved: Côte d’Ivoire, Guinea and Guinea-Bissau (ECOWAS)");
            float last = rows.draw(pdf, 147.2f);
            pdf.text(CompendiumPdf.LEFT, last + 30, CompendiumPdf.SIZE, "GOOD PRACTICE 2 (SOUTH-EAST ASIA): Worker-led fire-safety committees in garment factories");
            return Admitted.read(reader, pdf.save(dir, name));
        }
    }

    /** A line of a borderless row at {@code y}: label text in the label column, content beside it, both in body size. */
    private static void besideLabel(CompendiumPdf pdf, float y, String label, String content) {
        pdf.text(CompendiumPdf.LEFT, y, CompendiumPdf.SIZE, label).text(CompendiumPdf.LABEL_RIGHT, y, CompendiumPdf.SIZE, content);
    }

    @Test
    void borderlessLabelsWrappedAtWideSpacing_stayOneRow_whereALineInSmallerLettersSitsCloserToItsNeighbour() throws Exception {
        LayoutDocument document = sectionRowsPdf("borderless-small-caps-labels.pdf", (pdf, y) -> {
            // Lines 13.2 pt apart, rows 17.2 pt apart; "AVAILABLE" in small capitals, 8 pt under its label's first line.
            besideLabel(pdf, y, "SECTION 1: AIMS OF THE", "To replace open fires with improved ovens that use");
            besideLabel(pdf, y += 13.2f, "EXCHANGE", "less wood and give off little smoke.");
            besideLabel(pdf, y += 17.2f, "SECTION 2: MATERIALS", "A picture guide for oven builders.");
            pdf.text(CompendiumPdf.LEFT, y += 8f, 8f, "AVAILABLE");
            besideLabel(pdf, y += 17.2f, "SECTION 3: PEOPLE TO", "Mariam Koné, Technical Officer, ILO Abidjan –");
            besideLabel(pdf, y += 13.2f, "CONTACT", "kone@ilo.org");
            return y;
        });

        assertThat(rows(document)).extracting(row -> row.cells().get(0).text())
                .containsExactly("SECTION 1: AIMS OF THE\nEXCHANGE", "SECTION 2: MATERIALS\nAVAILABLE", "SECTION 3: PEOPLE TO\nCONTACT");
    }

    @Test
    void borderlessLabelLineHoldingOnlyTheRowsNumber_goesOnBelow_pastAParagraphBreakInTheContent() throws Exception {
        LayoutDocument document = sectionRowsPdf("borderless-number-alone.pdf", (pdf, y) -> {
            besideLabel(pdf, y, "SECTION 9: PEOPLE TO", "Mariam Koné, Technical Officer, ILO Abidjan –");
            besideLabel(pdf, y += 13.2f, "CONTACT", "kone@ilo.org");
            // Each material a paragraph of its own, 17.2 pt apart as rows are; the label's words under its number.
            besideLabel(pdf, y += 17.2f, "SECTION 10:", "Building a clean oven: picture guide");
            besideLabel(pdf, y += 17.2f, "MATERIALS", "Short film: three countries, one oven");
            return y;
        });

        assertThat(rows(document)).extracting(row -> row.cells().get(0).text(), row -> row.cells().get(1).text())
                .containsExactly(tuple("SECTION 9: PEOPLE TO\nCONTACT", "Mariam Koné, Technical Officer, ILO Abidjan –\nkone@ilo.org"),
                        tuple("SECTION 10:\nMATERIALS", "Building a clean oven: picture guide\nShort film: three countries, one oven"));
    }

    @Test
    void borderlessRowsWhoseContentIsAnIndentedList_goOnBesideTheLabelsLastLine_andOverleafPastAClosePageNumber() throws Exception {
        float label = CompendiumPdf.LEFT;
        float value = CompendiumPdf.LABEL_RIGHT;
        float item = value + 18;
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().heading("GOOD PRACTICE 2 – SOUTH AMERICA – Joint inspections in the maté harvest");
            float y = 600;
            pdf.text(label, y, CompendiumPdf.SIZE, "Why will it last?").text(value, y, CompendiumPdf.SIZE, "The ministries signed a memorandum for five years.");
            pdf.text(label, y += 18, CompendiumPdf.SIZE, "What were the").text(value, y, CompendiumPdf.SIZE, "•")
                    .text(item, y, CompendiumPdf.SIZE, "12 joint operations in two harvests, with 46");
            // The label's last line beside the item's wrapped text, which starts at the item's indent.
            pdf.text(label, y += 11.5f, CompendiumPdf.SIZE, "results?").text(item, y, CompendiumPdf.SIZE, "inspectors of the three countries;");
            pdf.text(value, y += 11.5f, CompendiumPdf.SIZE, "•").text(item, y, CompendiumPdf.SIZE, "1,317 workers found in the plantations;");
            pdf.text(label, y += 18, CompendiumPdf.SIZE, "Who can be").text(value, y, CompendiumPdf.SIZE, "1.")
                    .text(item, y, CompendiumPdf.SIZE, "Registration:");
            pdf.text(label, y += 11.5f, CompendiumPdf.SIZE, "contacted?");
            // The page number right under the table's last line: the table may still go on overleaf.
            pdf.text(300, y + 14, CompendiumPdf.SIZE, "– 5 –");
            pdf.page();
            y = 86;
            pdf.text(item, y, CompendiumPdf.SIZE, "o").text(item + 18, y, CompendiumPdf.SIZE, "Marcelo Lins, ILO Brasilia, lins@ilo.example;");
            pdf.text(item, y += 11.5f, CompendiumPdf.SIZE, "o").text(item + 18, y, CompendiumPdf.SIZE, "Liz Benítez, Ministry of Labour, Paraguay.");
            pdf.text(label, y += 18, CompendiumPdf.SIZE, "Who paid for it?").text(value, y, CompendiumPdf.SIZE, "The RBTC-SSTC programme of the ILO.");
            pdf.text(300, 775, CompendiumPdf.SIZE, "– 6 –");
            document = Admitted.read(reader, pdf.save(dir, "borderless-indented-lists.pdf"));
        }

        assertThat(rows(document)).extracting(row -> row.cells().get(0).text().replace('\n', ' '))
                .containsExactly("Why will it last?", "What were the results?", "Who can be contacted?", "", "Who paid for it?");
        assertThat(rows(document).get(1).cells().get(1).text()).contains("with 46\ninspectors of the three countries;");
        assertThat(rows(document).get(3).cells().get(1).text()).contains("Marcelo Lins", "Liz Benítez");
    }

    @Test
    void pageSetInTwoTextColumns_isReadColumnByColumn_belowTheFullWidthHeading() throws Exception {
        String left = "The ministries of labour of the two countries agreed to review each other's inspection files "
                + "every quarter, with inspectors travelling in mixed teams to the mining districts of both sides.";
        String right = "Each team wrote a short report that the other ministry answered within a month, and the "
                + "answers were published on the website of the regional economic community for everyone to read.";
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().heading("GOOD PRACTICE 2 – AFRICA – Joint inspection of mines");
            float top = pdf.cursor();
            float y = top;
            for (String line : CompendiumPdf.wrap(left + " " + left, 220)) {
                pdf.text(CompendiumPdf.LEFT, y += CompendiumPdf.LEADING, CompendiumPdf.SIZE, line);
            }
            y = top;
            for (String line : CompendiumPdf.wrap(right + " " + right, 220)) {
                pdf.text(307, y += CompendiumPdf.LEADING, CompendiumPdf.SIZE, line);
            }
            document = Admitted.read(reader, pdf.save(dir, "two-columns.pdf"));
        }

        List<String> texts = lines(document).stream().map(TextLine::text).toList();
        assertThat(texts).noneMatch(t -> t.contains("\t"));
        assertThat(texts.get(0)).isEqualTo("GOOD PRACTICE 2 – AFRICA – Joint inspection of mines");
        assertThat(words(String.join(" ", texts.subList(1, texts.size()))))
                .containsExactlyElementsOf(words(left + " " + left + " " + right + " " + right));
    }

    @Test
    void tableNestedInACellWhoseBordersTouchIt_givesOneLinePerRow_itsCellsSetApartByTabs() throws Exception {
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().heading("GOOD PRACTICE 1 – ARAB STATES – Heat stress");
            float left = CompendiumPdf.LEFT;
            float split = CompendiumPdf.LABEL_RIGHT;
            float right = CompendiumPdf.RIGHT;
            // Three rows of a template table, the last one's content cell holding a three-column table that fills it.
            float tableTop = pdf.cursor();
            String[] labels = {"Objective(s)", "Results", "Focal points"};
            for (int r = 0; r < 3; r++) {
                pdf.rule(left, tableTop + 80 * r, right, tableTop + 80 * r);
                pdf.text(left + 5, tableTop + 80 * r + 14, CompendiumPdf.SIZE, labels[r]);
            }
            pdf.text(split + 5, tableTop + 14, CompendiumPdf.SIZE, "To keep workers safe in the heat.");
            pdf.text(split + 5, tableTop + 94, CompendiumPdf.SIZE, "Forty farms changed their working hours.");
            float top = tableTop + 160;
            float bottom = top + 80;
            pdf.rule(left, bottom, right, bottom).rule(left, tableTop, left, bottom).rule(split, tableTop, split, bottom)
                    .rule(right, tableTop, right, bottom);
            float[] columns = {split, split + 90, split + 220, right};
            float[] rows = {top, top + 20, bottom};
            for (float y : rows) {
                pdf.rule(split, y, right, y);
            }
            for (float x : columns) {
                pdf.rule(x, top, x, bottom);
            }
            String[][] cells = {{"Name", "Position", "E-mail"}, {"Rania Al-", "Specialist on", "alkhatib@ilo.org"}};
            for (int c = 0; c < 3; c++) {
                pdf.text(columns[c] + 4, top + 14, CompendiumPdf.SIZE, cells[0][c]);
                pdf.text(columns[c] + 4, top + 34, CompendiumPdf.SIZE, cells[1][c]);
            }
            pdf.text(columns[0] + 4, top + 45.5f, CompendiumPdf.SIZE, "Khatib");
            pdf.text(columns[1] + 4, top + 45.5f, CompendiumPdf.SIZE, "Occupational Safety");
            pdf.text(columns[1] + 4, top + 57, CompendiumPdf.SIZE, "and Health, ILO Beirut");
            document = Admitted.read(reader, pdf.save(dir, "nested-table.pdf"));
        }

        List<TableRow> rows = rows(document);
        assertThat(rows).extracting(row -> row.cells().get(0).text()).containsExactly("Objective(s)", "Results", "Focal points");
        assertThat(rows.get(2).cells().get(1).lines()).extracting(TextLine::text).containsExactly("Name\tPosition\tE-mail",
                "Rania Al-Khatib\tSpecialist on Occupational Safety and Health, ILO Beirut\talkhatib@ilo.org");
    }

    @Test
    void theRunningTitleOfEachPractice_onItsTwoPagesOnly_isARunningHeader() throws Exception {
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            for (int page = 1; page <= 6; page++) {
                int practice = (page + 1) / 2;
                pdf.page().text(CompendiumPdf.LEFT, 40, 9, "Good practice " + practice + " | Africa | Title " + practice);
                if (page % 2 == 1) {
                    pdf.heading("GOOD PRACTICE " + practice + " – AFRICA – Title " + practice);
                }
                pdf.paragraph(LONG_PARAGRAPH);
            }
            document = Admitted.read(reader, pdf.save(dir, "running-titles.pdf"));
        }

        assertThat(lines(document)).extracting(TextLine::text).noneMatch(t -> t.startsWith("Good practice "))
                .contains("GOOD PRACTICE 2 – AFRICA – Title 2");
    }

    @Test
    void aLabelAtTheTopOfTwoPagesOfSix_isNoRunningHeader() throws Exception {
        String header = "Learning between peers 2024";
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            for (int page = 1; page <= 6; page++) {
                pdf.page().text(CompendiumPdf.LEFT, 40, 9, header);
                pdf.text(CompendiumPdf.LEFT, 86, CompendiumPdf.SIZE, page == 2 || page == 5 ? "Sustainability" : "Text of page " + page);
                pdf.text(CompendiumPdf.LEFT, 97.5f, CompendiumPdf.SIZE, "The ministries budgeted the work of year " + page + ".");
            }
            document = Admitted.read(reader, pdf.save(dir, "label-atop-pages.pdf"));
        }

        assertThat(lines(document)).extracting(TextLine::text).doesNotContain(header)
                .filteredOn("Sustainability"::equals).hasSize(2);
    }

    @Test
    void colourSpaceThatCannotBeBuilt_costsThePageItsBorders_withAWarning_butNoText() throws Exception {
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().unreadableColourSpace().heading("GOOD PRACTICE 4 – REGION – Title")
                    .table(Borders.STROKED,
                            Row.of("South-South\nObjective (s)", LONG_PARAGRAPH),
                            Row.of("Innovation", "Something new was tried in three places."),
                            Row.of("Funding Sources", "ILO, RBTC"));
            document = Admitted.read(reader, pdf.save(dir, "broken-colour.pdf"));
        }

        assertThat(document.warnings()).singleElement().asString()
                .startsWith("page 1: cannot read its drawing").endsWith("its tables are found from text alignment only");
        List<TableRow> rows = rows(document);
        assertThat(rows).extracting(row -> row.cells().get(0).text())
                .containsExactly("South-South\nObjective (s)", "Innovation", "Funding Sources");
        assertThat(words(rows.get(0).cells().get(1).text())).containsExactlyElementsOf(words(LONG_PARAGRAPH));
        assertThat(lines(document)).extracting(TextLine::text).containsExactly("GOOD PRACTICE 4 – REGION – Title");
    }

    @Test
    void labelLine_hasItsBoldPrefix_andAWideGapInALineBecomesATab() throws Exception {
        LayoutDocument document;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().labelLine("Author’s name:", "Jane Doe");
            pdf.text(CompendiumPdf.LEFT, 200, CompendiumPdf.SIZE, "Jane Doe");
            pdf.text(CompendiumPdf.LEFT + 150, 200, CompendiumPdf.SIZE, "Programme Officer");
            document = Admitted.read(reader, pdf.save(dir, "bold.pdf"));
        }

        List<TextLine> lines = lines(document);
        assertThat(lines.get(0).text()).isEqualTo("Author’s name: Jane Doe");
        assertThat(lines.get(0).boldText()).isEqualTo("Author’s name:");
        assertThat(lines.get(1).text()).isEqualTo("Jane Doe\tProgramme Officer");
        assertThat(document.format()).isEqualTo(SourceFormat.PDF);
    }

    @Test
    void encryptedPdf_withoutOrWithAWrongPassword_failsAsEncrypted_andOpensWithTheRightOne() throws Exception {
        Path file = encrypted("secret.pdf", "s3cret", LONG_PARAGRAPH);

        assertThatThrownBy(() -> Admitted.read(reader, file)).isInstanceOf(ExtractionException.class)
                .hasMessage("secret.pdf: encrypted document: give the password with --password")
                .satisfies(failureIs(Failure.ENCRYPTED));
        assertThatThrownBy(() -> Admitted.read(reader, file, withPassword("guess"))).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("give the password with --password")
                .satisfies(failureIs(Failure.ENCRYPTED));
        assertThat(lines(Admitted.read(reader, file, withPassword("s3cret")))).extracting(TextLine::text).anyMatch(t -> t.startsWith("The partners"));
    }

    @Test
    void pdfThatOnlyRestrictsPrinting_opensEvenWhenAPasswordMeantForAnotherFileIsGiven() throws Exception {
        Path file = encrypted("restricted.pdf", "", SHORT_PARAGRAPH);
        assertThat(lines(Admitted.read(reader, file, withPassword("for-another-file")))).extracting(TextLine::text).containsExactly(SHORT_PARAGRAPH);
    }

    @Test
    void truncatedPdf_failsAsCorrupt_andSoDoesAFileThatIsNoPdf() throws Exception {
        byte[] bytes;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().paragraph(LONG_PARAGRAPH).page().paragraph(SHORT_PARAGRAPH);
            bytes = pdf.bytes();
        }
        Path truncated = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, bytes.length / 2));
        Path notPdf = Files.writeString(dir.resolve("letter.pdf"), "Dear colleagues,\nthis is a letter.\n%%EOF\n");

        for (Path file : List.of(truncated, notPdf)) {
            assertThatThrownBy(() -> Admitted.read(reader, file)).isInstanceOf(ExtractionException.class)
                    .hasMessageStartingWith(file.getFileName() + ": corrupt or truncated file")
                    .satisfies(failureIs(Failure.CORRUPT));
        }
    }

    @Test
    void pdfCutAfterItsLastPage_isReadWithAWarningThatItWasCutOff() throws Exception {
        byte[] bytes;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().paragraph(LONG_PARAGRAPH).page().paragraph(SHORT_PARAGRAPH);
            bytes = pdf.bytes();
        }
        Path cut = Files.write(dir.resolve("cut-end.pdf"), Arrays.copyOf(bytes, bytes.length - 8));

        LayoutDocument document = Admitted.read(reader, cut);

        assertThat(document.warnings()).singleElement().asString().contains("%%EOF");
        assertThat(lines(document)).extracting(TextLine::text).contains(SHORT_PARAGRAPH);
    }

    @Test
    void pdfWithOnlyAnImage_failsAsNoText_whileAPageWithoutTextAmongOthersIsAWarning() throws Exception {
        Path scanned;
        Path mixed;
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().image();
            scanned = pdf.save(dir, "scan.pdf");
        }
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().paragraph(LONG_PARAGRAPH).page().image().page().paragraph(SHORT_PARAGRAPH);
            mixed = pdf.save(dir, "mixed.pdf");
        }

        assertThatThrownBy(() -> Admitted.read(reader, scanned)).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("scan.pdf: no text layer")
                .satisfies(failureIs(Failure.NO_TEXT));
        LayoutDocument document = Admitted.read(reader, mixed);
        assertThat(document.pageCount()).isEqualTo(3);
        assertThat(document.warnings()).singleElement().asString().contains("page 2");
        assertThat(lines(document)).extracting(TextLine::page).contains(1, 3);
    }

    @Test
    void emptyFile_failsAsEmpty() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));

        assertThatThrownBy(() -> Admitted.read(reader, empty)).isInstanceOf(ExtractionException.class)
                .satisfies(failureIs(Failure.EMPTY_FILE));
    }

    /** A one-paragraph PDF that opens with {@code userPassword} ("" for a file that only restricts use). */
    private Path encrypted(String name, String userPassword, String text) throws IOException {
        try (CompendiumPdf pdf = new CompendiumPdf()) {
            pdf.page().paragraph(text);
            return pdf.saveEncrypted(dir, name, userPassword);
        }
    }

    private static ReadOptions withPassword(String password) {
        return new ReadOptions(password, ReadOptions.DEFAULT_MAX_FILE_BYTES, false);
    }

    private static ThrowingConsumer<Throwable> failureIs(Failure failure) {
        return e -> assertThat(((ExtractionException) e).failure()).isEqualTo(failure);
    }

    private static List<TableRow> rows(LayoutDocument document) {
        return document.blocks().stream().filter(TableRow.class::isInstance).map(TableRow.class::cast).toList();
    }

    private static List<TextLine> lines(LayoutDocument document) {
        return document.blocks().stream().filter(TextLine.class::isInstance).map(TextLine.class::cast).toList();
    }

    private static List<String> words(String text) {
        return List.of(text.trim().split("\\s+"));
    }
}
