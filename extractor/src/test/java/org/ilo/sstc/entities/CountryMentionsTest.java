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
        assertThat(COUNTRIES.count(text, List.of())).containsExactly(
                new CountryMention("BEN", "Benin", 1), new CountryMention("GHA", "Ghana", 2),
                new CountryMention("SEN", "Senegal", 1));
    }

    @Test
    void groupNamedInASentenceNamesNoCountry() {
        assertThat(COUNTRIES.count("The BRICS labour ministers and the EU met with the Arab States.", List.of())).isEmpty();
    }

    @Test
    void personNamedLikeACountryIsNotACountry() {
        String text = "Georgia Brooks and Jordan Ellis visited Jordan and Georgia.";
        List<NerMention> mentions = List.of(mention("Georgia Brooks", NerMention.Type.PERSON, text),
                mention("Jordan Ellis", NerMention.Type.PERSON, text));
        assertThat(COUNTRIES.count(text, mentions)).extracting(CountryMention::iso3, CountryMention::mentions)
                .containsExactly(tuple("GEO", 1), tuple("JOR", 1));
    }

    @Test
    void locationTheCaseRulesMissedIsAddedWhenItIsACountry() {
        String text = "DELEGATION FROM DRC; talks in nairobi";
        List<NerMention> mentions = List.of(mention("DRC", NerMention.Type.LOCATION, text),
                mention("nairobi", NerMention.Type.LOCATION, text));
        assertThat(COUNTRIES.count(text, mentions)).extracting(CountryMention::iso3).containsExactly("COD");
    }
}
