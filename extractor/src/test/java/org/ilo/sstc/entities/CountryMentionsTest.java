package org.ilo.sstc.entities;

import org.ilo.sstc.profile.Profiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.ilo.sstc.model.CountryMention;
import org.junit.jupiter.api.Test;

class CountryMentionsTest {

    private static final CountryMentions COUNTRIES = new CountryMentions(PlaceGazetteer.load(Profiles.bundled().get("en")));

    private static NerMention mention(String text, NerMention.Type type, String in) {
        int at = in.indexOf(text);
        return new NerMention(type, text, at, at + text.length());
    }

    @Test
    void countriesAreCountedAndSortedByCode() {
        String text = "Ghana shared its model with Senegal. Later Ghana hosted a visit from Benin.";
        assertThat(COUNTRIES.count(text, List.of(), List.of())).containsExactly(
                new CountryMention("BEN", "Benin", 1), new CountryMention("GHA", "Ghana", 2),
                new CountryMention("SEN", "Senegal", 1));
    }

    @Test
    void groupNamedInASentenceNamesNoCountry() {
        assertThat(COUNTRIES.count("The BRICS labour ministers and the EU met with the Arab States.", List.of(), List.of())).isEmpty();
    }

    @Test
    void personNamedLikeACountryIsNotACountry() {
        String text = "Georgia Brooks and Jordan Ellis visited Jordan and Georgia.";
        List<NerMention> mentions = List.of(mention("Georgia Brooks", NerMention.Type.PERSON, text),
                mention("Jordan Ellis", NerMention.Type.PERSON, text));
        assertThat(COUNTRIES.count(text, mentions, List.of())).extracting(CountryMention::iso3, CountryMention::mentions)
                .containsExactly(tuple("GEO", 1), tuple("JOR", 1));
    }

    @Test
    void locationTheCaseRulesMissedIsAddedWhenItIsACountry() {
        String text = "DELEGATION FROM DRC; talks in nairobi";
        List<NerMention> mentions = List.of(mention("DRC", NerMention.Type.LOCATION, text),
                mention("nairobi", NerMention.Type.LOCATION, text));
        assertThat(COUNTRIES.count(text, mentions, List.of())).extracting(CountryMention::iso3).containsExactly("COD");
    }

    @Test
    void placesAndCompaniesNamedAfterACountryNameNoCountry() {
        String text = "The Lake Malawi Basin Authority, fishers of the Bight of Benin, the office in Port of Spain, "
                + "Uganda Airlines, the Niger Delta, climbers of Mount Kenya and Bhutan Tours Ltd; later Malawi, Benin, Spain, Uganda, "
                + "Niger and Kenya.";
        assertThat(COUNTRIES.count(text, List.of(), List.of())).extracting(CountryMention::iso3, CountryMention::mentions)
                .containsExactly(tuple("BEN", 1), tuple("ESP", 1), tuple("KEN", 1), tuple("MWI", 1), tuple("NER", 1),
                        tuple("UGA", 1));
    }

    @Test
    void aCountryNameInsideAnotherNameStaysNoMentionWhereTheTaggerMarksItALocation() {
        String text = "The Oman Chamber of Commerce hosted the forum; boats of the Niger River and Togo Cargo Express joined.";
        List<NerMention> mentions = List.of(mention("Oman", NerMention.Type.LOCATION, text),
                mention("Niger", NerMention.Type.LOCATION, text), mention("Togo", NerMention.Type.LOCATION, text));
        assertThat(COUNTRIES.count(text, mentions, List.of())).isEmpty();
    }

    @Test
    void anyCountryNameInsideThePersonsThePracticeNamesIsAName() {
        String text = "Contact Kenya Dela Cruz or Pierre GABON; the teams met in Nairobi, not in Kenya or Gabon.";
        assertThat(COUNTRIES.count(text, List.of(), List.of("Kenya Dela Cruz", "Pierre Gabon")))
                .extracting(CountryMention::iso3, CountryMention::mentions).containsExactly(tuple("GAB", 1), tuple("KEN", 1));
    }

    @Test
    void countryInAPersonsNameWrittenSurnameFirstIsNotACountry() {
        String text = "HASSAN, Jordan – Employment Officer\nGeorgia Brooks wrote the report. Jordan and Georgia took part.";
        assertThat(COUNTRIES.count(text, List.of(), List.of("Jordan Hassan", "Georgia Brooks")))
                .extracting(CountryMention::iso3, CountryMention::mentions).containsExactly(tuple("GEO", 1), tuple("JOR", 1));
    }

    @Test
    void locationTheModelTaggedInsideAPersonsNameIsNotAddedBack() {
        String text = "HASSAN, Jordan – Employment Officer";
        assertThat(COUNTRIES.count(text, List.of(mention("Jordan", NerMention.Type.LOCATION, text)), List.of("Jordan Hassan")))
                .isEmpty();
    }

    @Test
    void countriesWhoseNamesContainEachOtherAreCountedApart() {
        String text = "Niger, Nigeria, Guinea, Guinea-Bissau, Equatorial Guinea, Papua New Guinea, Dominica, the Dominican "
                + "Republic, the Congo, the Democratic Republic of the Congo, Sudan, South Sudan, the Gambia and Georgia.";
        assertThat(COUNTRIES.count(text, List.of(), List.of())).extracting(CountryMention::iso3).containsExactly(
                "COD", "COG", "DMA", "DOM", "GEO", "GIN", "GMB", "GNB", "GNQ", "NER", "NGA", "PNG", "SDN", "SSD");
    }

    @Test
    void aCapitalOrAStateNamedAfterACountryIsNoMentionOfIt() {
        String text = "Participants from Guatemala City and Niger State visited Guatemala.";
        assertThat(COUNTRIES.count(text, List.of(), List.of())).extracting(CountryMention::iso3, CountryMention::mentions)
                .containsExactly(tuple("GTM", 1));
    }
}
