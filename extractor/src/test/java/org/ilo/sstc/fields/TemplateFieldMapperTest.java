package org.ilo.sstc.fields;

import org.ilo.sstc.profile.Profiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.sstc.layout.Lines.bold;
import static org.ilo.sstc.layout.Lines.cell;
import static org.ilo.sstc.layout.Lines.flat;
import static org.ilo.sstc.layout.Lines.footnote;
import static org.ilo.sstc.layout.Lines.labelled;
import static org.ilo.sstc.layout.Lines.para;
import static org.ilo.sstc.layout.Lines.row;
import static org.ilo.sstc.layout.Lines.wrapped;

import java.util.Arrays;
import java.util.List;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.model.OtherSection;
import org.ilo.sstc.segment.PracticeHeading;
import org.ilo.sstc.segment.PracticeSegment;
import org.junit.jupiter.api.Test;

class TemplateFieldMapperTest {

    private final TemplateFieldMapper mapper = new TemplateFieldMapper(Profiles.bundled().get("en"));

    private static PracticeFields map(TemplateFieldMapper mapper, Block... blocks) {
        PracticeHeading heading = new PracticeHeading(4, "AFRICA", "Care jobs", "GOOD PRACTICE 4 – AFRICA – Care jobs");
        return mapper.map(new PracticeSegment(heading, Arrays.asList(blocks), 1, 2), CompendiumTemplate.NONE);
    }

    @Test
    void readsTheTableLayoutWithAFourLineLabelAsOneField() {
        PracticeFields f = map(mapper,
                labelled("Author’s name: ", "Amina Diallo"),
                labelled("Institution: ", "ILO Dakar"),
                labelled("Title of South-South and triangular cooperation (SSTC) good practice: ", "Care work"),
                wrapped("and skills"),
                labelled("Countries involved (please add more than one country): ", "Senegal, Mali"),
                row("South-South Objective (s)", para("To train care workers.")),
                row(List.of("South-South", "Cooperation between", "institutions and countries", "to achieve the objectives"),
                        para("- Ministries met."), para("- Unions joined.")),
                row("Innovation", para("Online modules.")),
                row("Contact details", para("Amina Diallo, Director, diallo@example.org")));
        assertThat(f.text(TemplateField.AUTHOR)).isEqualTo("Amina Diallo");
        assertThat(f.text(TemplateField.INSTITUTION)).isEqualTo("ILO Dakar");
        assertThat(f.text(TemplateField.TITLE)).isEqualTo("Care work and skills");
        assertThat(f.text(TemplateField.COUNTRIES_INVOLVED)).isEqualTo("Senegal, Mali");
        assertThat(f.text(TemplateField.COOPERATION)).isEqualTo("- Ministries met.\n- Unions joined.");
        assertThat(f.fields().values()).noneMatch(v -> v.text().contains("Cooperation between")
                || v.text().contains("to achieve the objectives"));
    }

    @Test
    void leavesAMissingRowNullAndWarns() {
        PracticeFields f = map(mapper, row("Objectives", para("Train.")), row("Results", para("Done.")));
        assertThat(f.text(TemplateField.SUSTAINABILITY)).isNull();
        assertThat(f.text(TemplateField.RESULTS)).isEqualTo("Done.");
        assertThat(f.warnings()).anyMatch(w -> w.contains("sustainability"));
    }

    @Test
    void keepsARowWithAnUnknownLabelUnderOtherSectionsWithAWarning() {
        PracticeFields f = map(mapper, row("Objectives", para("Train.")), row("Lessons learned", para("Start early.")));
        assertThat(f.otherSections()).containsExactly(new OtherSection("Lessons learned", "Start early."));
        assertThat(f.warnings()).anyMatch(w -> w.contains("Lessons learned") && w.contains("otherSections"));
    }

    @Test
    void joinsACellThatAPageBreakSplitIntoTwoRows() {
        TableRow continuation = new TableRow(List.of(cell(), cell(wrapped("second page."), para("- Another point"))), 2);
        PracticeFields f = map(mapper, row("Results", para("- A result that runs onto the")), continuation,
                row("Funds", para("RBTC")));
        assertThat(f.text(TemplateField.RESULTS)).isEqualTo("- A result that runs onto the second page.\n- Another point");
        assertThat(f.text(TemplateField.FUNDING_SOURCES)).isEqualTo("RBTC");
    }

    @Test
    void joinsARowWhoseLabelAPageBreakSplit() {
        TableRow firstPart = new TableRow(List.of(cell(bold("Elements that make"), bold("good practice")),
                cell(para("- Budget lines were"))), 3);
        TableRow secondPart = new TableRow(List.of(cell(onPage(bold("sustainable"), 4)),
                cell(onPage(wrapped("secured."), 4))), 4);
        TableRow innovationStart = new TableRow(List.of(cell(bold("Innovation of the")), cell(para("- New"))), 4);
        TableRow innovationEnd = new TableRow(List.of(cell(onPage(bold("practice"), 5)),
                cell(onPage(wrapped("tools."), 5))), 5);
        PracticeFields f = map(mapper, firstPart, secondPart, innovationStart, innovationEnd);
        assertThat(f.text(TemplateField.SUSTAINABILITY)).isEqualTo("- Budget lines were secured.");
        assertThat(f.text(TemplateField.INNOVATION)).isEqualTo("- New tools.");
        assertThat(f.otherSections()).isEmpty();
        assertThat(f.warnings()).noneMatch(w -> w.contains("otherSections"));
    }

