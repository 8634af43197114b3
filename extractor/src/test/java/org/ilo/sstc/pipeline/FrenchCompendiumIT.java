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

/** A made-up French compendium, written as a .docx and converted by the standard pipeline: what a user would check. */
class FrenchCompendiumIT {

    @TempDir
    static Path dir;

    private static CompendiumDocument document;

    @BeforeAll
    static void convert() throws Exception {
        document = new CompendiumDocx()
                .bold("AVANT-PROPOS")
                .text("Ce recueil présente les bonnes pratiques de coopération Sud-Sud et triangulaire du Bureau.")
                .bold("BONNE PRATIQUE 1 – AFRIQUE – Emplois verts au Sahel")
                .meta("Nom de l’auteur : ", "Aminata Kaboré")
                .meta("Institution : ", "BIT Dakar")
                .meta("Période de mise en œuvre : ", "2021-2023")
                .meta("Titre de la bonne pratique : ", "Des emplois verts pour les jeunes ruraux")
                .meta("Pays concernés : ", "le Sénégal, le Mali, la Côte d’Ivoire et l’UEMOA")
                .row("Objectif(s)", "Créer des emplois verts pour les jeunes des zones rurales.")
                .row("Coopération entre institutions et pays pour atteindre les objectifs",
                        "M. Moussa Traoré, directeur de l'Agence pour l'emploi des jeunes, a reçu des experts ivoiriens à Bamako.")
                .row("Efficacité de l'approche méthodologique d'apprentissage entre pairs (100 mots max.)",
                        "- Visites d'échange entre les deux ministères.")
                .row("Innovation", "- Des kits solaires comme outils de formation.")
                .row("Éléments qui rendent la bonne pratique durable", "- Des lignes budgétaires dans les plans nationaux.")
                .row("Adaptabilité et reproductibilité", "- D'autres pays du Sahel.")
                .row("Résultats", "Décrivez les principaux résultats.", "- 300 jeunes formés.", "- 2 coopératives créées.")
                .row("Coordonnées", "M. Jean-Baptiste Kaboré – Chargé de programme, BIT Dakar, kabore@exemple.org",
                        "Tél. : +221 33 123 45 67")
                .row("Sources de financement", "BIT, Union européenne")
                .row("Matériels et liens web", "[Page du projet](https://www.exemple.org/sahel)")
                .bold("BONNE PRATIQUE 2 – ÉTATS ARABES – Inspection du travail")
                .meta("Auteur : ", "Karim Haddad")
                .meta("Pays concernés : ", "la Jordanie, le Liban et la Tunisie")
                .row("Objectifs", "Former des inspecteurs du travail.")
                .row("Résultats obtenus", "- 40 inspecteurs formés.")
                .row("Contacts", "Karim Haddad, haddad@exemple.org")
                .convert(dir.resolve("recueil-2023.docx"));
    }

    @Test
    void isReadAsFrenchWithBothPracticesAndTheirHeadings() {
        assertThat(document.language()).isEqualTo("fr");
        assertThat(document.practices()).extracting(Practice::number, Practice::region, Practice::shortTitle)
                .containsExactly(tuple(1, "AFRIQUE", "Emplois verts au Sahel"),
                        tuple(2, "ÉTATS ARABES", "Inspection du travail"));
    }

    @Test
    void readsTheMetaLinesAndTheTableRows() {
        Practice p = document.practices().get(0);
        assertThat(p.author()).isEqualTo("Aminata Kaboré");
        assertThat(p.institution()).isEqualTo("BIT Dakar");
        assertThat(p.dates()).isEqualTo("2021-2023");
        assertThat(p.title()).isEqualTo("Des emplois verts pour les jeunes ruraux");
        assertThat(p.sections().objectives()).isEqualTo("Créer des emplois verts pour les jeunes des zones rurales.");
        assertThat(p.sections().methodology()).isEqualTo("- Visites d'échange entre les deux ministères.");
        assertThat(p.sections().sustainability()).isEqualTo("- Des lignes budgétaires dans les plans nationaux.");
        assertThat(p.sections().adaptability()).isEqualTo("- D'autres pays du Sahel.");
        assertThat(p.sections().results()).isEqualTo("- 300 jeunes formés.\n- 2 coopératives créées.");
        assertThat(p.fundingSources()).isEqualTo("BIT, Union européenne");
        assertThat(p.materials()).isEqualTo("Page du projet");
        assertThat(p.otherSections()).isEmpty();
    }

    @Test
    void countriesAreNormalisedAndAGroupWhoseMembersAreNotListedStaysARegion() {
        Practice p = document.practices().get(0);
        assertThat(p.countries()).extracting(Country::iso3).containsExactly("SEN", "MLI", "CIV");
        assertThat(p.countries()).contains(new Country("CIV", "Côte d'Ivoire"));
        assertThat(p.regions()).containsExactly("UEMOA");
        // "experts ivoiriens" names no country.
        assertThat(p.entities().countries()).extracting(CountryMention::iso3, CountryMention::mentions).contains(tuple("CIV", 1));
        assertThat(document.practices().get(1).countries()).extracting(Country::iso3).containsExactly("JOR", "LBN", "TUN");
    }

    @Test
    void findsTheContactAndThePersons() {
        Practice p = document.practices().get(0);
        assertThat(p.contacts()).containsExactly(
                new Contact("Jean-Baptiste Kaboré", "Chargé de programme", "BIT Dakar", "kabore@exemple.org",
                        "+221 33 123 45 67", null));
        assertThat(p.entities().persons()).extracting(NamedEntity::name)
                .contains("Aminata Kaboré", "Moussa Traoré", "Jean-Baptiste Kaboré");
        assertThat(document.practices().get(1).contacts()).extracting(Contact::name, Contact::email)
                .containsExactly(tuple("Karim Haddad", "haddad@exemple.org"));
    }
}
