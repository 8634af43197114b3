package org.ilo.sstc.fields;

import org.ilo.sstc.profile.Profiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ilo.sstc.fields.LabelMatcher.LineStartMatch;
import org.ilo.sstc.fields.LabelMatcher.Separator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelMatcherTest {

    private final LabelMatcher matcher = new FieldVocabulary(Profiles.bundled().get("en")).matcher();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "South-South Objective (s)|OBJECTIVES",
        "Objetive (s)|OBJECTIVES",
        "Objectives|OBJECTIVES",
        "Elements that make good practice sustainable|SUSTAINABILITY",
        "Funds|FUNDING_SOURCES",
        "Funding Sources|FUNDING_SOURCES",
        "Contacts|CONTACT_DETAILS",
        "Materials and Photos|MATERIALS",
        "Materials and Web-links|MATERIALS",
        "Effectiveness of the methodological approach (max. 100 words)|METHODOLOGY",
        "Effectiveness of the South-South / peer learning methodological approach|METHODOLOGY",
        "South-South Cooperation between institutions and countries to achieve the objectives.|COOPERATION",
        "Innovation of the practice|INNOVATION",
        "South-South Adaptability|ADAPTABILITY",
        "South-South Results Explain the main results|RESULTS",
        "Countries involved (please add more than one country)|COUNTRIES_INVOLVED",
        "Title of South-South and triangular cooperation (SSTC) good practice|TITLE",
        "Author’s name|AUTHOR",
        "Name|AUTHOR",
        "Dates|DATES",
        // Worded unlike any synonym: keywords decide.
        "What makes the initiative replicable elsewhere|ADAPTABILITY",
        "Partnerships and division of labour|COOPERATION",
        "Sources of finance|FUNDING_SOURCES",
        "Results and lessons of the cooperation|RESULTS",
        "Originality of the approach|INNOVATION",
        "Conditions for use elsewhere|ADAPTABILITY",
        "Documentation available|MATERIALS",
        // "Name" opens the label, its later words decide; alone it is the author.
        "Name of the host institution|INSTITUTION",
        "Unit|INSTITUTION",
        "Responsible unit|INSTITUTION",
        "Further information|MATERIALS",
        "What is new|INNOVATION",
        "Modalities of exchange|METHODOLOGY",
    })
    void mapsLabelVariantsToTheirField(String label, TemplateField field) {
        assertThat(matcher.matchLabel(label)).contains(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nombre completo de la iniciativa|TITLE",
        "Nombre|AUTHOR",
        "Ficha preparada por|AUTHOR",
        "Qué aportó de original|INNOVATION",
        "Replicabilidad y adaptación|ADAPTABILITY",
        "Condiciones para que perdure|SUSTAINABILITY",
        "Más información|MATERIALS",
    })
    void mapsSpanishLabelsByTheirKeywordsWhereAVagueWordOpensThem(String label, TemplateField field) {
        LabelMatcher spanish = new FieldVocabulary(Profiles.bundled().get("es")).matcher();
        assertThat(spanish.matchLabel(label)).contains(field);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Lessons learned", "Challenges", "Background", "Challenges we met and how they were presented",
        // A row of a table of figures: "unit" (of the institution) names the label "Unit", not the word "United".
        "United Arab Emirates", "Risks and mitigation"})
    void leavesLabelsOfNoTemplateFieldUnmapped(String label) {
        assertThat(matcher.matchLabel(label)).isEmpty();
    }

    @Test
    void aLabelOpeningWithASectionOfficesAddNamesNoFieldWhateverItsLaterWords() {
        LabelMatcher spanish = new FieldVocabulary(Profiles.bundled().get("es")).matcher();
        assertThat(spanish.matchLabel("Desafíos que se presentaron")).isEmpty();
    }

    @Test
    void findsALabelWrappedOverFourLinesWithItsContentOnTheLastLine() {
        List<String> lines = List.of("South-South Cooperation", "between institutions and", "countries to achieve the",
                "objectives  - Ministries of labour met twice", "- A second bullet");
        LineStartMatch match = matcher.matchLineStart(lines).orElseThrow();
        assertThat(match.field()).isEqualTo(TemplateField.COOPERATION);
        assertThat(match.linesConsumed()).isEqualTo(4);
        assertThat(match.rest()).isEqualTo("- Ministries of labour met twice");
        assertThat(match.separator()).isEqualTo(Separator.WIDE_GAP);
    }

    @Test
    void findsAHyphenWrappedLabelAloneOnItsLines() {
        List<String> lines = List.of("Effectiveness of the South-", "South / peer learning", "methodological approach",
                "- Webinars were held");
        LineStartMatch match = matcher.matchLineStart(lines).orElseThrow();
        assertThat(match.field()).isEqualTo(TemplateField.METHODOLOGY);
        assertThat(match.linesConsumed()).isEqualTo(3);
        assertThat(match.rest()).isEmpty();
    }

    @Test
    void findsALabelWhoseInstructionInParenthesesWrapsOverTwoLines() {
        LineStartMatch match = matcher.matchLineStart(
                List.of("Effectiveness of the", "methodological", "approach (max. 100", "words)", "- Peer visits")).orElseThrow();
        assertThat(match.field()).isEqualTo(TemplateField.METHODOLOGY);
        assertThat(match.linesConsumed()).isEqualTo(4);
        LineStartMatch alone = matcher.matchLineStart(List.of("methodological", "approach (max. 100", "words)")).orElseThrow();
        assertThat(alone.linesConsumed()).isEqualTo(3);
    }

    @Test
    void takesAPluralMarkOnTheNextLineAsPartOfTheLabel() {
        LineStartMatch match = matcher.matchLineStart(List.of("South-South Objective", "(s)", "To share")).orElseThrow();
        assertThat(match.field()).isEqualTo(TemplateField.OBJECTIVES);
        assertThat(match.linesConsumed()).isEqualTo(2);
    }

    @Test
    void splitsALabelLineAtTheColonAfterAnInstruction() {
        LineStartMatch match = matcher.matchLineStart(
                List.of("Countries involved (please add more than one country): Peru and Chile")).orElseThrow();
        assertThat(match.field()).isEqualTo(TemplateField.COUNTRIES_INVOLVED);
        assertThat(match.rest()).isEqualTo("Peru and Chile");
    }

    @Test
    void doesNotTakeASentenceThatStartsWithALabelWord() {
        assertThat(matcher.matchLineStart(List.of("Results of the survey were shared with the ministry"))).isEmpty();
        assertThat(matcher.matchLineStart(List.of("Materials on the platform: see below"))).isEmpty();
    }
}