    @Test
    void readsFlattenedRowsWhereASingleSpaceSeparatesLabelAndContent() {
        PracticeFields f = map(mapper,
                flat("Countries involved: Peru and Chile"),
                para("Objetive (s) To train inspectors in"),
                flat("both countries."),
                para("Effectiveness of the"), flat("methodological"), flat("approach (max. 100"), flat("words)"),
                para("- Peer visits."),
                para("Results - Forty inspectors trained."),
                para("Contacts Ana Gomez, Director, Lima"),
                flat("Funds RBTC-SSTC, regional budget"),
                flat("Materials and Photos www.example.org"));
        assertThat(f.text(TemplateField.COUNTRIES_INVOLVED)).isEqualTo("Peru and Chile");
        assertThat(f.text(TemplateField.OBJECTIVES)).isEqualTo("To train inspectors in both countries.");
        assertThat(f.text(TemplateField.METHODOLOGY)).isEqualTo("- Peer visits.");
        assertThat(f.text(TemplateField.RESULTS)).isEqualTo("- Forty inspectors trained.");
        assertThat(f.text(TemplateField.CONTACT_DETAILS)).isEqualTo("Ana Gomez, Director, Lima");
        assertThat(f.text(TemplateField.FUNDING_SOURCES)).isEqualTo("RBTC-SSTC, regional budget");
        assertThat(f.text(TemplateField.MATERIALS)).isEqualTo("www.example.org");
    }

    @Test
    void takesNoLabelFromTheMiddleOfAParagraph() {
        PracticeFields f = map(mapper,
                para("South-South Objective (s)  To expand the programme into the national fund, notably the"),
                flat("South-South Cooperation Assistance Fund. It also trained staff."),
                para("South-South Cooperation between institutions and countries  - Ministries met."));
        assertThat(f.text(TemplateField.OBJECTIVES)).endsWith("South-South Cooperation Assistance Fund. It also trained staff.");
        assertThat(f.text(TemplateField.COOPERATION)).isEqualTo("- Ministries met.");
    }

    private static org.ilo.sstc.layout.TextLine onPage(org.ilo.sstc.layout.TextLine line, int page) {
        return new org.ilo.sstc.layout.TextLine(line.text(), page, line.boldPrefix(), line.heading(), line.fontSize(),
                line.start(), line.role(), line.links());
    }

    @Test
    void movesFootnotesOutOfFieldText() {
        PracticeFields f = map(mapper, row("Countries", para("WB-6 and Moldova")),
                footnote("1 WB-6 refers to the following economies: Albania, Serbia."),
                row("Results", para("Done.")));
        assertThat(f.footnotes()).containsExactly("WB-6 refers to the following economies: Albania, Serbia.");
        assertThat(f.text(TemplateField.COUNTRIES_INVOLVED)).isEqualTo("WB-6 and Moldova");
        assertThat(f.fullText()).contains("WB-6 refers to");
    }

    @Test
    void readsTheBoldLabelLayout() {
        PracticeFields f = map(mapper,
                labelled("Author's name: ", "Luis Pérez"),
                bold("Objectives"), para("Build a network."),
                bold("Elements that make good practice sustainable"), para("Budget lines."),
                bold("Challenges met"), para("Connectivity."),
                bold("Materials and Photos"), para("Report 2021"));
        assertThat(f.text(TemplateField.OBJECTIVES)).isEqualTo("Build a network.");
        assertThat(f.text(TemplateField.SUSTAINABILITY)).isEqualTo("Budget lines.");
        assertThat(f.text(TemplateField.MATERIALS)).isEqualTo("Report 2021");
        assertThat(f.otherSections()).containsExactly(new OtherSection("Challenges met", "Connectivity."));
    }

