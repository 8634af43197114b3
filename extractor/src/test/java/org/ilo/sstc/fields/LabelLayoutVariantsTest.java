package org.ilo.sstc.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.sstc.layout.Lines.bold;
import static org.ilo.sstc.layout.Lines.cell;
import static org.ilo.sstc.layout.Lines.flat;
import static org.ilo.sstc.layout.Lines.labelled;
import static org.ilo.sstc.layout.Lines.para;
import static org.ilo.sstc.layout.Lines.row;

import java.util.List;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.profile.Profiles;
import org.ilo.sstc.segment.PracticeSegment;
import org.junit.jupiter.api.Test;

/** Label layouts of compendia from other offices (invented text): how their labels are told and read. */
class LabelLayoutVariantsTest {

    private static final String[] AIMS = {"Train mine rescue brigades.", "Certify solar electricians.", "Open job centres."};
    private static final String[] GAINS = {"36 brigade members trained.", "386 young people certified.", "12 centres opened."};
    private static final String[] PEOPLE = {"Jane Roe", "Ama Mensah", "Li Wei"};

    @Test
    void headingLabelsWithATabAfterTheirWordNumberingAreLabels() {
        // A PDF writes Word's list mark and its tab stop: "1.<tab>Objetivo de la cooperación".
        TemplateFieldMapper spanish = new TemplateFieldMapper(Profiles.bundled().get("es"));
        List<PracticeSegment> practices = TemplateInductionTest.practices(3, i -> List.of(
                bold("1.\tObjetivo de la cooperación"), para(AIMS[i]),
                bold("2.\tResultados obtenidos"), para(GAINS[i])));
        CompendiumTemplate template = spanish.template(practices);

        PracticeFields second = spanish.map(practices.get(1), template);
        assertThat(second.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[1]);
        assertThat(second.text(TemplateField.RESULTS)).isEqualTo(GAINS[1]);
    }

