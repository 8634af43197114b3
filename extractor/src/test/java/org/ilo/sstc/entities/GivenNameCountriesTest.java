package org.ilo.sstc.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.ilo.sstc.model.CountryMention;
import org.ilo.sstc.profile.Profiles;
import org.junit.jupiter.api.Test;

/** A country's name that is a person's first name, left out of the person by NER; bodies named after a country. */
class GivenNameCountriesTest {

    private static final PlaceGazetteer SPANISH = PlaceGazetteer.load(Profiles.bundled().get("es"));

    private static NerMention person(String name, String in) {
        int at = in.indexOf(name);
        return new NerMention(NerMention.Type.PERSON, name, at, at + name.length());
    }

    @Test
    void aGivenNameAfterACommaJoinsThePersonAndNamesNoCountry() {
        String text = "la jefa de operaciones del programa, Argentina\nHuamán Ccori, revisó los manuales en la Argentina.";
        List<NerMention> mentions = GivenNameCountries.extend(List.of(person("Huamán Ccori", text)), text, SPANISH);

        assertThat(mentions).extracting(NerMention::text).containsExactly("Argentina\nHuamán Ccori");
        assertThat(new CountryMentions(SPANISH).count(text, mentions, List.of()))
                .extracting(CountryMention::iso3, CountryMention::mentions).containsExactly(tuple("ARG", 1));
    }

    @Test
    void aCountryAtTheEndOfATableRowBeforeTheNextPersonStaysACountry() {
        String text = "Bady Ebe, bady@example.org    Argentina \nMarcel Kanda, kanda@example.org";
        List<NerMention> mentions = GivenNameCountries.extend(List.of(person("Marcel Kanda", text)), text, SPANISH);

        assertThat(mentions).extracting(NerMention::text).containsExactly("Marcel Kanda");
    }

    @Test
    void aCountryThatIsNoGivenNameIsNeverTakenIntoAPerson() {
        String text = "visitaron el país, Chile Ramírez Soto lo confirmó.";
        List<NerMention> mentions = GivenNameCountries.extend(List.of(person("Ramírez Soto", text)), text, SPANISH);

        assertThat(mentions).extracting(NerMention::text).containsExactly("Ramírez Soto");
    }

    @Test
    void aUniversityOrCentralBankNamedAfterItsCountryIsNoMentionOfIt() {
        String text = "Un informe de la Universidad de Chile y del Banco Central del Perú, con datos de Chile.";
        assertThat(new CountryMentions(SPANISH).count(text, List.of(), List.of()))
                .extracting(CountryMention::iso3, CountryMention::mentions).containsExactly(tuple("CHL", 1));
    }
}
