package org.ilo.sstc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.Contact;
import org.ilo.sstc.model.Country;
import org.ilo.sstc.model.CountryMention;
import org.ilo.sstc.model.Link;
import org.ilo.sstc.model.NamedEntity;
import org.ilo.sstc.model.Practice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A made-up Spanish compendium, written as a .docx and converted by the standard pipeline: what a user would check. */
class SpanishCompendiumIT {

    @TempDir
    static Path dir;

    private static CompendiumDocument document;

    @BeforeAll
    static void convert() throws Exception {
        document = new CompendiumDocx()
                .bold("PRÓLOGO")
                .text("Este compendio reúne las buenas prácticas de cooperación Sur-Sur y triangular de la región.")
                .bold("BUENA PRÁCTICA 1 – AMÉRICA LATINA Y EL CARIBE – Empleo juvenil rural")
                .meta("Nombre del autor: ", "María Fernanda Quispe")
                .meta("Institución: ", "OIT Lima")
                .meta("Fechas: ", "2022-2023")
                .meta("Título de la buena práctica de cooperación Sur-Sur y triangular (CSST): ", "Empleo juvenil en zonas rurales andinas")
                .meta("Países involucrados: ", "el Perú, el Estado Plurinacional de Bolivia y el Cono Sur")
                .row("Sur-Sur Objetivo(s)", "Formar a jóvenes rurales en oficios con demanda local.")
                .row("Cooperación entre instituciones y países para alcanzar los objetivos",
                        "La Dra. Rosa Elvira Huamán, coordinadora del programa, visitó Cochabamba con técnicos chilenos.")
                .row("Eficacia del enfoque metodológico de aprendizaje entre pares (máx. 100 palabras)",
                        "- Intercambios entre los servicios de empleo del Perú y de Bolivia.")
                .row("Innovación", "- Cursos por radio comunitaria.")
                .row("Elementos que hacen sostenible la buena práctica", "- Presupuesto en los planes nacionales.")
                .row("Adaptabilidad y replicabilidad", "- Otros países andinos pueden adoptarla.")
                .row("Resultados", "Explique los principales resultados.", "- 300 jóvenes formados.", "- 12 cooperativas creadas.")
                .row("Datos de contacto", "Sra. Ana Lucía Méndez, Especialista en Empleo, OIT Lima, mendez@ejemplo.org",
                        "Teléfono: +51 1 234 5678")
                .row("Fuentes de financiación", "OIT, RBTC-CSST")
                .row("Materiales y enlaces web", "[Informe del proyecto](https://www.ejemplo.org/informe)")
                .bold("BUENA PRÁCTICA 2 – ÁFRICA – Cooperativas de mujeres")
                .meta("Autora: ", "Lucía Fernández")
                .meta("Institución: ", "Ministerio de Trabajo de Cabo Verde")
                .meta("Países involucrados: ", "Cabo Verde, Guinea-Bissau y Mozambique")
                .row("Objetivos", "Crear cooperativas de mujeres.")
                .row("Resultados alcanzados", "- 40 cooperativas.")
                .row("Contactos", "Lucía Fernández – lfernandez@ejemplo.org")
                .convert(dir.resolve("compendio-2023.docx"));
    }

    @Test
    void isReadAsSpanishWithBothPracticesAndTheirHeadings() {
        assertThat(document.language()).isEqualTo("es");
        assertThat(document.preface()).contains("buenas prácticas de cooperación Sur-Sur");
        assertThat(document.practices()).extracting(Practice::number, Practice::region, Practice::shortTitle)
                .containsExactly(tuple(1, "AMÉRICA LATINA Y EL CARIBE", "Empleo juvenil rural"),
                        tuple(2, "ÁFRICA", "Cooperativas de mujeres"));
    }

    @Test
    void readsTheMetaLinesAndTheTableRows() {
        Practice p = document.practices().get(0);
        assertThat(p.author()).isEqualTo("María Fernanda Quispe");
        assertThat(p.institution()).isEqualTo("OIT Lima");
        assertThat(p.dates()).isEqualTo("2022-2023");
        assertThat(p.title()).isEqualTo("Empleo juvenil en zonas rurales andinas");
        assertThat(p.sections().objectives()).isEqualTo("Formar a jóvenes rurales en oficios con demanda local.");
        assertThat(p.sections().methodology()).isEqualTo("- Intercambios entre los servicios de empleo del Perú y de Bolivia.");
        assertThat(p.sections().innovation()).isEqualTo("- Cursos por radio comunitaria.");
        assertThat(p.sections().sustainability()).isEqualTo("- Presupuesto en los planes nacionales.");
        assertThat(p.sections().adaptability()).isEqualTo("- Otros países andinos pueden adoptarla.");
        assertThat(p.sections().results()).isEqualTo("- 300 jóvenes formados.\n- 12 cooperativas creadas.");
        assertThat(p.fundingSources()).isEqualTo("OIT, RBTC-CSST");
        assertThat(p.links()).extracting(Link::text, Link::url)
                .containsExactly(tuple("Informe del proyecto", "https://www.ejemplo.org/informe"));
        assertThat(p.otherSections()).isEmpty();
    }

    @Test
    void countriesAreNormalisedUnderTheirSpanishNamesAndRegionsKeptWithoutArticle() {
        Practice p = document.practices().get(0);
        assertThat(p.countries()).containsExactly(new Country("PER", "Perú"), new Country("BOL", "Bolivia"));
        assertThat(p.regions()).containsExactly("Cono Sur");
        // "técnicos chilenos" names no country.
        assertThat(p.entities().countries()).extracting(CountryMention::iso3).contains("PER", "BOL").doesNotContain("CHL");
        assertThat(document.practices().get(1).countries()).extracting(Country::iso3).containsExactly("CPV", "GNB", "MOZ");
    }

    @Test
    void findsTheContactAndThePersons() {
        Practice p = document.practices().get(0);
        assertThat(p.contacts()).containsExactly(
                new Contact("Ana Lucía Méndez", "Especialista en Empleo", "OIT Lima", "mendez@ejemplo.org",
                        "+51 1 234 5678", null));
        assertThat(p.entities().persons()).extracting(NamedEntity::name)
                .contains("María Fernanda Quispe", "Rosa Elvira Huamán", "Ana Lucía Méndez");
        assertThat(document.practices().get(1).contacts()).extracting(Contact::name, Contact::email)
                .containsExactly(tuple("Lucía Fernández", "lfernandez@ejemplo.org"));
    }
}
