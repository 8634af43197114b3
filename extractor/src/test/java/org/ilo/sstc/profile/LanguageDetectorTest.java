package org.ilo.sstc.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector(Profiles.bundled());

    private String detect(List<String> lines, String... headings) {
        return detector.detect(lines, List.of(headings)).language();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|El programa formó a trescientos jóvenes de las zonas rurales del país y los ministerios firmaron un acuerdo con las organizaciones de empleadores.",
        "es|Los resultados muestran que la cooperación entre el Perú y Bolivia fue muy útil, pero hay que seguir con el trabajo.",
        "pt|O programa formou trezentos jovens das zonas rurais do país e os ministérios assinaram um acordo com as organizações de empregadores.",
        "pt|Os resultados mostram que a cooperação entre o Brasil e Angola foi muito útil, mas é preciso continuar o trabalho.",
        "fr|Le programme a formé trois cents jeunes des zones rurales du pays et les ministères ont signé un accord avec les organisations d'employeurs.",
        "fr|Les résultats montrent que la coopération entre le Sénégal et le Mali a été très utile, mais il faut poursuivre le travail.",
        "en|The programme trained three hundred young people from rural areas and the ministries signed an agreement with the employers.",
    })
    void tellsSpanishPortugueseFrenchAndEnglishParagraphsApart(String language, String paragraph) {
        assertThat(detect(List.of(paragraph))).isEqualTo(language);
    }

    @Test
    void aSpanishDocumentThatQuotesEnglishAndPortugueseIsSpanish() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add("El proyecto apoyó a las cooperativas del sur del país y también a los sindicatos de la región.");
        }
        lines.add("Materials: Skills for the future of work, a report of the ILO and the World Bank.");
        lines.add("Relatório: A cooperação Sul-Sul no mundo do trabalho.");
        assertThat(detect(lines, "BUENA PRÁCTICA 1 – ÁFRICA – Cooperativas")).isEqualTo("es");
    }

    @Test
    void aFrenchDocumentWithEnglishLabelsIsFrench() {
        List<String> lines = List.of("Objectives", "Former les jeunes aux métiers verts dans les régions du nord.",
                "Results", "Les coopératives ont été créées avec l'appui du BIT et des ministères.",
                "Contact details", "Aminata Kaboré, BIT Dakar");
        assertThat(detect(lines)).isEqualTo("fr");
    }

    @Test
    void headingWordsDecideWhenTheTextIsTooShortToTell() {
        List<String> lines = List.of("Proyecto OIT 2021-2023", "Maputo, Luanda, Praia");
        assertThat(detect(lines, "BOA PRÁTICA 1 – ÁFRICA – Emprego", "BOA PRÁTICA 2 – ÁFRICA – Saúde")).isEqualTo("pt");
        assertThat(detect(lines, "BUENA PRÁCTICA 1 – ÁFRICA – Empleo")).isEqualTo("es");
    }

    @Test
    void theEnglishSampleWordingIsEnglish() {
        List<String> lines = List.of("The ILO through its partnership's department has launched the compendium",
                "South-South Objective (s)", "To strengthen the capacity of the public employment services in the region.");
        assertThat(detect(lines, "GOOD PRACTICE 1 – AFRICA – PES in the region")).isEqualTo("en");
    }
}
