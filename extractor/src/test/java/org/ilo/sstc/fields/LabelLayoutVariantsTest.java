package org.ilo.sstc.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.sstc.layout.Lines.bold;
import static org.ilo.sstc.layout.Lines.cell;
import static org.ilo.sstc.layout.Lines.flat;
import static org.ilo.sstc.layout.Lines.labelled;
import static org.ilo.sstc.layout.Lines.para;
import static org.ilo.sstc.layout.Lines.row;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.model.OtherSection;
import org.ilo.sstc.profile.Profiles;
import org.ilo.sstc.segment.PracticeSegment;
import org.junit.jupiter.api.Test;

/** Label layouts of compendia from other offices (invented text): how their labels are told and read. */
class LabelLayoutVariantsTest {

    private static final String[] AIMS = {"Train mine rescue brigades.", "Certify solar electricians.", "Open job centres."};
    private static final String[] GAINS = {"36 brigade members trained.", "386 young people certified.", "12 centres opened."};
    private static final String[] PEOPLE = {"Jane Roe", "Ama Mensah", "Li Wei"};
    private static final String[] PARTNERS = {"Angola", "Moçambique", "Cabo Verde"};

    @Test
    void headingLabelsWithATabAfterTheirWordNumberingAreLabels() {
        // A PDF writes Word's list mark and its tab stop: "1.<tab>Objetivo de la cooperación".
        Read read = read("es", 3, i -> List.of(
                bold("1.\tObjetivo de la cooperación"), para(AIMS[i]),
                bold("2.\tResultados obtenidos"), para(GAINS[i])));

        assertAimsAndGains(read, 1);
    }

    @Test
    void aLabelInCapitalsWrappedOverLinesAfterABracketedLetterIsOneLabel() {
        Read read = read("pt", 3, i -> List.of(
                flat("A) OBJETIVO DA"), flat("PARCERIA"), flat(""), flat(AIMS[i]),
                flat("B) INSTITUIÇÕES E"), flat("PAÍSES ENVOLVIDOS E"), flat("SEUS PAPÉIS"), flat(""), flat((i + 2) + " ministérios."),
                flat("C) COMO OS PARES"), flat("APRENDERAM UNS COM"), flat("OS OUTROS"), flat(""), flat((i + 2) + " visitas de estudo."),
                flat("G) RESULTADOS"), flat("OBTIDOS"), flat(""), flat(GAINS[i])));

        assertThat(read.template().labels()).extracting(TemplateLabel::text).contains("A) OBJETIVO DA PARCERIA",
                "B) INSTITUIÇÕES E PAÍSES ENVOLVIDOS E SEUS PAPÉIS", "C) COMO OS PARES APRENDERAM UNS COM OS OUTROS");
        assertAimsAndGains(read, 0);
        assertThat(read.practice(0).text(TemplateField.METHODOLOGY)).isEqualTo("2 visitas de estudo.");
    }

    @Test
    void aRowAfterTheFirstRowIsNoLabelLineWhateverItsKeywordSays() {
        // "Instituições …" has the keyword of the institution line, but stands between two rows: the cooperation row.
        Read read = read("pt", 3, i -> List.of(
                labelled("Autoria: ", PEOPLE[i]),
                row("Objetivo da parceria", para(AIMS[i])),
                row("Instituições e países envolvidos e seus papéis", para("Dois ministérios e " + (i + 2) + " centros.")),
                row("Como os pares aprenderam", para("Visitas de estudo.")),
                row("Resultados obtidos", para(GAINS[i]))));

        PracticeFields third = read.practice(2);
        assertThat(third.text(TemplateField.COOPERATION)).isEqualTo("Dois ministérios e 4 centros.");
        assertThat(third.text(TemplateField.INSTITUTION)).isNull();
        assertThat(third.text(TemplateField.AUTHOR)).isEqualTo(PEOPLE[2]);
    }

    @Test
    void labelLinesSetOffFromTheirValueByADashAreReadWithoutIt() {
        Read read = read("en", 3, i -> List.of(
                labelled("Lead writer", " – " + PEOPLE[i]),
                labelled("Responsible body", " – ILO Office " + (i + 1)),
                row("Objective(s)", para(AIMS[i])),
                row("Results", para(GAINS[i]))));

        assertLabelLines(read.practice(1), PEOPLE[1], "ILO Office 2");
    }

