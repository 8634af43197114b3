package org.ilo.sstc.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ilo.sstc.layout.Lines.para;
import static org.ilo.sstc.layout.Lines.row;

import java.util.List;
import org.ilo.sstc.fields.CompendiumTemplate;
import org.ilo.sstc.fields.PracticeFields;
import org.ilo.sstc.fields.TemplateFieldMapper;
import org.ilo.sstc.model.NamedEntity;
import org.ilo.sstc.pipeline.SharedPipeline;
import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.profile.Profiles;
import org.ilo.sstc.segment.PracticeHeading;
import org.ilo.sstc.segment.PracticeSegment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Spanish and French CoreNLP models on made-up text: persons, places and organisations under our types. */
class MultilingualNerIT {

    private static CompendiumProfile profile(String language) {
        return Profiles.bundled().get(language);
    }

    private static NlpPipeline nlp(String language) {
        return SharedPipeline.models().forProfile(profile(language));
    }

    private static List<String> persons(String language, String text) {
        PracticeHeading heading = new PracticeHeading(1, null, null, "1");
        PracticeFields fields = new TemplateFieldMapper(profile(language))
                .map(new PracticeSegment(heading, List.of(row(label(language), para(text))), 1, 1), CompendiumTemplate.NONE);
        return new CoreNlpEntityRecognizer(nlp(language), profile(language)).recognise(fields).entities().persons()
                .stream().map(NamedEntity::name).toList();
    }

    private static String label(String language) {
        return switch (language) {
            case "es", "pt" -> "Objetivos";
            default -> "Objectifs";
        };
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|La Dra. María Fernanda Quispe, coordinadora del programa, visitó Lima con la Organización Internacional del "
                + "Trabajo.|María Fernanda Quispe|Lima|Organización Internacional del Trabajo",
        // The French model's classes are PER, LOC and ORG.
        "fr|M. Moussa Traoré a rencontré le Ministère du Travail à Bamako.|Moussa Traoré|Bamako|Ministère du Travail",
    })
    void theModelOfEachLanguageTagsPersonsPlacesAndOrganisationsAsOurTypes(String language, String text, String person,
                                                                          String place, String organisation) {
        assertThat(nlp(language).mentions(text)).extracting(NerMention::type, NerMention::text).contains(
                tuple(NerMention.Type.PERSON, person), tuple(NerMention.Type.LOCATION, place),
                tuple(NerMention.Type.ORGANIZATION, organisation));
    }

    @Test
    void portugueseSharesTheSpanishModel() {
        assertThat(nlp("pt")).isSameAs(nlp("es"));
    }

    @Test
    void personsOfRunningTextAreFoundWithoutTheirTitles() {
        assertThat(persons("es", "La Dra. María Fernanda Quispe, coordinadora del programa, presentó los resultados en Cusco "
                + "junto con el Ing. Roberto Salinas.")).containsExactly("María Fernanda Quispe", "Roberto Salinas");
        assertThat(persons("fr", "Selon Mme Awa Coulibaly, directrice du bureau, le programme a formé 300 jeunes avec "
                + "M. Jean-Baptiste Ouédraogo.")).containsExactly("Awa Coulibaly", "Jean-Baptiste Ouédraogo");
        assertThat(persons("pt", "A coordenadora do projeto, Maria das Graças Ferreira, apresentou os resultados em Maputo "
                + "com o Sr. António Mabunda.")).containsExactly("Maria das Graças Ferreira", "António Mabunda");
    }

    @Test
    void aPlaceAfterAPlacePrepositionIsNoPerson() {
        assertThat(persons("es", "El taller se celebró en Santa Cruz de la Sierra con Juan Carlos Pérez."))
                .containsExactly("Juan Carlos Pérez");
        assertThat(persons("fr", "L'atelier a eu lieu à Bobo-Dioulasso avec Koffi Yao.")).containsExactly("Koffi Yao");
    }
}
