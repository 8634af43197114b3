package org.ilo.sstc.entities;

import org.ilo.sstc.profile.Profiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceGazetteerTest {

    private static final PlaceGazetteer PLACES = PlaceGazetteer.load(Profiles.bundled().get("en"));

    private static List<String> codes(String text) {
        return PLACES.find(text, PlaceGazetteer.Reading.RUNNING_TEXT).stream()
                .filter(m -> m.place().isCountry()).map(m -> m.place().iso3()).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Swaziland|SWZ", "Eswatini|SWZ", "Turkey|TUR", "Türkiye|TUR", "Czech Republic|CZE", "Czechia|CZE",
        "DRC|COD", "Democratic Republic of the Congo|COD", "UAE|ARE", "oPT|PSE", "occupied Palestinian territory|PSE",
        "Palestine|PSE", "P.R. China|CHN", "Lao PDR|LAO", "USA|USA", "UK|GBR", "Republic of Korea|KOR",
        "Bolivia (Plurinational State of)|BOL", "Viet Nam|VNM", "Vietnam|VNM", "Kyrgyz Republic|KGZ",
        "Russian Federation|RUS", "Iran (Islamic Republic of)|IRN", "Tanzania|TZA", "United Republic of Tanzania|TZA",
        "Costa-Rica|CRI", "Perú|PER", "Panamá|PAN", "Côte d'Ivoire|CIV", "Cote d’Ivoire|CIV", "Ivory Coast|CIV",
        "Kosovo|XKX", "Trinidad & Tobago|TTO", "Saint Lucia|LCA", "St. Lucia|LCA", "Guinea-Bissau|GNB",
        "Equatorial Guinea|GNQ", "Papua New Guinea|PNG", "Niger|NER", "Nigeria|NGA", "Brasil|BRA"})
    void variantNameInASentenceGivesItsIsoCode(String name, String iso3) {
        assertThat(codes("Delegates from " + name + " met in March.")).containsExactly(iso3);
    }

    @Test
    void longestNameWinsOverTheCountryItContains() {
        assertThat(codes("Guinea, Equatorial Guinea, Guinea-Bissau and Papua New Guinea"))
                .containsExactly("GIN", "GNQ", "GNB", "PNG");
        assertThat(codes("Niger and Nigeria; Dominica and the Dominican Republic; Sudan and South Sudan"))
                .containsExactly("NER", "NGA", "DMA", "DOM", "SDN", "SSD");
    }

    @Test
    void lowerCaseCommonWordIsNotACountry() {
        assertThat(codes("Chad hosted the forum.")).containsExactly("TCD");
        assertThat(codes("the ballot chad, roast turkey and fine china")).isEmpty();
    }

    @Test
    void demonymsAndAdjectivesNameNoCountry() {
        assertThat(codes("Chinese, Lebanese, Colombian, Honduran, Mongolian and Arab workers; Philippine ports"))
                .isEmpty();
    }

    @Test
    void misspeltLongNameIsStillFound() {
        assertThat(codes("Bosnia and,Hergovina, Zimbabwe and Zembabwe, Kyrgystan")).containsExactly("BIH", "ZWE", "ZWE", "KGZ");
    }

    @Test
    void abbreviationInALineOfCapitalsIsAWord() {
        assertThat(codes("A CAR PARK FOR THE UK OFFICE")).isEmpty();
        assertThat(codes("Partners in the CAR and the UK")).containsExactly("CAF", "GBR");
    }

    @Test
    void regionIsFoundAsARegionNotACountry() {
        List<PlaceMatch> matches = PLACES.find("Latin America and the Caribbean, South Africa and Africa",
                PlaceGazetteer.Reading.RUNNING_TEXT);
        assertThat(matches).extracting(m -> m.place().kind())
                .containsExactly(Place.Kind.REGION, Place.Kind.COUNTRY, Place.Kind.REGION);
    }

    @Test
    void nameThatOnlyContainsACountryIsNotOne() {
        assertThat(codes("offices in New Jersey and New Mexico, farms of the Jordan River, a Georgia Tech course")).isEmpty();
    }

    @Test
    void placeListReadingAcceptsAnyCaseButKeepsAbbreviationsExact() {
        assertThat(PLACES.find("kenya, uganda and drc", PlaceGazetteer.Reading.PLACE_LIST))
                .extracting(m -> m.place().iso3()).containsExactly("KEN", "UGA");
    }

    @Test
    void lookupNamesOnlyAWholePlace() {
        assertThat(PLACES.lookup("Côte d'Ivoire", PlaceGazetteer.Reading.PLACE_LIST)).isPresent();
        assertThat(PLACES.lookup("ILO Office for Kenya", PlaceGazetteer.Reading.PLACE_LIST)).isEmpty();
    }
}
