package org.ilo.sstc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.Contact;
import org.ilo.sstc.model.Country;
import org.ilo.sstc.model.CountryMention;
import org.ilo.sstc.model.NamedEntity;
import org.ilo.sstc.model.Practice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A made-up Portuguese compendium (read with the Spanish NER model), converted by the standard pipeline. */
class PortugueseCompendiumIT {

    @TempDir
    static Path dir;

    private static CompendiumDocument document;

    @BeforeAll
    static void convert() throws Exception {
        document = new CompendiumDocx()
                .bold("BOA PRÁTICA 1 – ÁFRICA – Emprego jovem nos PALOP")
                .meta("Nome do autor: ", "Helena Tavares")
                .meta("Instituição: ", "OIT Lisboa")
                .meta("Datas: ", "2020-2022")
                .meta("Título da boa prática: ", "Emprego jovem e formação profissional")
                .meta("Países envolvidos: ", "o Brasil, Angola, a Guiné-Bissau e Moçambique")
                .row("Objetivo(s)", "Formar jovens em profissões com procura local.")
                .row("Cooperação entre instituições e países para alcançar os objetivos",
                        "O Sr. António Mabunda, diretor do instituto, recebeu técnicos brasileiros em Maputo.")
                .row("Resultados", "Descreva os principais resultados.", "- 150 jovens formados.")
                .row("Contactos", "Dra. Helena Tavares (helena@exemplo.org), Coordenadora, Ministério do Trabalho",
                        "Telemóvel: +351 912 345 678")
                .row("Fontes de financiamento", "OIT, Governo de Portugal")
                .convert(dir.resolve("compendio-pt.docx"));
    }

    @Test
    void isReadAsPortugueseWithItsFieldsCountriesContactsAndPersons() {
        assertThat(document.language()).isEqualTo("pt");
        Practice p = document.practices().get(0);
        assertThat(p.region()).isEqualTo("ÁFRICA");
        assertThat(p.author()).isEqualTo("Helena Tavares");
        assertThat(p.title()).isEqualTo("Emprego jovem e formação profissional");
        assertThat(p.sections().results()).isEqualTo("- 150 jovens formados.");
        assertThat(p.fundingSources()).isEqualTo("OIT, Governo de Portugal");
        assertThat(p.countries()).extracting(Country::iso3).containsExactly("BRA", "AGO", "GNB", "MOZ");
        assertThat(p.contacts()).containsExactly(
                new Contact("Helena Tavares", "Coordenadora", "Ministério do Trabalho", "helena@exemplo.org",
                        "+351 912 345 678", null));
        assertThat(p.entities().persons()).extracting(NamedEntity::name).contains("Helena Tavares", "António Mabunda");
        assertThat(p.entities().countries()).extracting(CountryMention::iso3, CountryMention::mentions)
                .containsExactly(tuple("AGO", 1), tuple("BRA", 1), tuple("GNB", 1), tuple("MOZ", 1), tuple("PRT", 1));
    }
}
