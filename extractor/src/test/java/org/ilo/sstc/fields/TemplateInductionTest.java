package org.ilo.sstc.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ilo.sstc.layout.Lines.bold;
import static org.ilo.sstc.layout.Lines.cell;
import static org.ilo.sstc.layout.Lines.flat;
import static org.ilo.sstc.layout.Lines.labelled;
import static org.ilo.sstc.layout.Lines.para;
import static org.ilo.sstc.layout.Lines.row;
import static org.ilo.sstc.layout.Lines.wrapped;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.ilo.sstc.fields.TemplateLabel.Mapping;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.model.OtherSection;
import org.ilo.sstc.profile.Profiles;
import org.ilo.sstc.segment.PracticeHeading;
import org.ilo.sstc.segment.PracticeSegment;
import org.junit.jupiter.api.Test;

/**
 * The compendium's own template, read from what its practices repeat: labels no wording of the profile
 * knows, in flattened text and in tables, mapped by keyword or by their place; what recurs and names no
 * field; what recurs and is no label.
 */
class TemplateInductionTest {

    private final TemplateFieldMapper mapper = new TemplateFieldMapper(Profiles.bundled().get("en"));

    private static final String[] PEOPLE = {"Amina Diallo", "Tomás Quispe", "Lan Nguyen", "Kofi Mensah"};
    private static final String[] PLACES = {"Kenya and Uganda", "Peru and Chile", "Viet Nam and Laos", "Ghana and Togo"};
    /** Objectives, plans and results in each practice's own words. */
    private static final String[] AIMS = {"Mediators trained together.", "Inspectors shared checklists.",
        "Cooperatives priced their services.", "Youth desks opened."};
    private static final String[] PLANS = {"Ministries budgeted the course.", "A memorandum keeps it going.",
        "Municipal contracts pay for it.", "The desks are in the budget."};
    private static final String[] OUTCOMES = {"- 100 disputes settled.", "- 40 mines inspected.",
        "- 27 cooperatives registered.", "- 5,000 people advised."};

