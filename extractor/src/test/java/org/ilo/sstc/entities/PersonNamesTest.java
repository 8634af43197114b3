package org.ilo.sstc.entities;

import org.ilo.sstc.profile.Profiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNamesTest {

    private static final PersonNames NAMES = new PersonNames(ContactWords.of(Profiles.bundled().get("en")),
            PlaceGazetteer.load(Profiles.bundled().get("en")));

    @Test
    void titlesPossessivesAndGluedOfficesAreDropped() {
        assertThat(NAMES.clean("Mr. Tomás Ferreira")).isEqualTo("Tomás Ferreira");
        assertThat(NAMES.clean("Prof. Dr. Ingrid Solberg")).isEqualTo("Ingrid Solberg");
        assertThat(NAMES.clean("Priya Raman’s")).isEqualTo("Priya Raman");
        assertThat(NAMES.clean("Jonas Weber's")).isEqualTo("Jonas Weber");
        assertThat(NAMES.clean("Arjun Nair-ILO")).isEqualTo("Arjun Nair");
        assertThat(NAMES.clean("  Katarzyna Nowak-Zielinska, ")).isEqualTo("Katarzyna Nowak-Zielinska");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Amina Yusuf", "Maria da Silva Costa", "Nguyen Van An", "Ahmad Al Masri", "Jean-Luc Moreau",
        "Chidi OKORO", "Seo-yeon Park", "J. Kimani", "Ayşe Yılmaz", "Zhao Lei"})
    void personNamesAreNames(String name) {
        assertThat(NAMES.isName(name, NerEvidence.none(), null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Labour Migration", "ILO Jakarta", "Costa Rica", "Central America", "San Jose", "New Delhi",
        "Ministry of Labour", "Programme Officer", "Africa Nairobi", "Kenya", "EU ILO", "Covid 19", "Decent Work"})
    void otherCapitalisedPhrasesAreNotNames(String phrase) {
        assertThat(NAMES.isName(phrase, NerEvidence.none(), null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hurricane Odette", "Cyclone Amara", "Typhoon Lorna", "Tropical Storm Fenna"})
    void namedStormsAreNotNames(String storm) {
        assertThat(NAMES.isName(storm, NerEvidence.none(), null)).isFalse();
    }

    @Test
    void nerSayingPlaceOrOrganisationOverridesTheForm() {
        NerEvidence evidence = new NerEvidence(List.of(new NerMention(NerMention.Type.LOCATION, "Bahia Blanca", 0, 12)));
        assertThat(NAMES.isName("Bahia Blanca", evidence, null)).isFalse();
    }

    @Test
    void emailThatHoldsTheNameAdmitsAFormTheRulesRefuse() {
        assertThat(NAMES.isName("OKORO Chidi", NerEvidence.none(), null)).isFalse();
        assertThat(NAMES.isName("OKORO Chidi", NerEvidence.none(), "chidi.okoro@mail.ng")).isTrue();
    }

    @Test
    void aSurnameOfSeveralWordsInCapitalsClosesTheName() {
        assertThat(NAMES.isName("Sonia BEN YOUSSEF TRABELSI", NerEvidence.none(), null)).isTrue();
        assertThat(NAMES.isName("Fatimé ABDERAMANE HISSEIN", NerEvidence.none(), null)).isTrue();
        // Capitals before a capitalised word are no surname: an office's acronym and its town.
        assertThat(NAMES.isName("Jean ILO ROAF Dakar", NerEvidence.none(), null)).isFalse();
    }

    @Test
    void aNameRunsIntoAJobTitleWithoutAComma() {
        // "Arben Kraja Regional Project Coordinator": the title's head word comes after two words that qualify it.
        List<String> tokens = List.of("Arben", "Kraja", "Regional", "Project", "Coordinator", "ILO", "Tirana");
        assertThat(NAMES.leadingName(tokens, NerEvidence.none(), "kraja@ilo.org")).isEqualTo(2);
    }
}