    @Test
    void readsFlattenedTextWhereLabelsShareLinesWithContentOrWrap() {
        PracticeFields f = map(mapper,
                flat("Author’s name: Ana Gomez"),
                flat("Countries involved (please add more than one country): Peru, Chile"),
                flat("South-South Objective (s)  To share experience of"),
                flat("labour inspection."),
                flat("Effectiveness of the South-"), flat("South / peer learning"), flat("methodological approach"),
                flat("- Peer visits."),
                flat("South-South Results"), flat("Explain the main results"), flat("- 40 inspectors trained."),
                flat("Contact details  Ana Gomez gomez@example.org"),
                flat("Funds  RBTC"),
                flat("Materials and Web-links Report on inspection."));
        assertThat(f.text(TemplateField.AUTHOR)).isEqualTo("Ana Gomez");
        assertThat(f.text(TemplateField.OBJECTIVES)).isEqualTo("To share experience of labour inspection.");
        assertThat(f.text(TemplateField.METHODOLOGY)).isEqualTo("- Peer visits.");
        assertThat(f.text(TemplateField.RESULTS)).isEqualTo("- 40 inspectors trained.");
        assertThat(f.text(TemplateField.CONTACT_DETAILS)).isEqualTo("Ana Gomez gomez@example.org");
        assertThat(f.text(TemplateField.FUNDING_SOURCES)).isEqualTo("RBTC");
        assertThat(f.text(TemplateField.MATERIALS)).isEqualTo("Report on inspection.");
    }

    @Test
    void doesNotTakeContentThatReadsLikeALabelForOne() {
        PracticeFields f = map(mapper,
                flat("Title of the good practice: Social dialogue and"),
                flat("Cooperation: a regional forum"),
                flat("South-South Sustainability  - Backed by the South-South Cooperation Assistance"),
                flat("Fund."),
                flat("South-South Adaptability  - Other regions."));
        assertThat(f.text(TemplateField.TITLE)).isEqualTo("Social dialogue and Cooperation: a regional forum");
        assertThat(f.text(TemplateField.COOPERATION)).isNull();
        assertThat(f.text(TemplateField.SUSTAINABILITY))
                .isEqualTo("- Backed by the South-South Cooperation Assistance Fund.");
        assertThat(f.text(TemplateField.FUNDING_SOURCES)).isNull();
    }

    /** A line as a Word reader gives it: {@code heading} for a heading style, all bold when {@code bold}. */
    private static TextLine styled(String text, boolean heading, boolean bold, float size) {
        return new TextLine(text, 1, bold ? text.length() : 0, heading, size, LineStart.PARAGRAPH, LineRole.BODY, List.of());
    }

    /** Labels set as 14 pt headings, with {@code inside} among the results' content. */
    private PracticeFields headingLabelsWith(TextLine inside, String insideContent) {
        return map(mapper,
                styled("Objectives", true, true, 14f), para("Reach small firms."),
                styled("Results", true, true, 14f), para("- 300 firms joined."),
                inside, para(insideContent),
                styled("Funding sources", true, true, 14f), para("ILO"));
    }

    @Test
    void aBoldLineInsideASectionWhoseLabelsAreHeadingsStaysContent() {
        PracticeFields f = headingLabelsWith(styled("Businesses reached", false, true, 11f), "- 120 of them in rural areas.");
        assertThat(f.otherSections()).isEmpty();
        assertThat(f.text(TemplateField.RESULTS)).contains("Businesses reached").endsWith("- 120 of them in rural areas.");
        assertThat(f.text(TemplateField.FUNDING_SOURCES)).isEqualTo("ILO");
    }

    @Test
    void aSmallerHeadingInsideASectionWhoseLabelsAreHeadingsStaysContent() {
        PracticeFields f = headingLabelsWith(styled("In the capital", true, true, 12f), "- 180 of them.");
        assertThat(f.otherSections()).isEmpty();
        assertThat(f.text(TemplateField.RESULTS)).contains("In the capital").endsWith("- 180 of them.");
    }

    @Test
    void aBoldLineSetLikeTheBoldLabelsOpensOtherSections() {
        PracticeFields f = map(mapper,
                bold("Objectives"), para("Reach small firms."),
                bold("Results"), para("- 300 firms joined."),
                bold("Businesses reached"), para("- 120 of them in rural areas."),
                bold("Funding sources"), para("ILO"));
        assertThat(f.otherSections()).containsExactly(new OtherSection("Businesses reached", "- 120 of them in rural areas."));
        assertThat(f.text(TemplateField.RESULTS)).isEqualTo("- 300 firms joined.");
    }

    @Test
    void labelLinesJoinedByABarAreReadAsLinesOfTheirOwn() {
        Hyperlink site = new Hyperlink("Trade Desk", "https://example.org/desk");
        TextLine joined = new TextLine("Author's name: Rana Aziz | Institution: Trade Desk", 1, 0, false, 11f,
                LineStart.PARAGRAPH, LineRole.BODY, List.of(site));
        PracticeFields f = map(mapper, joined, row("Results", para("Costs | Benefits: both counted.")));
        assertThat(f.text(TemplateField.AUTHOR)).isEqualTo("Rana Aziz");
        assertThat(f.text(TemplateField.INSTITUTION)).isEqualTo("Trade Desk");
        assertThat(f.fields().get(TemplateField.INSTITUTION).lines()).flatExtracting(TextLine::links).containsExactly(site);
        assertThat(f.fields().get(TemplateField.AUTHOR).lines()).flatExtracting(TextLine::links).isEmpty();
        assertThat(f.text(TemplateField.RESULTS)).isEqualTo("Costs | Benefits: both counted.");
    }
}