    @Test
    void theGuidanceUnderABoldLabelInItsCellIsNoPartOfTheLabel() {
        Read read = read("en", 3, i -> List.of(
                guided("Aims Of The Exchange", "In 100 words or fewer", AIMS[i]),
                guided("Long-Term Viability", "Why will it last?", "Levies pay for it " + i + "."),
                guided("Outputs And Outcomes", "List the main results; give figures where you can", GAINS[i])));

        assertThat(read.template().labels()).extracting(TemplateLabel::text)
                .containsExactly("Aims Of The Exchange", "Long-Term Viability", "Outputs And Outcomes");
        assertAimsAndGains(read, 0);
        assertThat(read.practice(0).text(TemplateField.SUSTAINABILITY)).isEqualTo("Levies pay for it 0.");
    }

    @Test
    void aLabelWithTheKeywordsOfTwoFieldsLeavesTheOneALaterLabelNeedsToThatLabel() {
        Read read = read("en", 3, i -> List.of(
                guided("What The Partners Aimed For", "In 100 words or fewer", AIMS[i]),
                guided("Division Of Tasks Among Partners", "Name the institutions", (i + 2) + " inspectorates."),
                guided("Outputs And Outcomes", "List the main results", GAINS[i])));

        PracticeFields first = read.practice(0);
        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[0]);
        assertThat(first.text(TemplateField.COOPERATION)).isEqualTo("2 inspectorates.");
        assertThat(first.otherSections()).isEmpty();
    }

    @Test
    void aShortLabelInCapitalsNumberedLikeTheRowsIsALabelNotAnAcronym() {
        Read read = read("pt", 3, i -> List.of(
                flat("A) OBJETIVO"), flat(""), flat(AIMS[i]),
                flat("B) APOIO RECEBIDO"), flat(""), flat("Fundo " + (i + 1) + " e OIT."),
                flat("C) RESULTADOS"), flat(""), flat(GAINS[i])));

        assertThat(read.template().labels()).extracting(TemplateLabel::text).contains("B) APOIO RECEBIDO");
        assertThat(read.practice(1).text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[1]);
    }

    @Test
    void aLabelWordOpeningTheLineAfterOneEndingOnAFunctionWordGoesOnWithTheSentence() {
        // Flattened text puts a blank line inside the sentence: "… en la historia del" / "" / "Fondo Nacional."
        Read read = read("es", 3, i -> List.of(
                flat("Resultados: " + (i + 12) + " prestaciones pagadas por primera vez en la historia del"),
                para(new String[] {"Fondo Nacional.", "Instituto Nacional.", "Seguro Social."}[i]),
                flat("Datos de contacto: desk" + i + "@example.org"),
                flat("Fuentes de financiamiento: OIT y Fondo " + i)));

        PracticeFields first = read.practice(0);
        assertThat(first.text(TemplateField.RESULTS)).isEqualTo("12 prestaciones pagadas por primera vez en la historia del Fondo Nacional.");
        assertThat(first.text(TemplateField.FUNDING_SOURCES)).isEqualTo("OIT y Fondo 0");
    }

    @Test
    void aGridOfLabelLinesTwoToARowGivesEachLabelItsValue() {
        Read read = read("en", 3, i -> List.of(
                new TableRow(List.of(cell(bold("Note written by")), cell(para(PEOPLE[i])), cell(bold("Agency")),
                        cell(para("ILO Office " + i))), 1),
                new TableRow(List.of(cell(bold("Countries")), cell(para("Jordan and Lebanon"))), 1),
                row("Objective(s)", para(AIMS[i])),
                row("Results", para(GAINS[i]))));

        assertLabelLines(read.practice(1), PEOPLE[1], "ILO Office 1");
    }

    @Test
    void runInLabelsSetOffByAnEmDashAreReadWithoutItAndAloneBeforeAList() {
        Read read = read("en", 3, i -> List.of(
                para("Aim of the partnership — " + AIMS[i]),
                para("Achievements so far —"), para("- " + GAINS[i]), para("- " + (i + 3) + " committees."),
                para("Money and in-kind support — ILO and fund " + i + ".")));

        PracticeFields first = read.practice(0);
        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[0]);
        assertThat(first.text(TemplateField.RESULTS)).isEqualTo("- " + GAINS[0] + "\n- 3 committees.");
        assertThat(first.text(TemplateField.FUNDING_SOURCES)).isEqualTo("ILO and fund 0.");
    }

    @Test
    void aCaptionThatEndsEveryPracticeIsNoSectionAndLeavesTheOrderToTheRows() {
        // "Case study" above the next practice's heading ends each practice but the last.
        Read read = read("en", 4, i -> {
            List<Block> blocks = new ArrayList<>(List.of(
                    row("Objective(s)", para(AIMS[i % 3])),
                    row("Results", para(GAINS[i % 3])),
                    row("Get in touch", para("desk" + i + "@example.org")),
                    row("Money and in-kind support", para("Fund " + i + ".")),
                    row("Find out more", para("www.example" + i + ".org"))));
            if (i < 3) {
                blocks.add(para("Case study"));
            }
            return blocks;
        });

        assertThat(read.template().labels()).filteredOn(l -> l.text().equals("Find out more"))
                .extracting(TemplateLabel::field).containsExactly(TemplateField.MATERIALS);
    }

    @Test
    void labelLinesInATablePrintedAfterTheSectionsUnderACaptionKeepTheirFields() {
        Read read = read("en", 3, i -> List.of(
                heading2("Objectives"), para(AIMS[i]),
                heading2("Results achieved"), para(GAINS[i]),
                heading2("Contact details"),
                new TableRow(List.of(cell(bold("Name")), cell(bold("Organisation")), cell(bold("E-mail"))), 1),
                new TableRow(List.of(cell(para(PEOPLE[i])), cell(para("ILO Office " + i)), cell(para("desk" + i + "@ilo.example"))), 1),
                new TableRow(List.of(cell(bold("Key facts"))), 1),
                new TableRow(List.of(cell(bold("Title in full")), cell(para("Fair recruitment desks " + i))), 1),
                new TableRow(List.of(cell(bold("Write-up by")), cell(para(PEOPLE[i]))), 1),
                new TableRow(List.of(cell(bold("Host body")), cell(para("ILO Office " + i))), 1)));

        PracticeFields second = read.practice(1);
        assertThat(second.text(TemplateField.TITLE)).isEqualTo("Fair recruitment desks 1");
        assertLabelLines(second, PEOPLE[1], "ILO Office 1");
        assertThat(second.text(TemplateField.CONTACT_DETAILS)).startsWith("Name").contains(PEOPLE[1]);
        assertThat(second.text(TemplateField.RESULTS)).isEqualTo(GAINS[1]);
    }

    private static TextLine heading2(String text) {
        return new TextLine(text, 1, text.length(), true, 13f, org.ilo.sstc.layout.LineStart.PARAGRAPH,
                org.ilo.sstc.layout.LineRole.BODY, List.of());
    }

    @Test
    void aColumnThatOnlyNumbersTheRowsIsNoLabel() {
        Read read = read("pt", 3, i -> List.of(
                new TableRow(List.of(cell(bold("N.º")), cell(bold("Critério")), cell(bold("Descrição"))), 1),
                new TableRow(List.of(cell(para("1")), cell(bold("Propósito da cooperação")), cell(para(AIMS[i]))), 1),
                new TableRow(List.of(cell(para("7")), cell(bold("Resultados conseguidos")), cell(para(GAINS[i]))), 1)));

        assertAimsAndGains(read, 0);
    }

    @Test
    void aTableOfFiguresInsideASectionIsPartOfItsTextAndOpensNoLabel() {
        Read read = read("en", 3, i -> List.of(
                bold("Objectives"), para(AIMS[i]),
                bold("Results achieved"), para(GAINS[i]),
                new TableRow(List.of(cell(bold("Indicator")), cell(bold("Baseline")), cell(bold("2025"))), 1),
                new TableRow(List.of(cell(para("Crew members covered by a written contract")), cell(para((30 + i) + "%")),
                        cell(para("81%"))), 1),
                para((i + 2) + " agencies lost their licences."),
                bold("Funding sources"), para("ILO and fund " + i + ".")));

        PracticeFields first = read.practice(0);
        assertThat(first.text(TemplateField.RESULTS)).isEqualTo(GAINS[0] + "\nIndicator Baseline 2025\n"
                + "Crew members covered by a written contract 30% 81%\n2 agencies lost their licences.");
        assertThat(first.text(TemplateField.AUTHOR)).isNull();
        assertThat(first.text(TemplateField.FUNDING_SOURCES)).isEqualTo("ILO and fund 0.");
    }

    @Test
    void rowsNumberedOneToTenNameTheTemplatesRowsInOrderWhateverTheirKeywordsSay() {
        String[] labels = {"Visée de la coopération", "Institutions et pays engagés", "Modalités de l’apprentissage mutuel",
            "Apports inédits", "Facteurs de pérennisation", "Potentiel de diffusion", "Retombées observées",
            "Pour joindre l’équipe", "Provenance des financements", "Lectures et liens"};
        Read read = read("fr", 3, i -> {
            List<Block> blocks = new ArrayList<>();
            for (int k = 0; k < labels.length; k++) {
                blocks.add(heading2((k + 1) + ". " + labels[k]));
                blocks.add(para("Texte " + k + " de la pratique " + i + "."));
            }
            return blocks;
        });

        PracticeFields first = read.practice(0);
        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo("Texte 0 de la pratique 0.");
        assertThat(first.text(TemplateField.COOPERATION)).isEqualTo("Texte 1 de la pratique 0.");
        assertThat(first.text(TemplateField.MATERIALS)).isEqualTo("Texte 9 de la pratique 0.");
        assertThat(first.text(TemplateField.INSTITUTION)).isNull();
    }

    @Test
    void labelLinesASemicolonJoinsAreReadApart() {
        Read read = read("en", 3, i -> List.of(
                labelled("Prepared by:", " " + PEOPLE[i] + "; Unit: ILO Office " + (i + 1)),
                row("Objective(s)", para(AIMS[i])),
                row("Results", para(GAINS[i]))));

        assertLabelLines(read.practice(2), PEOPLE[2], "ILO Office 3");
    }

    @Test
    void aLabelLineWhoseValueIsAListGivesItsItemsInOrder() {
        String[][] countries = {{"Jordan", "Lebanon", "Iraq"}, {"Egypt", "Tunisia"}, {"Oman", "Egypt", "Jordan"}};
        Read read = read("en", 3, i -> {
            List<Block> blocks = new ArrayList<>(List.of(bold("Countries involved:")));
            for (String country : countries[i]) {
                blocks.add(para("- " + country));
            }
            blocks.addAll(List.of(row("Objective(s)", para(AIMS[i])), row("Results", para(GAINS[i]))));
            return blocks;
        });

        assertThat(read.practice(0).text(TemplateField.COUNTRIES_INVOLVED)).isEqualTo("Jordan, Lebanon, Iraq");
    }

    @Test
    void aProfileWordingCarriedOnByTheSameWordInEveryPracticeIsReadWithThatWord() {
        String[] periodes = {"mars 2023 – juin 2024", "janvier – décembre 2024", "octobre 2022 – mai 2025"};
        Read read = read("fr", 3, i -> List.of(
                flat("Intitulé de la pratique : Pêche " + i),
                flat("Durée envisagée " + periodes[i]),
                flat("A. Finalité de l’expérience : Former des pêcheurs."),
                flat("G. Résultats obtenus : " + (i + 10) + " coopératives créées.")));

        assertThat(read.template().labels()).extracting(TemplateLabel::text).contains("Durée envisagée");
        for (int i = 0; i < 3; i++) {
            assertThat(read.practice(i).text(TemplateField.DATES)).isEqualTo(periodes[i]);
        }
    }

    @Test
    void aRowNumberedBeyondTheTemplatesRowsOpensASectionEvenAfterContentWithNoFullStop() {
        String[] guides = {"Manuel du filet – fiche", "Guide du pêcheur – vidéo", "Carte des ports – atlas"};
        Read read = read("fr", 3, i -> {
            List<Block> lines = new ArrayList<>(List.of(
                    flat("Intitulé de la pratique : Pêche " + i),
                    flat("(i) Objectif(s) Former des pêcheurs."),
                    flat("(ii) Résultats " + (i + 10) + " coopératives créées."),
                    flat("(iii) Matériels et liens web " + guides[i])));
            if (i == 1) {
                lines.add(flat("(iv) Leçons apprises Les petites équipes fonctionnent mieux."));
            }
            return lines;
        });

        PracticeFields second = read.practice(1);
        assertThat(second.text(TemplateField.MATERIALS)).isEqualTo(guides[1]);
        assertThat(second.otherSections()).extracting(OtherSection::label).containsExactly("Leçons apprises");
    }

    @Test
    void aTableOfLabelColumnsOverOneRowOfValuesGivesEachLabelItsValue() {
        // "Responsável | Instituição | Vigência | Nome da prática | Países" over one row of values, then bold labels.
        Read read = read("pt", 3, i -> List.of(
                new TableRow(List.of(cell(bold("Responsável")), cell(bold("Instituição")), cell(bold("Vigência")),
                        cell(bold("Nome da prática")), cell(bold("Países"))), 1),
                new TableRow(List.of(cell(para(PEOPLE[i])), cell(para("Escritório " + i)), cell(para("2023 a 202" + (i + 4))),
                        cell(para("Prática " + i)), cell(para("Brasil e Angola"))), 1),
                bold("OBJETIVO DA COOPERAÇÃO:"), para(AIMS[i]),
                bold("CONQUISTAS ALCANÇADAS:"), para(GAINS[i])));

        PracticeFields second = read.practice(1);
        assertLabelLines(second, PEOPLE[1], "Escritório 1");
        assertThat(second.text(TemplateField.DATES)).isEqualTo("2023 a 2025");
        assertThat(second.text(TemplateField.TITLE)).isEqualTo("Prática 1");
        assertThat(second.text(TemplateField.COUNTRIES_INVOLVED)).isEqualTo("Brasil e Angola");
        assertThat(second.text(TemplateField.RESULTS)).isEqualTo(GAINS[1]);
    }

    @Test
    void theFlattenedTextOfLabelColumnsGivesEachLabelItsParagraphAndLeavesTheDatesToAMissingOne() {
        // Tika's text of the table above: the labels on one line, then the cells one paragraph each; the third
        // practice left "Vigência" empty, so its text has one paragraph fewer.
        Read read = read("pt", 3, i -> {
            List<Block> lines = new ArrayList<>(List.of(flat("Responsável Instituição Vigência Nome da prática Países"),
                    flat(PEOPLE[i].split(" ")[0]), flat(PEOPLE[i].split(" ")[1]), flatParagraph("Escritório da OIT"), flat("no polo " + i)));
            if (i < 2) {
                lines.add(flatParagraph("abril de 2023 a"));
                lines.add(flat("junho de 202" + (i + 4)));
            }
            lines.addAll(List.of(flatParagraph("Prática " + i), flatParagraph("Brasil e"), flat(PARTNERS[i]),
                    flatParagraph("OBJETIVO DA COOPERAÇÃO:"), flatParagraph(AIMS[i]),
                    flatParagraph("CONQUISTAS ALCANÇADAS:"), flatParagraph(GAINS[i])));
            return lines;
        });

        PracticeFields first = read.practice(0);
        assertLabelLines(first, PEOPLE[0], "Escritório da OIT no polo 0");
        assertThat(first.text(TemplateField.DATES)).isEqualTo("abril de 2023 a junho de 2024");
        assertThat(first.text(TemplateField.COUNTRIES_INVOLVED)).isEqualTo("Brasil e Angola");
        PracticeFields third = read.practice(2);
        assertLabelLines(third, PEOPLE[2], "Escritório da OIT no polo 2");
        assertThat(third.text(TemplateField.DATES)).isEmpty();
        assertThat(third.text(TemplateField.TITLE)).isEqualTo("Prática 2");
        assertThat(third.text(TemplateField.COUNTRIES_INVOLVED)).isEqualTo("Brasil e Cabo Verde");
        assertThat(third.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[2]);
    }

    @Test
    void aWordInBracketsNamingTheIconBeforeEachLabelOfFlattenedTextSetsTheLabelOff() {
        // "[target] What we aimed for In the valleys …": the label cell and the content's first line on one line, or
        // the label wrapped in its cell, alone on its lines.
        String[] partners = {"The ministries of Chad and Niger.", "Two unions and a college.", "Employment agencies of both.",
            "A training centre and the ILO."};
        Read read = read("en", 4, i -> List.of(
                flat("[target] What we aimed for " + AIMS[i % 3]),
                flat("[handshake] Partners and"), flat("their roles"), flatParagraph(partners[i]),
                flat("[chart] Results so far " + GAINS[i % 3])));

        PracticeFields second = read.practice(1);
        assertThat(second.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[1]);
        assertThat(second.text(TemplateField.COOPERATION)).isEqualTo(partners[1]);
        assertThat(second.text(TemplateField.RESULTS)).isEqualTo(GAINS[1]);
    }

    @Test
    void contentThatOpensMostPracticesLabelUpToAColonStaysContent() {
        // "Funds from ILO RBTC funds: USD 41,000" in three practices of four: the label is "Funds from", as in the fourth.
        Read read = read("en", 4, i -> List.of(
                flat("Aim of the exchange " + AIMS[i % 3]),
                flat("Funds from " + (i == 0 ? "the Government of Chile and the ILO." : "ILO RBTC funds: USD " + (i + 40) + ",000."))));

        assertThat(read.practice(0).text(TemplateField.FUNDING_SOURCES)).isEqualTo("the Government of Chile and the ILO.");
        assertThat(read.practice(2).text(TemplateField.FUNDING_SOURCES)).isEqualTo("ILO RBTC funds: USD 42,000.");
    }

    @Test
    void aLabelAloneOnItsLineClosedByAColonDoesNotGoOnOverTheLabelLinesOfItsContent() {
        // Flattened text: "CONTATOS DA EQUIPE:" alone, then the contact's own "Nome: …" lines in every practice.
        Read read = read("pt", 3, i -> List.of(
                flatParagraph("Responsável: " + PEOPLE[i]), flat("Países: Brasil e " + PARTNERS[i]),
                flatParagraph("OBJETIVO DA COOPERAÇÃO:"), flatParagraph(AIMS[i]),
                flatParagraph("CONTATOS DA EQUIPE:"), flatParagraph("Nome: " + PEOPLE[i]), flat("Cargo: Oficial " + i),
                flatParagraph("Nome: " + PEOPLE[(i + 1) % 3]), flat("Cargo: Diretora em " + PARTNERS[i]),
                flatParagraph("APOIO FINANCEIRO:"), flatParagraph("OIT " + i)));

        assertThat(read.practice(1).text(TemplateField.CONTACT_DETAILS))
                .isEqualTo("Nome: " + PEOPLE[1] + "\nCargo: Oficial 1\nNome: " + PEOPLE[2] + "\nCargo: Diretora em Moçambique");
    }

    /** A compendium of {@code count} practices in {@code language}, as the fields stage reads it: its template, then a practice. */
    private record Read(TemplateFieldMapper mapper, List<PracticeSegment> practices, CompendiumTemplate template) {
        PracticeFields practice(int i) {
            return mapper.map(practices.get(i), template);
        }
    }

    private static Read read(String language, int count, IntFunction<List<Block>> practice) {
        TemplateFieldMapper mapper = new TemplateFieldMapper(Profiles.bundled().get(language));
        List<PracticeSegment> practices = TemplateInductionTest.practices(count, practice);
        return new Read(mapper, practices, mapper.template(practices));
    }

    /** Practice {@code i} of {@code read} has the objectives and results the tests gave it. */
    private static void assertAimsAndGains(Read read, int i) {
        PracticeFields practice = read.practice(i);
        assertThat(practice.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[i]);
        assertThat(practice.text(TemplateField.RESULTS)).isEqualTo(GAINS[i]);
    }

    private static void assertLabelLines(PracticeFields practice, String author, String institution) {
        assertThat(practice.text(TemplateField.AUTHOR)).isEqualTo(author);
        assertThat(practice.text(TemplateField.INSTITUTION)).isEqualTo(institution);
    }

    /** A line of flattened text after a blank line: it certainly opens a paragraph. */
    private static TextLine flatParagraph(String text) {
        return new TextLine(text, 0, 0, false, 0f, LineStart.PARAGRAPH, LineRole.BODY, List.of());
    }

    /** A row whose label cell holds the bold label and, under it, the form's guidance in plain type. */
    private static TableRow guided(String label, String guidance, String content) {
        return new TableRow(List.of(cell(bold(label), para(guidance)), cell(para(content))), 1);
    }
}