    @Test
    void aLabelInCapitalsWrappedOverLinesAfterABracketedLetterIsOneLabel() {
        TemplateFieldMapper portuguese = new TemplateFieldMapper(Profiles.bundled().get("pt"));
        List<PracticeSegment> practices = TemplateInductionTest.practices(3, i -> List.of(
                flat("A) OBJETIVO DA"), flat("PARCERIA"), flat(""), flat(AIMS[i]),
                flat("B) INSTITUIÇÕES E"), flat("PAÍSES ENVOLVIDOS E"), flat("SEUS PAPÉIS"), flat(""), flat((i + 2) + " ministérios."),
                flat("C) COMO OS PARES"), flat("APRENDERAM UNS COM"), flat("OS OUTROS"), flat(""), flat((i + 2) + " visitas de estudo."),
                flat("G) RESULTADOS"), flat("OBTIDOS"), flat(""), flat(GAINS[i])));
        CompendiumTemplate template = portuguese.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text).contains("A) OBJETIVO DA PARCERIA",
                "B) INSTITUIÇÕES E PAÍSES ENVOLVIDOS E SEUS PAPÉIS", "C) COMO OS PARES APRENDERAM UNS COM OS OUTROS");
        PracticeFields first = portuguese.map(practices.get(0), template);
        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[0]);
        assertThat(first.text(TemplateField.METHODOLOGY)).isEqualTo("2 visitas de estudo.");
        assertThat(first.text(TemplateField.RESULTS)).isEqualTo(GAINS[0]);
    }

    @Test
    void aRowAfterTheFirstRowIsNoLabelLineWhateverItsKeywordSays() {
        // "Instituições …" has the keyword of the institution line, but stands between two rows: the cooperation row.
        TemplateFieldMapper portuguese = new TemplateFieldMapper(Profiles.bundled().get("pt"));
        List<PracticeSegment> practices = TemplateInductionTest.practices(3, i -> List.of(
                labelled("Autoria: ", PEOPLE[i]),
                row("Objetivo da parceria", para(AIMS[i])),
                row("Instituições e países envolvidos e seus papéis", para("Dois ministérios e " + (i + 2) + " centros.")),
                row("Como os pares aprenderam", para("Visitas de estudo.")),
                row("Resultados obtidos", para(GAINS[i]))));
        CompendiumTemplate template = portuguese.template(practices);

        PracticeFields third = portuguese.map(practices.get(2), template);
        assertThat(third.text(TemplateField.COOPERATION)).isEqualTo("Dois ministérios e 4 centros.");
        assertThat(third.text(TemplateField.INSTITUTION)).isNull();
        assertThat(third.text(TemplateField.AUTHOR)).isEqualTo(PEOPLE[2]);
    }

    @Test
    void labelLinesSetOffFromTheirValueByADashAreReadWithoutIt() {
        TemplateFieldMapper english = new TemplateFieldMapper(Profiles.bundled().get("en"));
        List<PracticeSegment> practices = TemplateInductionTest.practices(3, i -> List.of(
                labelled("Lead writer", " – " + PEOPLE[i]),
                labelled("Responsible body", " – ILO Office " + (i + 1)),
                row("Objective(s)", para(AIMS[i])),
                row("Results", para(GAINS[i]))));
        CompendiumTemplate template = english.template(practices);

        PracticeFields second = english.map(practices.get(1), template);
        assertThat(second.text(TemplateField.AUTHOR)).isEqualTo(PEOPLE[1]);
        assertThat(second.text(TemplateField.INSTITUTION)).isEqualTo("ILO Office 2");
    }

    @Test
    void theGuidanceUnderABoldLabelInItsCellIsNoPartOfTheLabel() {
        TemplateFieldMapper english = new TemplateFieldMapper(Profiles.bundled().get("en"));
        List<PracticeSegment> practices = TemplateInductionTest.practices(3, i -> List.of(
                guided("Aims Of The Exchange", "In 100 words or fewer", AIMS[i]),
                guided("Long-Term Viability", "Why will it last?", "Levies pay for it " + i + "."),
                guided("Outputs And Outcomes", "List the main results; give figures where you can", GAINS[i])));
        CompendiumTemplate template = english.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text)
                .containsExactly("Aims Of The Exchange", "Long-Term Viability", "Outputs And Outcomes");
        PracticeFields first = english.map(practices.get(0), template);
        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[0]);
        assertThat(first.text(TemplateField.SUSTAINABILITY)).isEqualTo("Levies pay for it 0.");
        assertThat(first.text(TemplateField.RESULTS)).isEqualTo(GAINS[0]);
    }

    @Test
    void aLabelWithTheKeywordsOfTwoFieldsLeavesTheOneALaterLabelNeedsToThatLabel() {
        TemplateFieldMapper english = new TemplateFieldMapper(Profiles.bundled().get("en"));
        List<PracticeSegment> practices = TemplateInductionTest.practices(3, i -> List.of(
                guided("What The Partners Aimed For", "In 100 words or fewer", AIMS[i]),
                guided("Division Of Tasks Among Partners", "Name the institutions", (i + 2) + " inspectorates."),
                guided("Outputs And Outcomes", "List the main results", GAINS[i])));
        CompendiumTemplate template = english.template(practices);

        PracticeFields first = english.map(practices.get(0), template);
        assertThat(first.text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[0]);
        assertThat(first.text(TemplateField.COOPERATION)).isEqualTo("2 inspectorates.");
        assertThat(first.otherSections()).isEmpty();
    }

    @Test
    void aShortLabelInCapitalsNumberedLikeTheRowsIsALabelNotAnAcronym() {
        TemplateFieldMapper portuguese = new TemplateFieldMapper(Profiles.bundled().get("pt"));
        List<PracticeSegment> practices = TemplateInductionTest.practices(3, i -> List.of(
                flat("A) OBJETIVO"), flat(""), flat(AIMS[i]),
                flat("B) APOIO RECEBIDO"), flat(""), flat("Fundo " + (i + 1) + " e OIT."),
                flat("C) RESULTADOS"), flat(""), flat(GAINS[i])));
        CompendiumTemplate template = portuguese.template(practices);

        assertThat(template.labels()).extracting(TemplateLabel::text).contains("B) APOIO RECEBIDO");
        assertThat(portuguese.map(practices.get(1), template).text(TemplateField.OBJECTIVES)).isEqualTo(AIMS[1]);
    }

    @Test
    void aLabelWordOpeningTheLineAfterOneEndingOnAFunctionWordGoesOnWithTheSentence() {
        // Flattened text puts a blank line inside the sentence: "… en la historia del" / "" / "Fondo Nacional."
        TemplateFieldMapper spanish = new TemplateFieldMapper(Profiles.bundled().get("es"));
        List<PracticeSegment> practices = TemplateInductionTest.practices(3, i -> List.of(
                flat("Resultados: " + (i + 12) + " prestaciones pagadas por primera vez en la historia del"),
                para(new String[] {"Fondo Nacional.", "Instituto Nacional.", "Seguro Social."}[i]),
                flat("Datos de contacto: desk" + i + "@example.org"),
                flat("Fuentes de financiamiento: OIT y Fondo " + i)));
        CompendiumTemplate template = spanish.template(practices);

        PracticeFields first = spanish.map(practices.get(0), template);
        assertThat(first.text(TemplateField.RESULTS)).isEqualTo("12 prestaciones pagadas por primera vez en la historia del Fondo Nacional.");
        assertThat(first.text(TemplateField.FUNDING_SOURCES)).isEqualTo("OIT y Fondo 0");
    }

    /** A row whose label cell holds the bold label and, under it, the form's guidance in plain type. */
    private static TableRow guided(String label, String guidance, String content) {
        return new TableRow(List.of(cell(bold(label), para(guidance)), cell(para(content))), 1);
    }
}