    /** Practices 1..n, each made by {@code blocks} from its index. */
    static List<PracticeSegment> practices(int n, IntFunction<List<Block>> blocks) {
        List<PracticeSegment> practices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PracticeHeading heading = new PracticeHeading(i + 1, "AFRICA", "Practice " + (i + 1),
                    "GOOD PRACTICE " + (i + 1) + " – AFRICA – Practice " + (i + 1));
            practices.add(new PracticeSegment(heading, blocks.apply(i), 0, 0));
        }
        return practices;
    }

    /** What each practice writes: every practice in its own words, as in a real compendium. */
    private static final String[][] CONTENT = {
        {"Mediators from both countries trained together.", "Labour ministries and unions of the region.",
            "Each mediator observed a peer at work.", "Hearings recorded on video for later study.",
            "The ministries budgeted the course for 2025.", "Any country with a mediation service.", "- 100 disputes settled.",
            "RBTC-SSTC", "Mediation guide (PDF)"},
        {"Inspectors shared checklists across the border.", "Two inspectorates and an employers' body.",
            "Joint visits to mines, one inspector from each side.", "Checklists on a phone, offline.",
            "A memorandum keeps the joint visits going.", "Mining regions elsewhere in Africa.", "- 40 mines inspected.",
            "RBTC-SSTC", "Checklist app"},
        {"Cooperatives learned to price their services.", "Recyclers' networks of four countries.",
            "Pairs of leaders spent ten days in a partner city.", "A costing tool adapted from Bogotá.",
            "Municipal contracts pay the cooperatives.", "Cities of a similar size.", "- 27 cooperatives registered.",
            "RBTC-SSTC", "Costing tool"},
        {"Employment services opened youth desks.", "Public employment services of three countries.",
            "Counsellors swapped desks for a week.", "Appointments booked by text message.",
            "The desks are now in the services' budgets.", "Any public employment service.", "- 5,000 young people advised.",
            "RBTC-SSTC", "Desk manual"},
    };

    /** Flattened text of one practice: label lines, then rows whose labels no profile wording matches. */
    private static List<Block> flattened(int i) {
        String[] c = CONTENT[i];
        List<Block> lines = new ArrayList<>(List.of(
                flat("Author's name: Author " + (char) ('A' + i) + " Person"),
                flat("Institution: ILO office " + i),
                flat("Countries involved: " + PLACES[i]),
                flat("What we set out to do"), flat(c[0]),
                flat("Who took part"), flat(c[1]),
                flat("Effectiveness of the peer learning approach"), flat(c[2]),
                flat("What was new"), flat(c[3]),
                flat("How we made it last"), flat(c[4]),
                flat("Could it work elsewhere"), flat(c[5]),
                flat("What changed"), flat(c[6]),
                flat("Contact details"), flat("Jane Roe, Specialist, roe" + i + "@example.org"),
                flat("Who paid"), flat(c[7]),
                flat("Where to read more"), flat(c[8])));
        if (i == 1) {
            lines.addAll(15, List.of(flat("Lessons from the field"), flat("Start small.")));
        }
        return lines;
    }

    @Test
    void labelsNoWordingKnowsAreFoundInFlattenedTextByTheirRecurrenceAndMappedByTheirPlace() {
        List<PracticeSegment> practices = practices(4, TemplateInductionTest::flattened);
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::field, TemplateLabel::mapping)
                .contains(tuple("What we set out to do", TemplateField.OBJECTIVES, Mapping.ORDER),
                        tuple("Who took part", TemplateField.COOPERATION, Mapping.ORDER),
                        tuple("What was new", TemplateField.INNOVATION, Mapping.ORDER),
                        tuple("How we made it last", TemplateField.SUSTAINABILITY, Mapping.ORDER),
                        tuple("Could it work elsewhere", TemplateField.ADAPTABILITY, Mapping.KEYWORD),
                        tuple("What changed", TemplateField.RESULTS, Mapping.ORDER),
                        tuple("Contact details", TemplateField.CONTACT_DETAILS, Mapping.SYNONYM),
                        tuple("Who paid", TemplateField.FUNDING_SOURCES, Mapping.ORDER),
                        tuple("Where to read more", TemplateField.MATERIALS, Mapping.ORDER));
        PracticeFields first = mapper.map(practices.get(0), template);
        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo("Mediators from both countries trained together.");
        assertThat(first.text(TemplateField.SUSTAINABILITY)).isEqualTo("The ministries budgeted the course for 2025.");
        assertThat(first.text(TemplateField.RESULTS)).isEqualTo("- 100 disputes settled.");
        assertThat(first.text(TemplateField.FUNDING_SOURCES)).isEqualTo("RBTC-SSTC");
        assertThat(first.text(TemplateField.MATERIALS)).isEqualTo("Mediation guide (PDF)");
    }

    @Test
    void aRepeatedValueIsNoLabelAndALabelSeenOnceWithoutStyleStaysContent() {
        List<PracticeSegment> practices = practices(4, TemplateInductionTest::flattened);
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text).doesNotContain("RBTC-SSTC", "Lessons from the field");
        PracticeFields second = mapper.map(practices.get(1), template);
        assertThat(second.text(TemplateField.ADAPTABILITY)).contains("Lessons from the field");
    }

    @Test
    void aLabelEveryPracticeRepeatsThatNamesNoFieldGoesToOtherSections() {
        List<PracticeSegment> practices = practices(3, i -> List.of(
                row("Objective(s)", para(AIMS[i])),
                row("Lessons we keep", para(PLANS[i])),
                row("Results", para(OUTCOMES[i])),
                row("Contact details", para("Jane Roe, roe@example.org"))));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::mapping)
                .contains(tuple("Lessons we keep", Mapping.UNMAPPED));
        PracticeFields first = mapper.map(practices.get(0), template);
        assertThat(first.otherSections()).containsExactly(new OtherSection("Lessons we keep", PLANS[0]));
        assertThat(first.warnings()).anyMatch(w -> w.contains("Lessons we keep"));
        assertThat(first.text(TemplateField.RESULTS)).isEqualTo(OUTCOMES[0]);
    }

    @Test
    void aHeaderRowNamingTheColumnsIsNeitherAFieldNorOtherSections() {
        List<PracticeSegment> practices = practices(3, i -> List.of(
                row("Criterion", bold("Description")),
                row("1. Objective(s)", para(AIMS[i])),
                row("2. Sustainability", para(PLANS[i])),
                row("3. Results", para(OUTCOMES[i]))));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::mapping)
                .contains(tuple("Criterion", Mapping.HEADER), tuple("1. Objective(s)", Mapping.SYNONYM));
        PracticeFields first = mapper.map(practices.get(0), template);
        assertThat(first.otherSections()).isEmpty();
        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[0]);
        assertThat(first.fields().values()).noneMatch(v -> v.text().contains("Description"));
    }

    @Test
    void anInstructionParagraphUnderTheLabelInItsCellIsNoPartOfTheLabelNorOfTheContent() {
        TableRow objectives = new TableRow(List.of(
                new Cell(List.of(bold("Objective(s)"), para("Describe the objective in no more than 100 words"))),
                cell(para("To train mediators."))), 1);
        List<PracticeSegment> practices = practices(3, i -> List.of(objectives, row("Results", para(OUTCOMES[i]))));

        PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));

        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo("To train mediators.");
        assertThat(first.otherSections()).isEmpty();
    }

    @Test
    void boldLabelsInsideTheOneCellOfAOneColumnTableOpenTheirFields() {
        List<PracticeSegment> practices = practices(3, i -> List.<Block>of(new TableRow(List.of(cell(
                bold("Our aim"), para(AIMS[i]),
                bold("How we made it last"), para(PLANS[i]),
                bold("Results"), para(OUTCOMES[i]))), 1)));

        PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));

        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[0]);
        // Five rows lie between the aim and the results: the one label there could be any of them.
        assertThat(first.otherSections()).containsExactly(new OtherSection("How we made it last", PLANS[0]));
        assertThat(first.text(TemplateField.RESULTS)).isEqualTo(OUTCOMES[0]);
    }

    @Test
    void metaLinesWordedUnlikeTheProfileTakeTheFreeLabelLineFieldsInTheirOrder() {
        List<PracticeSegment> practices = practices(3, i -> List.of(
                flat("Penned by: Author " + i),
                flat("Host unit: Office " + i),
                flat("Practice known as: Mediation " + i),
                flat("Covering: " + PLACES[i]),
                flat("Objective(s)"),
                flat(AIMS[i])));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::field)
                .contains(tuple("Penned by", TemplateField.AUTHOR), tuple("Host unit", TemplateField.INSTITUTION),
                        tuple("Practice known as", TemplateField.TITLE), tuple("Covering", TemplateField.COUNTRIES_INVOLVED));
        PracticeFields first = mapper.map(practices.get(0), template);
        assertThat(first.text(TemplateField.INSTITUTION)).isEqualTo("Office 0");
        assertThat(first.text(TemplateField.TITLE)).isEqualTo("Mediation 0");
        assertThat(first.text(TemplateField.AUTHOR)).isEqualTo("Author 0");
    }

    @Test
    void aSinglePracticeHasNoTemplateToReadAndKeepsTheProfileWordings() {
        List<PracticeSegment> practices = practices(1, TemplateInductionTest::flattened);

        assertThat(mapper.template(practices).labels()).isEmpty();
        assertThat(mapper.map(practices.get(0), CompendiumTemplate.NONE).text(TemplateField.CONTACT_DETAILS))
                .startsWith("Jane Roe");
    }

    @Test
    void aLabelWrappedOverLinesWithItsInstructionAndAColonIsOneLabel() {
        List<PracticeSegment> practices = practices(3, i -> List.<Block>of(
                flat("Pays"), flat("concernés"), flat("(indiquer plus"), flat("d’un pays) :"),
                flat("le Sénégal et le Mali"),
                flat("Objectif(s)"), flat(AIMS[i])));
        TemplateFieldMapper french = new TemplateFieldMapper(Profiles.bundled().get("fr"));

        PracticeFields first = french.map(practices.get(0), french.template(practices));

        assertThat(first.text(TemplateField.COUNTRIES_INVOLVED)).isEqualTo("le Sénégal et le Mali");
    }

    @Test
    void aLabelAskedAsAQuestionIsALabel() {
        List<PracticeSegment> practices = practices(3, i -> List.<Block>of(
                flat("Objective(s)"), flat(AIMS[i]),
                flat("What is innovative about the"), flat("practice?"), flat(PLANS[i])));

        PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));

        assertThat(first.text(TemplateField.INNOVATION)).isEqualTo(PLANS[0]);
        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[0]);
    }

    /** A flattened practice of rows the profile knows, with the objectives and sustainability rows the test writes. */
    private static List<Block> knownRowsAround(int i, List<Block> objectives, List<Block> sustainability) {
        List<Block> lines = new ArrayList<>();
        lines.add(flat("Countries involved: " + PLACES[i]));
        lines.addAll(objectives);
        lines.addAll(List.of(flat("Cooperation"), flat(CONTENT[i][1]), flat("Methodology"), flat(CONTENT[i][2]),
                flat("Innovation"), flat(CONTENT[i][3])));
        lines.addAll(sustainability);
        lines.addAll(List.of(flat("Adaptability"), flat(CONTENT[i][5]), flat("Results"), flat(OUTCOMES[i]),
                flat("Funding sources"), flat("ILO")));
        return lines;
    }

    @Test
    void aRecurringLineInCapitalsOfThreeWordsOrMoreIsALabelMappedByItsPlace() {
        List<PracticeSegment> practices = practices(3, i -> knownRowsAround(i,
                List.of(flat("WHAT WE AIMED FOR"), flat(AIMS[i])), List.of(flat("WILL IT LAST?"), flat(PLANS[i]))));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::field)
                .contains(tuple("WHAT WE AIMED FOR", TemplateField.OBJECTIVES));
        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::field, TemplateLabel::mapping)
                .contains(tuple("WILL IT LAST?", TemplateField.SUSTAINABILITY, Mapping.ORDER));
        PracticeFields first = mapper.map(practices.get(0), template);
        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[0]);
        assertThat(first.text(TemplateField.SUSTAINABILITY)).isEqualTo(PLANS[0]);
    }

    @Test
    void aRecurringLineOfOneOrTwoWordsInCapitalsIsAValueNotALabel() {
        List<PracticeSegment> practices = practices(3, i -> knownRowsAround(i,
                List.of(flat("Objective(s)"), flat(AIMS[i]), flat("RBTC-SSTC")), List.of(flat("Sustainability"), flat(PLANS[i]))));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text).doesNotContain("ILO", "RBTC-SSTC");
        PracticeFields first = mapper.map(practices.get(0), template);
        assertThat(first.text(TemplateField.FUNDING_SOURCES)).isEqualTo("ILO");
        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[0] + " RBTC-SSTC");
    }

    @Test
    void runInLabelsBeforeTheFirstKnownRowTakeTheFreeLabelLineFieldsThenTheFreeRowsByTheirCount() {
        List<PracticeSegment> practices = practices(3, i -> List.of(
                flat("Title of the good practice: Mediation " + i),
                flat("Nations taking part: " + PLACES[i]),
                flat("Dates: 202" + i),
                flat("Author's name: Author " + i),
                flat("Institution: Office " + i),
                flat("What we set out to do: " + AIMS[i]),
                flat("Who stood with us: " + CONTENT[i][1]),
                flat("Methodology: " + CONTENT[i][2]),
                flat("Results: " + OUTCOMES[i])));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::field)
                .contains(tuple("Nations taking part", TemplateField.COUNTRIES_INVOLVED),
                        tuple("What we set out to do", TemplateField.OBJECTIVES),
                        tuple("Who stood with us", TemplateField.COOPERATION));
        PracticeFields first = mapper.map(practices.get(0), template);
        assertThat(first.text(TemplateField.COUNTRIES_INVOLVED)).isEqualTo(PLACES[0]);
        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[0]);
        assertThat(first.text(TemplateField.COOPERATION)).isEqualTo(CONTENT[0][1]);
        assertThat(first.text(TemplateField.AUTHOR)).isEqualTo("Author 0");
        assertThat(first.otherSections()).isEmpty();
    }

    @Test
    void aLabelAskedAsAQuestionWithItsAnswerOnTheLineIsALabel() {
        List<PracticeSegment> practices = practices(3, i -> knownRowsAround(i,
                List.of(flat("Objective(s)"), flat(AIMS[i])),
                List.of(flat("Could it be repeated? Yes, in " + PLACES[i] + " next year."))));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text).contains("Could it be repeated");
        PracticeFields first = mapper.map(practices.get(0), template);
        assertThat(first.text(TemplateField.SUSTAINABILITY)).isEqualTo("Yes, in " + PLACES[0] + " next year.");
    }

    @Test
    void aQuestionInAContentCellOfATableIsNoLabel() {
        List<PracticeSegment> practices = practices(3, i -> List.of(
                guided("Objective(s)", "What did it aim at? Say it in a line.", AIMS[i]),
                guided("Adaptability", "Could it be repeated? Say where.", "Yes, in " + PLACES[i] + "."),
                guided("Results", "What came of it? Give figures.", OUTCOMES[i])));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text)
                .doesNotContain("What did it aim at", "Could it be repeated", "What came of it");
        PracticeFields first = mapper.map(practices.get(0), template);
        assertThat(first.text(TemplateField.ADAPTABILITY)).isEqualTo("Yes, in " + PLACES[0] + ".");
        assertThat(first.text(TemplateField.RESULTS)).isEqualTo(OUTCOMES[0]);
    }

    @Test
    void aNumberedLabelFoundInTwoOfThreePracticesIsALabel() {
        List<PracticeSegment> practices = practices(3, i -> {
            List<Block> lines = new ArrayList<>(List.of(
                    flat("(i) Objective(s)"), flat(AIMS[i]),
                    flat("(v) Sustainability"), flat(PLANS[i]),
                    flat("(vi) Could transfer elsewhere ?"), flat(CONTENT[i][5]),
                    flat("(vii) Results"), flat(OUTCOMES[i])));
            if (i == 2) {
                lines.subList(4, 6).clear();
            }
            return lines;
        });
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::field)
                .contains(tuple("(vi) Could transfer elsewhere ?", TemplateField.ADAPTABILITY));
        assertThat(mapper.map(practices.get(0), template).text(TemplateField.ADAPTABILITY)).isEqualTo(CONTENT[0][5]);
    }

    @Test
    void aDashAfterANumberedLabelSeparatesItFromItsContent() {
        List<PracticeSegment> practices = practices(3, i -> List.of(
                flat("(i) Objective(s)"), flat(AIMS[i]),
                flat("(ii) Partners – The ministry of labour and " + CONTENT[i][1]),
                flat("(iii) Methodology"), flat(CONTENT[i][2])));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text).contains("(ii) Partners");
        PracticeFields first = mapper.map(practices.get(0), template);
        // The dash stays as the bullet it reads as, as after a label the profile knows ("Results - ...").
        assertThat(first.text(TemplateField.COOPERATION)).isEqualTo("- The ministry of labour and " + CONTENT[0][1]);
        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[0]);
    }

    @Test
    void oneLineLabelsOfUnknownWordingThatOpenALineInEveryPracticeAreLabels() {
        String[] allies = {"The two ministries.", "Three unions.", "A network of cities."};
        List<PracticeSegment> practices = practices(3, i -> List.of(
                flat("Countries involved: " + PLACES[i]),
                flat("Ambition " + AIMS[i]),
                flat("Alliance " + allies[i]),
                flat("Methodology " + CONTENT[i][2]),
                // A contact every practice repeats, on the line after its label alone: content, not a label.
                flat("Contact details"),
                flat("Jane Roe, Specialist, roe" + i + "@example.org")));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::field)
                .contains(tuple("Ambition", TemplateField.OBJECTIVES), tuple("Alliance", TemplateField.COOPERATION));
        assertThat(template.labels()).extracting(TemplateLabel::text).doesNotContain("Jane", "Jane Roe");
        PracticeFields first = mapper.map(practices.get(0), template);
        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[0]);
        assertThat(first.text(TemplateField.COOPERATION)).isEqualTo(allies[0]);
    }

    @Test
    void aMetaLabelMissingFromOnePracticeKeepsItsPlaceAmongPracticesOfVeryDifferentLengths() {
        int[] objectiveLines = {40, 1, 12};
        List<PracticeSegment> practices = practices(3, i -> {
            List<Block> lines = new ArrayList<>(List.of(flat("Practice known as: Mediation " + i)));
            if (i != 2) {
                lines.add(flat("When: 202" + i));
            }
            lines.addAll(List.of(flat("Written by: Author " + i), flat("Objective(s)")));
            for (int k = 0; k < objectiveLines[i]; k++) {
                lines.add(flat("- Aim " + k + " of practice " + i + "."));
            }
            lines.addAll(List.of(flat("Results"), flat(OUTCOMES[i])));
            return lines;
        });
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text)
                .containsSubsequence("Practice known as", "When", "Written by", "Objective(s)", "Results");
    }

    @Test
    void contentThatOpensWithAnEmailAfterAOneLineLabelIsTheLabelsContent() {
        List<PracticeSegment> practices = practices(3, i -> List.of(
                flat("Objective(s)"), flat(AIMS[i]),
                flat("Results"), flat(OUTCOMES[i]),
                flat("Reach us desk" + i + "@example.org"),
                flat("Funding sources"), flat("ILO")));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::field)
                .contains(tuple("Reach us", TemplateField.CONTACT_DETAILS));
        assertThat(mapper.map(practices.get(0), template).text(TemplateField.CONTACT_DETAILS)).isEqualTo("desk0@example.org");
    }

    /** A three-column row: a bold label, the template's guidance, the practice's response. */
    private static TableRow guided(String label, String guidance, String response) {
        return new TableRow(List.of(cell(bold(label)), cell(para(guidance)), cell(para(response))), 1);
    }

    @Test
    void aGuidanceColumnEveryPracticeRepeatsWordForWordIsNoPartOfTheField() {
        List<PracticeSegment> practices = practices(3, i -> List.of(
                guided("Objective(s)", "State what the practice set out to change.", AIMS[i]),
                guided("Sustainability", "Say who pays once the project ends.", PLANS[i]),
                guided("Results", "Give figures where you can.", OUTCOMES[i])));

        PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));

        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[0]);
        assertThat(first.text(TemplateField.SUSTAINABILITY)).isEqualTo(PLANS[0]);
        assertThat(first.text(TemplateField.RESULTS)).isEqualTo(OUTCOMES[0]);
    }

    @Test
    void aMiddleColumnWhoseTextDiffersInEachPracticeIsKept() {
        String[] years = {"Since 2019.", "From 2020 on.", "Begun in 2022."};
        List<PracticeSegment> practices = practices(3, i -> List.of(
                guided("Objective(s)", years[i], AIMS[i]),
                guided("Results", "Give figures where you can.", OUTCOMES[i])));

        PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));

        assertThat(first.text(TemplateField.OBJECTIVES)).contains(years[0]).contains(AIMS[0]);
        assertThat(first.text(TemplateField.RESULTS)).isEqualTo(OUTCOMES[0]);
    }

    @Test
    void labelLinesOfUnknownWordingJoinedByABarTakeTheirFieldsInOrder() {
        List<PracticeSegment> practices = practices(3, i -> List.of(
                flat("Submitted by: Author " + i + " | Lead agency: Office " + i),
                flat("Dates: 202" + i),
                flat("Title of the good practice: Mediation " + i),
                flat("Countries involved: " + PLACES[i]),
                flat("Objective(s)"), flat(AIMS[i])));

        PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));

        assertThat(first.text(TemplateField.AUTHOR)).isEqualTo("Author 0");
        assertThat(first.text(TemplateField.INSTITUTION)).isEqualTo("Office 0");
    }

    @Test
    void aProfileWordingWhoseContentOpensInLowerCaseIsALabelInFlattenedText() {
        String[] periods = {"julio de 2022 – junio de 2023", "marzo a diciembre de 2024", "enero de 2023 – abril de 2024", null};
        String[] titles = {"Mediación laboral entre pares", "Inspección conjunta de minas", "Cooperativas de reciclaje", "Oficinas de empleo juvenil"};
        List<PracticeSegment> practices = practices(4, i -> {
            List<Block> lines = new ArrayList<>(List.of(
                    flat("Autor(es) Autora " + (char) ('A' + i) + " Pérez"),
                    flat("Entidad OIT – Oficina " + i)));
            if (periods[i] != null) {
                lines.add(flat("Periodo " + periods[i]));
            }
            // "Nombre" is a wording of its own, but "de" carries the label on: no content opens there.
            lines.addAll(List.of(flat("Nombre de la práctica " + titles[i]), flat("Países " + PLACES[i]),
                    flat("Objetivos"), flat(AIMS[i]), flat("Resultados"), flat(OUTCOMES[i])));
            return lines;
        });
        TemplateFieldMapper spanish = new TemplateFieldMapper(Profiles.bundled().get("es"));
        CompendiumTemplate template = spanish.template(practices);

        PracticeFields first = spanish.map(practices.get(0), template);
        assertThat(first.text(TemplateField.INSTITUTION)).isEqualTo("OIT – Oficina 0");
        assertThat(first.text(TemplateField.DATES)).isEqualTo("julio de 2022 – junio de 2023");
        assertThat(first.text(TemplateField.TITLE)).isEqualTo(titles[0]);
        assertThat(spanish.map(practices.get(3), template).text(TemplateField.INSTITUTION)).isEqualTo("OIT – Oficina 3");
    }

    @Test
    void aLongerRecurringLabelWinsOverAProfileWordingFollowedByLowerCaseWords() {
        List<PracticeSegment> practices = practices(2, i -> List.<Block>of(
                flat("Countries taking part " + PLACES[i]),
                flat("Objective(s)"), flat(AIMS[i])));

        PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));

        assertThat(first.text(TemplateField.COUNTRIES_INVOLVED)).isEqualTo(PLACES[0]);
    }

    @Test
    void anInstructionWrappedOverThreeLinesOfFlattenedTextStaysWithItsLabel() {
        List<PracticeSegment> practices = practices(3, i -> List.<Block>of(
                flat("Objective(s)"), flat(AIMS[i]),
                flat("Results"), flat("(list the main"), flat("results)"), flat(OUTCOMES[i])));

        PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));

        assertThat(first.text(TemplateField.RESULTS)).isEqualTo(OUTCOMES[0]);
    }

    @Test
    void aBoldRunInLabelSeenInOnePracticeOpensOtherSections() {
        List<PracticeSegment> practices = practices(3, i -> {
            List<Block> lines = new ArrayList<>(List.of(
                    labelled("Purpose: ", AIMS[i]),
                    labelled("Sustainability: ", PLANS[i]),
                    labelled("Achievements: ", OUTCOMES[i])));
            if (i == 1) {
                lines.add(labelled("Challenges: ", "Unlicensed agencies remain the main source of abuse."));
            }
            lines.add(labelled("Focal points: ", "Jane Roe, roe" + i + "@example.org"));
            return lines;
        });

        PracticeFields second = mapper.map(practices.get(1), mapper.template(practices));

        assertThat(second.text(TemplateField.RESULTS)).isEqualTo(OUTCOMES[1]);
        assertThat(second.otherSections()).extracting(OtherSection::label, OtherSection::text)
                .containsExactly(tuple("Challenges", "Unlicensed agencies remain the main source of abuse."));
        assertThat(second.text(TemplateField.CONTACT_DETAILS)).isEqualTo("Jane Roe, roe1@example.org");
    }

    @Test
    void aHeaderRowRepeatedAtopThePageIsLeftOutAndTheLabelItInterruptsIsJoinedAgain() {
        // The first practice's table runs onto a second page inside its funding row, under the repeated header row.
        List<PracticeSegment> practices = practices(3, i -> i > 0
                ? List.<Block>of(row("Criterion", para("Response")), row("Objective(s)", para(AIMS[i])),
                        row("Results", para(OUTCOMES[i])), row("Funding sources", para("RBTC-SSTC")),
                        row("Contact details", para("Jane Roe, roe" + i + "@example.org")))
                : List.<Block>of(row("Criterion", para("Response")), row("Objective(s)", para(AIMS[i])),
                        row("Results", para(OUTCOMES[i])),
                        new TableRow(List.of(cell(bold("Funding")), cell(para("RBTC-SSTC and"))), 1),
                        new TableRow(List.of(cell(onPage2(bold("Criterion"))), cell(onPage2(bold("Response")))), 2),
                        new TableRow(List.of(cell(onPage2(bold("sources"))), cell(onPage2(para("the ministry of labour.")))), 2),
                        new TableRow(List.of(cell(onPage2(bold("Contact details"))), cell(onPage2(para("Jane Roe, roe0@example.org")))), 2)));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::mapping).contains(tuple("Criterion", Mapping.HEADER));
        PracticeFields first = mapper.map(practices.get(0), template);
        assertThat(first.text(TemplateField.FUNDING_SOURCES)).isEqualTo("RBTC-SSTC and the ministry of labour.");
        assertThat(first.otherSections()).isEmpty();
    }

    private static TextLine onPage2(TextLine line) {
        return new TextLine(line.text(), 2, line.boldPrefix(), line.heading(), line.fontSize(), line.start(), line.role(), line.links());
    }

    @Test
    void aLabelWhoseFirstWordIsAKeywordTakesItsFieldBeforeOneThatOnlyEndsWithAKeyword() {
        String[] durable = {"The ministries budgeted it.", "A memorandum keeps it going.", "The cities pay for it."};
        List<PracticeSegment> practices = practices(3, i -> List.of(
                row("Reporting officer", para("Officer " + (char) ('A' + i) + " Okafor")),
                row("Anchor institution", para("ILO office " + i)),
                row("Timeline", para("2024")),
                row("Full title", para("Practice number " + (i + 1) + " of the set")),
                row("Countries engaged", para(PLACES[i])),
                row("Purpose of the exchange", para(AIMS[i])),
                row("Novel elements", para(PLANS[i])),
                row("Durability of the results", para(durable[i])),
                row("Transferability to other contexts", para("Any region.")),
                row("Achievements", para(OUTCOMES[i]))));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::field).contains(
                tuple("Reporting officer", TemplateField.AUTHOR), tuple("Anchor institution", TemplateField.INSTITUTION),
                tuple("Durability of the results", TemplateField.SUSTAINABILITY), tuple("Achievements", TemplateField.RESULTS));
        assertThat(mapper.map(practices.get(0), template).text(TemplateField.RESULTS)).isEqualTo(OUTCOMES[0]);
    }

    @Test
    void wordsEndingInsideAnOpenBracketAreNoLabelEvenWhenEveryPracticeOpensALineWithThem() {
        String[] amounts = {"58,000); Norad", "75,000); KOICA", "64,000); Chile"};
        List<PracticeSegment> practices = practices(3, i -> List.<Block>of(
                flat("Objective(s)"), flat(AIMS[i]),
                flat("Funding sources"), flat("ILO RBTC-SSTC (USD " + amounts[i]),
                flat("Materials"), flat("Guide " + i)));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text).noneMatch(t -> t.startsWith("ILO RBTC"));
        assertThat(mapper.map(practices.get(0), template).text(TemplateField.FUNDING_SOURCES)).isEqualTo("ILO RBTC-SSTC (USD 58,000); Norad");
    }

    @Test
    void aSectionTheProfileKnowsOfficesAddIsItsOwnSectionInFlattenedTextEvenInOnePractice() {
        List<PracticeSegment> practices = practices(3, i -> {
            List<Block> lines = new ArrayList<>(List.of(flat("Objective(s)"), flat(AIMS[i]), flat("Results"), flat(OUTCOMES[i])));
            if (i == 2) {
                lines.addAll(List.of(flat("Lessons learned"), flat("Peers teach better than experts.")));
            }
            lines.addAll(List.of(flat("Contact details"), flat("Jane Roe, roe" + i + "@example.org")));
            return lines;
        });

        PracticeFields third = mapper.map(practices.get(2), mapper.template(practices));

        assertThat(third.text(TemplateField.RESULTS)).isEqualTo(OUTCOMES[2]);
        assertThat(third.otherSections()).extracting(OtherSection::label, OtherSection::text)
                .containsExactly(tuple("Lessons learned", "Peers teach better than experts."));
    }

    @Test
    void aRegionLineGivesTheRegionTheHeadingLacksAndTakesNoOtherMetaFieldsPlace() {
        List<PracticeSegment> practices = practices(3, i -> List.of(
                labelled("Drafted by: ", "Author " + (char) ('A' + i)),
                labelled("Host institution: ", "ILO office " + i),
                labelled("Region: ", "Asia and the Pacific"),
                labelled("Practice title: ", "Practice " + (char) ('K' + i) + " on skills"),
                labelled("Countries concerned: ", PLACES[i]),
                row("Objective(s)", para(AIMS[i])),
                row("Results", para(OUTCOMES[i]))));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::field).contains(
                tuple("Drafted by", TemplateField.AUTHOR), tuple("Region", TemplateField.REGION));
        PracticeFields first = mapper.map(practices.get(0), template);
        assertThat(first.text(TemplateField.REGION)).isEqualTo("Asia and the Pacific");
        assertThat(first.text(TemplateField.AUTHOR)).isEqualTo("Author A");
    }

    @Test
    void anAnnexHeadingAfterTheLastRowEndsThePracticeWithAWarning() {
        List<PracticeSegment> practices = practices(3, i -> {
            List<Block> blocks = new ArrayList<>(List.of(row("Objective(s)", para(AIMS[i])), row("Results", para(OUTCOMES[i])),
                    row("Materials and web-links", para("Guide " + i))));
            if (i == 2) {
                blocks.addAll(List.of(heading1("Annex: Selection criteria"), para("The panel read every submission."),
                        para("Contact: sstc@example.org")));
            }
            return blocks;
        });

        PracticeFields last = mapper.map(practices.get(2), mapper.template(practices));

        assertThat(last.text(TemplateField.MATERIALS)).isEqualTo("Guide 2");
        assertThat(last.warnings()).anyMatch(w -> w.contains("Annex: Selection criteria") && w.contains("belongs to no practice"));
    }

    @Test
    void aBoldSubHeadingInsideAContentRowUnderLabelRowsStaysContent() {
        List<PracticeSegment> practices = practices(3, i -> List.of(
                new TableRow(List.of(cell(bold("Objective of the practice"))), 1),
                new TableRow(List.of(cell(para(AIMS[i]))), 1),
                new TableRow(List.of(cell(bold("Results achieved"))), 1),
                new TableRow(List.of(cell(bold(SUB_HEADINGS[i]), para(OUTCOMES[i]))), 1),
                new TableRow(List.of(cell(bold("Contact"))), 1),
                new TableRow(List.of(cell(para("Jane Roe, roe" + i + "@example.org"))), 1)));

        PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));

        assertThat(first.text(TemplateField.RESULTS)).isEqualTo(SUB_HEADINGS[0] + "\n" + OUTCOMES[0]);
        assertThat(first.otherSections()).isEmpty();
    }

    @Test
    void whereLabelsAreNumberedAnUnnumberedBoldLineIsASubHeading() {
        List<PracticeSegment> practices = practices(3, i -> List.of(
                bold("1. Objective of the practice"), para(AIMS[i]),
                bold("7. Results achieved"), bold(SUB_HEADINGS[i]), para(OUTCOMES[i]),
                bold("8. Contact"), para("Jane Roe, roe" + i + "@example.org")));

        PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));

        assertThat(first.text(TemplateField.RESULTS)).isEqualTo(SUB_HEADINGS[0] + "\n" + OUTCOMES[0]);
        assertThat(first.otherSections()).isEmpty();
    }

    @Test
    void aColonInsideALabelAloneOnItsLineIsPartOfTheLabel() {
        List<PracticeSegment> practices = practices(3, i -> List.<Block>of(
                flat("1. Objective(s)"), flat(AIMS[i]),
                flat("3. Peer exchange: how it worked"), flat(CONTENT[i][2]),
                flat("7. Results"), flat(OUTCOMES[i])));

        PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));

        assertThat(first.text(TemplateField.METHODOLOGY)).isEqualTo(CONTENT[0][2]);
    }

    @Test
    void contentThatOpensWithTheSameAcronymInEveryPracticeIsNoPartOfTheLabel() {
        String[] funds = {"ILO RBTC-SSTC and Norad", "ILO RBTC-SSTC and KOICA", "ILO regular budget"};
        List<PracticeSegment> practices = practices(3, i -> List.<Block>of(
                flat("Objective(s)"), flat(AIMS[i]),
                flat("Sources of funds " + funds[i]),
                flat("Materials"), flat("Guide " + i)));

        PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));

        assertThat(first.text(TemplateField.FUNDING_SOURCES)).isEqualTo(funds[0]);
    }

    @Test
    void aRegionWordOpeningOnePracticesWrappedTitleLineIsNoLabel() {
        List<PracticeSegment> practices = practices(3, i -> List.<Block>of(
                labelled("Title of the good practice: ", i == 1 ? "Reporting on work in the Arab" : "Practice " + i),
                i == 1 ? wrapped("Region: A South-South Initiative") : flat(""),
                row("Objective(s)", para(AIMS[i])),
                row("Results", para(OUTCOMES[i]))));

        PracticeFields second = mapper.map(practices.get(1), mapper.template(practices));

        assertThat(second.text(TemplateField.TITLE)).isEqualTo("Reporting on work in the Arab Region: A South-South Initiative");
        assertThat(second.text(TemplateField.REGION)).isNull();
    }

    /** Bold sub-headings of a results section, each practice its own. */
    private static final String[] SUB_HEADINGS = {"Field inspections", "Joint visits", "Training of mentors"};

    private static TextLine heading1(String text) {
        return new TextLine(text, 1, text.length(), true, 16f, LineStart.PARAGRAPH, LineRole.BODY, List.of());
    }

    /** Partners of each practice, in its own words. */
    private static final String[] PARTNERS = {"Two ministries and a union.", "Four inspectorates.", "Recyclers' networks.",
        "Employment services of three countries."};

    /**
     * Flattened text of a Criterion | Guidance | Response table: each label alone, then the form's guidance (the
     * same in every practice, wrapped at its column), then the response; practice {@code runTogether} has the
     * third label and the first words of its guidance on one line.
     */
    private static List<Block> guidedFlattened(int i, int runTogether) {
        List<Block> lines = new ArrayList<>(List.of(
                flat("A. Aim"), flat("What did the practice set out to"), flat("change? [max. 100 words]"), flat(AIMS[i]),
                flat("B. Who cooperated"), flat("Name the partners and what"), flat("each brought. [max. 150"),
                flat("words]"), flat(PARTNERS[i])));
        if (i == runTogether) {
            lines.addAll(List.of(flat("C. Money Source and amount of funding, if"), flat("known.")));
        } else {
            lines.addAll(List.of(flat("C. Money"), flat("Source and amount of funding, if"), flat("known.")));
        }
        lines.add(flat("RBTC-SSTC " + i));
        return lines;
    }

    @Test
    void theGuidanceUnderEveryLabelIsLeftOutAndItsWordsNameTheField() {
        List<PracticeSegment> practices = practices(4, i -> guidedFlattened(i, -1));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::field, TemplateLabel::mapping)
                .contains(tuple("B. Who cooperated", TemplateField.COOPERATION, Mapping.KEYWORD),
                        tuple("Name the partners and what each brought. [max. 150 words]", null, Mapping.GUIDANCE),
                        // "Money" is no keyword: the guidance's "funding" is.
                        tuple("C. Money", TemplateField.FUNDING_SOURCES, Mapping.KEYWORD),
                        tuple("Source and amount of funding, if known.", null, Mapping.GUIDANCE));
        for (int i = 0; i < practices.size(); i++) {
            PracticeFields read = mapper.map(practices.get(i), template);
            assertThat(read.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[i]);
            assertThat(read.text(TemplateField.COOPERATION)).isEqualTo(PARTNERS[i]);
            assertThat(read.text(TemplateField.FUNDING_SOURCES)).isEqualTo("RBTC-SSTC " + i);
            assertThat(read.otherSections()).isEmpty();
        }
    }

    @Test
    void aNumberedLabelRunTogetherWithItsGuidanceIsStillThatLabel() {
        List<PracticeSegment> practices = practices(4, i -> guidedFlattened(i, 2));
        CompendiumTemplate template = mapper.template(practices);

        PracticeFields third = mapper.map(practices.get(2), template);
        assertThat(third.text(TemplateField.COOPERATION)).isEqualTo(PARTNERS[2]);
        assertThat(third.text(TemplateField.FUNDING_SOURCES)).isEqualTo("RBTC-SSTC 2");
    }

    @Test
    void aStrayLineThatRecursOutOfOrderDoesNotCostALabelItsPlace() {
        // "Summary" alone recurs in both practices, before the second label in one and at the end in the other.
        List<PracticeSegment> practices = practices(2, i -> {
            List<Block> lines = new ArrayList<>(List.of(flat("Aim of it all"), flat(AIMS[i]), flat("Circle of partners"),
                    flat(PARTNERS[i]), flat("Lasting effects"), flat(PLANS[i])));
            lines.add(i == 0 ? 2 : lines.size(), flat("Summary"));
            return lines;
        });
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).filteredOn(l -> l.text().equals("Circle of partners"))
                .extracting(TemplateLabel::practices).containsExactly(2);
    }

    /** A line of flattened text on {@code page}. */
    private static TextLine onPage(int page, String text) {
        return new TextLine(text, page, 0, false, 0f, LineStart.UNKNOWN, LineRole.BODY, List.of());
    }

    @Test
    void aLabelAPageBreakCutIsJoinedAcrossTheFootnoteAndRunningTitleBetween() {
        // Practice 2's "Peer exchange, step by step" ends a page after "step by", its content beside it; the next
        // page opens with "step:" and the rest; a footnote the reader left as text stands between.
        List<PracticeSegment> practices = practices(4, i -> {
            List<Block> lines = new ArrayList<>(List.of(onPage(1, "Aim of it all"), onPage(1, AIMS[i]),
                    onPage(1, "Circle of partners"), onPage(1, PARTNERS[i])));
            if (i == 1) {
                lines.addAll(List.of(onPage(1, "Peer exchange, step by  Masons from Benin spent four weeks in"),
                        onPage(1, "2 A footnote the reader took for text."),
                        new TextLine("Side by Side | Good Practices 2025", 2, 0, false, 0f, LineStart.PARAGRAPH, LineRole.LINK_TARGET,
                                List.of()),
                        onPage(2, "step:  Nigeria, where they built the first kilns."), onPage(2, "Is it sustainable?: Yes.")));
            } else {
                lines.addAll(List.of(onPage(1, "Peer exchange, step by step"), onPage(1, "Teams visited each other " + i + "."),
                        onPage(1, "Is it sustainable?: " + PLANS[i])));
            }
            return lines;
        });
        CompendiumTemplate template = mapper.template(practices);

        PracticeFields second = mapper.map(practices.get(1), template);
        assertThat(second.text(TemplateField.METHODOLOGY)).startsWith("Masons from Benin spent four weeks in")
                .contains("Nigeria, where they built the first kilns.").doesNotContain("step:");
        assertThat(second.text(TemplateField.COOPERATION)).isEqualTo(PARTNERS[1]);
        // "Is it sustainable?:" ends a question with a colon, its content on the line.
        assertThat(mapper.map(practices.get(0), template).text(TemplateField.SUSTAINABILITY)).isEqualTo(PLANS[0]);
        assertThat(second.text(TemplateField.SUSTAINABILITY)).isEqualTo("Yes.");
    }

    /**
     * A form's labels with their bracketed instruction under them, in flattened text: "Sustainability:" /
     * "(after external funding" / "ends)". In practice 1 a page break falls inside the row, and the instruction is
     * printed on the next page among the content. "Where to read more:" is in two practices of three only.
     */
    private static List<Block> instructedLabels(int i) {
        List<Block> lines = new ArrayList<>(List.of(onPage(1, "Objective(s):"), onPage(1, "(one paragraph)"), onPage(1, AIMS[i]),
                onPage(1, "Sustainability:")));
        if (i == 0) {
            lines.addAll(List.of(onPage(1, "The ministries have budgeted the"), onPage(2, "(after external funding"),
                    onPage(2, "ends)"), onPage(2, "course for the next two years.")));
        } else {
            lines.addAll(List.of(onPage(1, "(after external funding"), onPage(1, "ends)"), onPage(1, PLANS[i])));
        }
        lines.addAll(List.of(onPage(2, "Results:"), onPage(2, "(figures where possible)"), onPage(2, OUTCOMES[i])));
        if (i == 2) {
            lines.addAll(List.of(onPage(2, "Risks:"), onPage(2, "(and how they were handled)"), onPage(2, "Some desks closed.")));
        }
        lines.addAll(List.of(onPage(2, "Persons to reach:"), onPage(2, "(name, e-mail)"), onPage(2, "Jane Roe, roe" + i + "@example.org"),
                onPage(2, "Who paid for it:"), onPage(2, "(donors and amounts)"), onPage(2, "RBTC-SSTC " + i)));
        if (i != 1) {
            lines.addAll(List.of(onPage(2, "Where to read more:"), onPage(2, "(with links)"), onPage(2, "Guide " + i)));
        }
        return lines;
    }

    @Test
    void aBracketedInstructionUnderALabelIsPartOfItEvenWhenItsWordsNameAnotherField() {
        List<PracticeSegment> practices = practices(3, TemplateInductionTest::instructedLabels);
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text).noneMatch(t -> t.startsWith("("))
                .contains("Sustainability: (after external funding ends)");
        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::field)
                .contains(tuple("Where to read more: (with links)", TemplateField.MATERIALS));
        PracticeFields second = mapper.map(practices.get(1), template);
        assertThat(second.text(TemplateField.SUSTAINABILITY)).isEqualTo(PLANS[1]);
        assertThat(second.text(TemplateField.FUNDING_SOURCES)).isEqualTo("RBTC-SSTC 1");
        assertThat(second.text(TemplateField.MATERIALS)).isNull();
        assertThat(mapper.map(practices.get(0), template).text(TemplateField.MATERIALS)).isEqualTo("Guide 0");
    }

    @Test
    void anInstructionAPageBreakLeftAmongTheContentIsNoContent() {
        List<PracticeSegment> practices = practices(3, TemplateInductionTest::instructedLabels);

        PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));

        assertThat(first.text(TemplateField.SUSTAINABILITY)).isEqualTo("The ministries have budgeted the course for the next two years.");
    }

    @Test
    void aLabelSetLikeTheFormsWithItsInstructionIsASectionEvenInOnePractice() {
        List<PracticeSegment> practices = practices(3, TemplateInductionTest::instructedLabels);

        PracticeFields third = mapper.map(practices.get(2), mapper.template(practices));

        assertThat(third.text(TemplateField.RESULTS)).isEqualTo(OUTCOMES[2]);
        assertThat(third.otherSections()).containsExactly(new OtherSection("Risks", "Some desks closed."));
        assertThat(third.text(TemplateField.FUNDING_SOURCES)).isEqualTo("RBTC-SSTC 2");
    }

    @Test
    void aRowWhoseBoldLabelHasAPlainInstructionUnderItIsASectionEvenInOnePractice() {
        List<PracticeSegment> practices = practices(3, i -> {
            List<Block> rows = new ArrayList<>(List.of(row("Objective(s)", para(AIMS[i])), row("Results", para(OUTCOMES[i]))));
            if (i == 0) {
                rows.add(new TableRow(List.of(cell(bold("Risks:"), para("(and how they were handled)")),
                        cell(para("Some desks closed."))), 1));
            }
            rows.add(row("Sources of funding", para("RBTC-SSTC")));
            return rows;
        });

        PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));

        assertThat(first.text(TemplateField.RESULTS)).isEqualTo(OUTCOMES[0]);
        assertThat(first.otherSections()).containsExactly(new OtherSection("Risks", "Some desks closed."));
    }

    /** What every practice's funding row says: the same programme first, with a colon, then its own amounts. */
    private static String funds(int i) {
        return "Partnership Programme of the ILO (RBTC): " + (40 + i) + ",000 USD; the ministry paid the travel.";
    }

    @Test
    void contentOpeningTheSameWayInEveryPracticeBetweenTwoNumberedLabelsIsNoLabel() {
        List<PracticeSegment> practices = practices(4, i -> List.<Block>of(
                flat("1) What we aimed at"), flat(AIMS[i]), flat("2) Who joined"), flat(CONTENT[i][1]),
                flat("3) Learning from peers"), flat(CONTENT[i][2]), flat("4) What was new"), flat(CONTENT[i][3]),
                flat("5) Staying power"), flat(PLANS[i]), flat("6) Elsewhere"), flat(CONTENT[i][5]), flat("7) What came of it"), flat(OUTCOMES[i]), flat("8) People to ask"), flat("Jane Roe, roe" + i + "@example.org"),
                flat("9) Where the money came from"), flat(funds(i)), flat("10) Reading"), flat("Guide " + i)));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text).noneMatch(t -> t.startsWith("Partnership Programme"));
        PracticeFields second = mapper.map(practices.get(1), template);
        assertThat(second.text(TemplateField.FUNDING_SOURCES)).isEqualTo(funds(1));
        assertThat(second.otherSections()).isEmpty();
    }

    @Test
    void aPlainLineOpeningTheSameWayUnderABoldLabelInEveryPracticeIsItsContent() {
        List<PracticeSegment> practices = practices(3, i -> List.<Block>of(
                bold("Objective(s)"), para(AIMS[i]), bold("Cooperation"), para(CONTENT[i][1]), bold("Methodology"),
                para(CONTENT[i][2]), bold("Innovation"), para(CONTENT[i][3]), bold("Sustainability"), para(PLANS[i]),
                bold("Adaptability"), para(CONTENT[i][5]), bold("Results"), para(OUTCOMES[i]), bold("Funding sources"), para(funds(i)),
                bold("Materials"), para("Guide " + i)));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text).noneMatch(t -> t.startsWith("Partnership Programme"));
        assertThat(mapper.map(practices.get(0), template).text(TemplateField.FUNDING_SOURCES)).isEqualTo(funds(0));
    }

    @Test
    void anUnnumberedBoldLabelInARowOfItsOwnAmongNumberedLabelRowsIsASection() {
        List<PracticeSegment> practices = practices(3, i -> {
            List<Block> rows = new ArrayList<>(List.of(
                    new TableRow(List.of(cell(bold("1) Objective(s)"))), 1), new TableRow(List.of(cell(para(AIMS[i]))), 1),
                    new TableRow(List.of(cell(bold("7) Results"))), 1), new TableRow(List.of(cell(para(OUTCOMES[i]))), 1)));
            if (i == 0) {
                rows.addAll(List.of(new TableRow(List.of(cell(bold("Difficulties"))), 1),
                        new TableRow(List.of(cell(para("Two ministers changed."))), 1)));
            }
            rows.addAll(List.of(new TableRow(List.of(cell(bold("8) Contact details"))), 1),
                    new TableRow(List.of(cell(para("Jane Roe, roe" + i + "@example.org"))), 1)));
            return rows;
        });

        PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));

        assertThat(first.text(TemplateField.RESULTS)).isEqualTo(OUTCOMES[0]);
        assertThat(first.otherSections()).containsExactly(new OtherSection("Difficulties", "Two ministers changed."));
    }

    @Test
    void aFlattenedHeaderRowWithANumberColumnIsAHeaderAndTheFirstNumberedRowALabel() {
        String[] aims = {"Reduzir os acidentes nos estaleiros.", "Preparar inquéritos ao emprego.", "Organizar os catadores."};
        String[] partners = {"Três inspeções do trabalho.", "Quatro institutos de estatística.", "Duas redes de cooperativas."};
        List<PracticeSegment> practices = practices(3, i -> List.<Block>of(
                flat("N.º Critério Descrição"), flat("1 Propósito da"), flat("cooperação"), flat(aims[i]),
                flat("2 Parceiros e papéis de"), flat("cada um"), flat(partners[i]),
                flat("7 Resultados conseguidos"), flat(OUTCOMES[i])));
        TemplateFieldMapper portuguese = new TemplateFieldMapper(Profiles.bundled().get("pt"));
        CompendiumTemplate template = portuguese.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::mapping)
                .contains(tuple("N.º Critério Descrição", Mapping.HEADER));
        PracticeFields first = portuguese.map(practices.get(0), template);
        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo(aims[0]);
        assertThat(first.text(TemplateField.COOPERATION)).isEqualTo(partners[0]);
        assertThat(first.otherSections()).isEmpty();
    }

    @Test
    void aKeywordAsWrittenWinsOverAnotherFieldsKeywordOneTypoAway() {
        String[] aims = {"Soigner les chauffeurs en route.", "Former les inspecteurs.", "Ouvrir des guichets."};
        List<PracticeSegment> practices = practices(3, i -> List.<Block>of(
                flat("Auteur·rice\u00a0: Personne " + i), flat("Structure\u00a0: Bureau " + i), flat("Intitulé\u00a0: Pratique " + i),
                flat("a) Ce que visait l’échange"), flat(aims[i]),
                flat("b) Partenaires et rôles"), flat(CONTENT[i][1]),
                flat("c) Apprendre entre pairs"), flat(CONTENT[i][2])));
        TemplateFieldMapper french = new TemplateFieldMapper(Profiles.bundled().get("fr"));

        PracticeFields first = french.map(practices.get(0), french.template(practices));

        // "auteur" is AUTHOR's keyword as written, not "acteur" (cooperation) with one letter changed.
        assertThat(first.text(TemplateField.AUTHOR)).isEqualTo("Personne 0");
        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo(aims[0]);
        assertThat(first.text(TemplateField.COOPERATION)).isEqualTo(CONTENT[0][1]);
    }

    @Test
    void aLabelOnTheNextPageAfterARowThatWentOnWithAnEmptyLabelCellIsARowOfItsOwn() {
        List<PracticeSegment> practices = practices(3, i -> {
            List<Block> rows = new ArrayList<>(List.of(row("Objective(s)", para(AIMS[i])),
                    new TableRow(List.of(cell(bold("Results")), cell(para(OUTCOMES[i]))), 1)));
            if (i == 0) {
                rows.add(new TableRow(List.of(cell(), cell(onPage2(para("- 12 more desks opened.")))), 2));
                rows.add(new TableRow(List.of(cell(onPage2(bold("Lessons learned"))), cell(onPage2(para("Start small.")))), 2));
            }
            rows.add(new TableRow(List.of(cell(onPage2(bold("Funding sources"))), cell(onPage2(para("RBTC-SSTC")))), 2));
            return rows;
        });

        PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));

        assertThat(first.text(TemplateField.RESULTS)).isEqualTo(OUTCOMES[0] + "\n- 12 more desks opened.");
        assertThat(first.otherSections()).containsExactly(new OtherSection("Lessons learned", "Start small."));
    }

    @Test
    void aDashSetOffBySpacesEndsAMetaLabelEvenWhereEveryValueOpensWithTheSameWords() {
        List<PracticeSegment> practices = practices(4, i -> List.of(
                flat("Written up by — Author " + (char) ('A' + i) + " Person"),
                flat("Responsible body — Office of the ILO in City " + i),
                flat("Countries involved — " + PLACES[i]),
                flat("Objective(s)"), flat(AIMS[i])));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text).contains("Responsible body")
                .noneMatch(label -> label.contains("Office"));
        assertThat(mapper.map(practices.get(2), template).text(TemplateField.INSTITUTION)).isEqualTo("Office of the ILO in City 2");
    }

    @Test
    void sectionNumbersInAnOrderOfTheOfficesOwnNameNoFieldWhereTheKeywordsSayOtherwise() {
        List<PracticeSegment> practices = practices(3, i -> List.of(
                flat("Section 1: Aims of the exchange"), flat(AIMS[i]),
                flat("Section 2: Results achieved"), flat(OUTCOMES[i]),
                flat("Section 3: Who worked with whom"), flat(CONTENT[i][1]),
                flat("Section 4: Peer learning approach"), flat(CONTENT[i][2]),
                flat("Section 5: Innovative features"), flat(CONTENT[i][3]),
                flat("Section 6: Sustainability"), flat(PLANS[i]),
                flat("Section 7: Replicability"), flat(CONTENT[i][5]),
                flat("Section 8: Funding"), flat("A grant of USD " + (i + 4) + "0,000."),
                flat("Section 9: Contacts"), flat(PEOPLE[i] + ", desk" + i + "@example.org"),
                flat("Section 10: Materials"), flat(CONTENT[i][8])));

        PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));

        assertThat(first.text(TemplateField.COOPERATION)).isEqualTo(CONTENT[0][1]);
        assertThat(first.text(TemplateField.FUNDING_SOURCES)).isEqualTo("A grant of USD 40,000.");
        assertThat(first.text(TemplateField.RESULTS)).isEqualTo(OUTCOMES[0]);
        assertThat(first.text(TemplateField.CONTACT_DETAILS)).isEqualTo(PEOPLE[0] + ", desk0@example.org");
    }

    @Test
    void aRunInLabelClosedByAFullStopInEveryPracticeIsASectionOfItsOwnNotTheMetaLineAboveGoingOn() {
        List<PracticeSegment> practices = practices(3, i -> List.of(
                flat("Author's name: " + PEOPLE[i]),
                flat("Dates: March 202" + i + " to May 202" + (i + 1)),
                flat("In short. " + AIMS[i] + " It took two years."),
                flat("Objective(s)"), flat(AIMS[i]),
                flat("Results"), flat(OUTCOMES[i])));
        PracticeFields second = mapper.map(practices.get(1), mapper.template(practices));

        assertThat(second.text(TemplateField.DATES)).isEqualTo("March 2021 to May 2022");
        assertThat(second.otherSections()).containsExactly(new OtherSection("In short.", AIMS[1] + " It took two years."));
    }

    @Test
    void aLineLetteredOnFromTheTemplatesLettersIsARowTheOfficeAddedWhateverItsWords() {
        List<PracticeSegment> practices = practices(3, i -> {
            List<Block> lines = new ArrayList<>(List.of(flat("a) Objective(s)"), flat(AIMS[i]), flat("b) Cooperation between institutions"),
                    flat(CONTENT[i][1]), flat("j) Materials and web links"), flat("Guide " + i)));
            if (i == 1) {
                lines.addAll(List.of(flat("k) Hurdles and workarounds"), flat("The calendars of the two ministries clashed.")));
            }
            return lines;
        });

        PracticeFields second = mapper.map(practices.get(1), mapper.template(practices));

        assertThat(second.text(TemplateField.MATERIALS)).isEqualTo("Guide 1");
        assertThat(second.otherSections()).containsExactly(
                new OtherSection("k) Hurdles and workarounds", "The calendars of the two ministries clashed."));
    }

    @Test
    void aNumberedLabelInCapitalsWrappedOntoAWordTheProfileKnowsIsOneLabelEvenWithItsNumberAlone() {
        List<PracticeSegment> practices = practices(4, i -> List.of(
                flat("SECTION 1: AIMS OF THE"), flat("EXCHANGE"), flat(AIMS[i]),
                flat("SECTION 2: PEOPLE TO"), flat("CONTACT"), flat(PEOPLE[i] + ", desk" + i + "@example.org"),
                flat("SECTION 3:"), flat("MATERIALS"), flat("AVAILABLE"), flat(CONTENT[i][8])));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text)
                .containsExactly("SECTION 1: AIMS OF THE EXCHANGE", "SECTION 2: PEOPLE TO CONTACT", "SECTION 3: MATERIALS AVAILABLE");
        PracticeFields third = mapper.map(practices.get(2), template);
        assertThat(third.text(TemplateField.CONTACT_DETAILS)).isEqualTo(PEOPLE[2] + ", desk2@example.org");
        assertThat(third.text(TemplateField.MATERIALS)).isEqualTo(CONTENT[2][8]);
    }

    @Test
    void aMetaLabelWhoseValueOpensInLowerCaseInOnePracticeIsStillTheWholeLabelNotItsFirstWord() {
        String[] countries = {"Côte d’Ivoire and Guinea", "Viet Nam and Cambodia", "the member States of SICA", "Niger and India"};
        List<PracticeSegment> practices = practices(4, i -> List.of(
                flat("Case author " + PEOPLE[i]),
                flat("Member States involved " + countries[i]),
                flat("Objective(s)"), flat(AIMS[i])));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text).contains("Member States involved").doesNotContain("Member");
        assertThat(mapper.map(practices.get(0), template).text(TemplateField.COUNTRIES_INVOLVED)).isEqualTo(countries[0]);
        assertThat(mapper.map(practices.get(2), template).text(TemplateField.COUNTRIES_INVOLVED)).isEqualTo(countries[2]);
    }

    @Test
    void barJoinedLabelLinesWrappedInsideALabelAndWordedAsNoTemplateTakeTheirFields() {
        List<PracticeSegment> practices = practices(4, i -> List.of(
                flat("Name of the exchange: Coaching " + i + " | Countries at the"),
                flat("table: " + PLACES[i] + " | Rapporteur: " + PEOPLE[i] + " | Reporting unit: ILO Office " + i),
                flat(""),
                flat("What did the partners want to change?"), flat(AIMS[i]),
                flat("Who brought what to the partnership?"), flat(CONTENT[i][1]),
                flat("How did one peer teach another?"), flat(CONTENT[i][2]),
                flat("What difference can be counted?"), flat(OUTCOMES[i])));
        CompendiumTemplate template = mapper.template(practices);
        PracticeFields third = mapper.map(practices.get(2), template);

        assertThat(third.text(TemplateField.TITLE)).isEqualTo("Coaching 2");
        assertThat(third.text(TemplateField.COUNTRIES_INVOLVED)).isEqualTo(PLACES[2]);
        assertThat(third.text(TemplateField.AUTHOR)).isEqualTo(PEOPLE[2]);
        assertThat(third.text(TemplateField.INSTITUTION)).isEqualTo("ILO Office 2");
        assertThat(third.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[2]);
        assertThat(third.text(TemplateField.COOPERATION)).isEqualTo(CONTENT[2][1]);
        // "counted" is no "countries" mistyped.
        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::field)
                .doesNotContain(tuple("What difference can be counted?", TemplateField.COUNTRIES_INVOLVED));
    }

    @Test
    void rowsNumberedWithFrenchOrdinalsNameTheirFieldsAndARowNumberedBisIsOneTheOfficeAdded() {
        TemplateFieldMapper french = new TemplateFieldMapper(Profiles.bundled().get("fr"));
        String[] rows = {"Raison d’être de la coopération", "Qui a coopéré avec qui", "Apprentissage entre homologues",
            "Part d’innovation", "Ce qui garantit la suite", "Reproductibilité ailleurs", "Résultats atteints",
            "Points focaux à joindre", "Partenaires financiers", "Supports produits et liens"};
        List<PracticeSegment> practices = practices(3, i -> {
            List<Block> blocks = new ArrayList<>();
            for (int r = 0; r < rows.length; r++) {
                blocks.add(row((r + 1) + "°\u00a0" + rows[r] + "\u00a0:", para("Texte " + r + " de la pratique " + i + ".")));
                if (i == 1 && r == 6) {
                    blocks.add(row("7° bis Difficultés rencontrées\u00a0:", para("Les pluies ont coupé les pistes.")));
                }
            }
            return blocks;
        });
        CompendiumTemplate template = french.template(practices);
        PracticeFields second = french.map(practices.get(1), template);

        assertThat(second.text(TemplateField.OBJECTIVES)).isEqualTo("Texte 0 de la pratique 1.");
        assertThat(second.text(TemplateField.COOPERATION)).isEqualTo("Texte 1 de la pratique 1.");
        assertThat(second.text(TemplateField.RESULTS)).isEqualTo("Texte 6 de la pratique 1.");
        assertThat(second.text(TemplateField.CONTACT_DETAILS)).isEqualTo("Texte 7 de la pratique 1.");
        assertThat(second.otherSections()).extracting(OtherSection::text).containsExactly("Les pluies ont coupé les pistes.");
    }

    private static final String[] HOSTS = {"ILO New Delhi", "Foreign Employment Board, Kathmandu", "Ministry of Labour of Ghana",
        "Suva Office for Pacific Island Countries"};

    @Test
    void aMetaKeywordInTheGuidanceOfARowTakesNoFieldFromTheLabelLineAfterTheRowsThatHasIt() {
        List<PracticeSegment> practices = practices(4, i -> List.of(
                flat("The challenge we tackled"), flat(AIMS[i]),
                flat("Partners and roles"), flat(CONTENT[i][1]),
                flat("Who to ask"), flat("Name Organisation E-mail"), flat(PEOPLE[i] + " ILO desk" + i + "@example.org"),
                flat("Where the money came from"), flat("A grant of USD " + (i + 4) + "0,000."),
                flat("Key facts"),
                flat("Write-up by " + PEOPLE[i]),
                flat("Host body " + HOSTS[i]),
                flat("Partner nations " + PLACES[i])));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(mapper.map(practices.get(1), template).text(TemplateField.INSTITUTION)).isEqualTo(HOSTS[1]);
    }

    @Test
    void aLabelInTitleCaseWrappedOntoALineInTitleCaseIsOneLabel() {
        List<PracticeSegment> practices = practices(4, i -> List.of(
                flat("What The Partners Aimed"), flat("For"), flat(AIMS[i]),
                flat("Mutual Learning"), flat("Approach"), flat(CONTENT[i][2]),
                flat("Documents And Web"), flat("Pages"), flat(CONTENT[i][8])));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text)
                .containsExactly("What The Partners Aimed For", "Mutual Learning Approach", "Documents And Web Pages");
        assertThat(mapper.map(practices.get(3), template).text(TemplateField.METHODOLOGY)).isEqualTo(CONTENT[3][2]);
    }

    @Test
    void theFormsQuestionWithItsWordLimitOnTheLineUnderEveryLabelIsGuidanceNotASection() {
        List<PracticeSegment> practices = practices(4, i -> List.of(
                flat("Objective(s)"), flat(AIMS[i]),
                flat("Mutual Learning Approach"), flat("How did peers learn from each other? In 150 words or fewer"),
                flat(CONTENT[i][2]),
                flat("Results"), flat(OUTCOMES[i])));
        CompendiumTemplate template = mapper.template(practices);
        PracticeFields second = mapper.map(practices.get(1), template);

        assertThat(second.text(TemplateField.METHODOLOGY)).isEqualTo(CONTENT[1][2]);
        assertThat(second.otherSections()).isEmpty();
    }

    @Test
    void aRunInLabelOfSevenWordsClosedByAFullStopInEveryPracticeIsALabel() {
        List<PracticeSegment> practices = practices(3, i -> List.of(
                flat("Objective(s)"), flat(AIMS[i]),
                flat("Who joined in and with which role. " + CONTENT[i][1]),
                flat("Results"), flat(OUTCOMES[i])));
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text).contains("Who joined in and with which role.");
        // Its own section (no field by place with so few rows), not the rest of the objectives.
        assertThat(mapper.map(practices.get(1), template).text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[1]);
    }

    @Test
    void aLabelClosedByAFullStopRunsInWhereItStandsAloneElsewhereAndABoldRunInOneSeenOnceIsASectionOfItsOwn() {
        List<PracticeSegment> practices = practices(3, i -> {
            List<Block> blocks = new ArrayList<>(List.of(bold("Starting point and aim."), para(AIMS[i]),
                    labelled("Partners and roles. ", CONTENT[i][1])));
            if (i == 1) {
                blocks.addAll(List.of(labelled("Overall results. ", "Between 2023 and 2025:"), para(OUTCOMES[i])));
                blocks.add(labelled("Obstacles and remedies. ", "Data on wages were scarce."));
            } else {
                blocks.addAll(List.of(bold("Overall results."), para(OUTCOMES[i])));
            }
            return blocks;
        });
        CompendiumTemplate template = mapper.template(practices);
        PracticeFields second = mapper.map(practices.get(1), template);

        assertThat(second.text(TemplateField.RESULTS)).isEqualTo("Between 2023 and 2025:\n" + OUTCOMES[1]);
        assertThat(second.otherSections()).containsExactly(new OtherSection("Obstacles and remedies", "Data on wages were scarce."));
    }

    @Test
    void labelLinesAfterTheSectionsTakeTheMetaFieldsInTheirOrderAndTheLastSectionItsRow() {
        List<PracticeSegment> practices = practices(3, i -> List.of(
                flat("Objective(s)"), flat(AIMS[i]),
                flat("Sustainability"), flat(PLANS[i]),
                flat("Results"), flat(OUTCOMES[i]),
                flat("Contact details"), flat(PEOPLE[i] + ", ILO"),
                flat("Funding sources"), flat(CONTENT[i][7]),
                flat("Going further"), flat(CONTENT[i][8]),
                flat("Fact sheet"),
                flat("Written by: " + PEOPLE[i]),
                flat("Anchor: " + HOSTS[i]),
                flat("Title of the good practice: " + CONTENT[i][0]),
                flat("Countries involved: " + PLACES[i])));
        CompendiumTemplate template = mapper.template(practices);
        PracticeFields third = mapper.map(practices.get(2), template);

        assertThat(third.text(TemplateField.INSTITUTION)).isEqualTo(HOSTS[2]);
        assertThat(third.text(TemplateField.MATERIALS)).isEqualTo(CONTENT[2][8]);
        assertThat(third.text(TemplateField.AUTHOR)).isEqualTo(PEOPLE[2]);
    }

    private static final String[] TITLES = {"Small firms, safer workplaces", "One-stop desks at border crossings",
        "Island to island: solar installers"};

    @Test
    void aCaptionAboveTheCompendiumsOwnTitleLabelIsNoTitleInTablesAndInFlattenedText() {
        List<PracticeSegment> table = practices(3, i -> List.of(bold("PRACTICE PROFILE"),
                row("Practice title", para(TITLES[i])), row("Countries and territories", para(PLACES[i])),
                row("Objective(s)", para(AIMS[i])), row("Results", para(OUTCOMES[i]))));
        List<PracticeSegment> flattened = practices(3, i -> List.of(flat("PRACTICE PROFILE"),
                flat("Practice title " + TITLES[i]), flat("Countries and territories " + PLACES[i]),
                flat("Objective(s)"), flat(AIMS[i]), flat("Results"), flat(OUTCOMES[i])));

        for (List<PracticeSegment> practices : List.of(table, flattened)) {
            PracticeFields first = mapper.map(practices.get(0), mapper.template(practices));
            assertThat(first.text(TemplateField.TITLE)).isEqualTo(TITLES[0]);
        }
    }

    @Test
    void theGuidanceUnderALabelIsGuidanceWhereAPageBreakPutsItAmongTheContent() {
        List<PracticeSegment> practices = practices(3, i -> {
            List<Block> blocks = new ArrayList<>(List.of(flat("Purpose and starting point"),
                    flat("What problem did the exchange set out to solve?"), flat(AIMS[i])));
            if (i == 2) {
                // The row broke across the page: its label beside its first line, the guidance at the top of the next page.
                blocks.addAll(List.of(flat("Sustainability " + PLANS[i]), flat("What will keep the practice going?"),
                        flat("Its partners renewed the agreement.")));
            } else {
                blocks.addAll(List.of(flat("Sustainability"), flat("What will keep the practice going?"), flat(PLANS[i])));
            }
            blocks.addAll(List.of(flat("Results"), flat("Which results can you show?"), flat(OUTCOMES[i])));
            return blocks;
        });
        CompendiumTemplate template = mapper.template(practices);
        PracticeFields third = mapper.map(practices.get(2), template);

        assertThat(template.labels()).filteredOn(l -> l.mapping() == Mapping.GUIDANCE).extracting(TemplateLabel::text)
                .contains("What will keep the practice going?");
        assertThat(third.text(TemplateField.SUSTAINABILITY)).isEqualTo(PLANS[2] + " Its partners renewed the agreement.");
    }

    @Test
    void theGuidanceUnderALabelAPageBreakSplitInOnePracticeIsStillGuidance() {
        // "Mutual Learning" beside the first content line at a page's foot, "Approach" and the question on the next page.
        List<PracticeSegment> practices = practices(4, i -> {
            List<Block> blocks = new ArrayList<>(List.of(flat("Objective(s)"), flat(AIMS[i])));
            if (i == 1) {
                blocks.addAll(List.of(flat("Mutual Learning " + CONTENT[i][2]), flat("Page 4"), flat("Approach"),
                        flat("How did peers learn from each"), flat("other? In 150 words or fewer"), flat("Two visits followed.")));
            } else {
                blocks.addAll(List.of(flat("Mutual Learning"), flat("Approach"), flat("How did peers learn from each"),
                        flat("other? In 150 words or fewer"), flat(CONTENT[i][2])));
            }
            blocks.addAll(List.of(flat("Results"), flat(OUTCOMES[i])));
            return blocks;
        });
        CompendiumTemplate template = mapper.template(practices);

        assertThat(mapper.map(practices.get(2), template).text(TemplateField.METHODOLOGY)).isEqualTo(CONTENT[2][2]);
        assertThat(template.labels()).filteredOn(l -> l.mapping() == Mapping.GUIDANCE).extracting(TemplateLabel::text)
                .contains("How did peers learn from each other");
    }

    @Test
    void aWordsHeadOpeningEveryFundingRowAmongLabelsAloneOnTheirLinesIsContent() {
        List<PracticeSegment> practices = practices(4, i -> List.of(
                flat("Purpose and starting point"), flat(AIMS[i]),
                flat("Partnership map"), flat(CONTENT[i][1]),
                flat("Peer exchange in practice"), flat(CONTENT[i][2]),
                flat("Results"), flat(OUTCOMES[i]),
                flat("Funding sources"), flat("ILO RBTC-SSTC: US$ " + (i + 4) + "0,000; ministries: staff time."),
                flat("Materials and web-links"), flat(CONTENT[i][8])));
        CompendiumTemplate template = mapper.template(practices);
        PracticeFields first = mapper.map(practices.get(0), template);

        assertThat(first.text(TemplateField.FUNDING_SOURCES)).isEqualTo("ILO RBTC-SSTC: US$ 40,000; ministries: staff time.");
        assertThat(first.text(TemplateField.MATERIALS)).isEqualTo(CONTENT[0][8]);
    }

    private static final String[] LEADS = {"Dulce Semedo Fortes", "Edmundo Cassoma Neto", "Natalino da Costa Belo"};

    @Test
    void flattenedRunInLabelsClosedByAFullStopAndAGenderMarkedMetaLabelAreTheTemplatesWhateverTheirFirstWord() {
        TemplateFieldMapper portuguese = new TemplateFieldMapper(Profiles.bundled().get("pt"));
        List<PracticeSegment> practices = practices(3, i -> List.of(
                flat("Organismo coordenador:"), flat(""), flat(HOSTS[i]), flat(""),
                flat("Autor(a) do relato: " + LEADS[i]), flat(""),
                flat("Ponto de partida e finalidade. " + CONTENT[i][0]),
                flat("Quem se juntou e com que papel. " + CONTENT[i][1]),
                flat("O intercâmbio, passo a passo. " + CONTENT[i][2]),
                flat("O que trouxe de diferente. " + CONTENT[i][3]),
                flat("Condições para perdurar. " + CONTENT[i][4]),
                flat("Aplicação noutros contextos. " + CONTENT[i][5]),
                flat("Balanço dos resultados."), flat(CONTENT[i][6]),
                flat("A quem se dirigir."), flat(LEADS[i] + " (coordenador do projeto, Escritório da OIT em"),
                flat("Lisboa): lead" + i + "@ilo.org"),
                flat("Quem suportou os custos. " + PLANS[i]),
                flat("Documentos e sítios na Internet. " + CONTENT[i][8])));
        CompendiumTemplate template = portuguese.template(practices);
        PracticeFields second = portuguese.map(practices.get(1), template);

        assertThat(template.labels()).extracting(TemplateLabel::text).doesNotContain("Lisboa)");
        assertThat(second.text(TemplateField.AUTHOR)).isEqualTo(LEADS[1]);
        assertThat(second.text(TemplateField.INNOVATION)).isEqualTo(CONTENT[1][3]);
        assertThat(second.text(TemplateField.FUNDING_SOURCES)).isEqualTo(PLANS[1]);
        assertThat(second.otherSections()).isEmpty();
    }

    private static final String[] HOSTS_EN = {"Coastal Skills Agency", "Island Training Board", "Delta TVET Council"};

    /** Bold question labels, two of whose keywords name fields out of their place; contacts as a table with a header row. */
    private static List<Block> questionLabels(int i) {
        String[] c = CONTENT[i];
        return List.of(
                labelled("Writer", " – " + PEOPLE[i]), labelled("Agency", " – " + HOSTS_EN[i]), labelled("When", " – 2024-2025"),
                labelled("Practice name", " – " + AIMS[i]), labelled("Who took part", " – " + PLACES[i]),
                bold("What were we trying to fix?"), para(c[0]),
                bold("Who did what?"), para(c[1]),
                bold("How did the peers pass on what they knew?"), para(c[2]),
                bold("What was different this time?"), para(c[3]),
                bold("Will it outlast the funding?"), para(c[4]),
                bold("Could another country pick it up?"), para(c[5]),
                bold("What has it delivered so far?"), para(c[6]),
                bold("Who should you call?"),
                new TableRow(List.of(cell(bold("Name")), cell(bold("Role")), cell(bold("Agency")), cell(bold("Email"))), 1),
                new TableRow(List.of(cell(para(PEOPLE[i])), cell(para("Coordinator")), cell(para(HOSTS_EN[i])),
                        cell(para("lead" + i + "@example.org"))), 1),
                new TableRow(List.of(cell(para(PEOPLE[i + 1])), cell(para("Trainer")), cell(para(HOSTS_EN[i])),
                        cell(para("trainer" + i + "@example.org"))), 1),
                bold("Who footed the bill?"), para(c[7]),
                bold("What can you download?"), para(c[8]));
    }

    @Test
    void aKeywordOutOfTheTemplatesOrderYieldsToThePlaceOfTheLabelsAroundIt() {
        List<PracticeSegment> practices = practices(3, TemplateInductionTest::questionLabels);
        CompendiumTemplate template = mapper.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text, TemplateLabel::field)
                .contains(tuple("Who took part", TemplateField.COUNTRIES_INVOLVED),
                        tuple("What was different this time?", TemplateField.INNOVATION),
                        tuple("Will it outlast the funding?", TemplateField.SUSTAINABILITY),
                        tuple("Could another country pick it up?", TemplateField.ADAPTABILITY),
                        tuple("What has it delivered so far?", TemplateField.RESULTS),
                        tuple("Who should you call?", TemplateField.CONTACT_DETAILS),
                        tuple("Who footed the bill?", TemplateField.FUNDING_SOURCES));
        PracticeFields second = mapper.map(practices.get(1), template);
        assertThat(second.text(TemplateField.COUNTRIES_INVOLVED)).isEqualTo(PLACES[1]);
        assertThat(second.text(TemplateField.SUSTAINABILITY)).isEqualTo(CONTENT[1][4]);
        assertThat(second.text(TemplateField.FUNDING_SOURCES)).isEqualTo(CONTENT[1][7]);
    }

    @Test
    void aContactTableWhoseBoldHeaderRowNoProfileWordingNamesIsTheContentOfItsSection() {
        List<PracticeSegment> practices = practices(3, TemplateInductionTest::questionLabels);
        CompendiumTemplate template = mapper.template(practices);
        PracticeFields first = mapper.map(practices.get(0), template);

        assertThat(template.labels()).extracting(TemplateLabel::text).doesNotContain("Name");
        assertThat(first.text(TemplateField.AUTHOR)).isEqualTo(PEOPLE[0]);
        assertThat(first.text(TemplateField.CONTACT_DETAILS)).contains("Name", "Role", PEOPLE[0], "lead0@example.org");
    }
}
