package org.ilo.sstc.entities;

import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.profile.Profiles;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ilo.sstc.model.Country;

class CountriesInvolvedParserTest {

    private static final CompendiumProfile ENGLISH = Profiles.bundled().get("en");
    private static final PlaceGazetteer PLACES = PlaceGazetteer.load(ENGLISH);
    private static final EntityWords WORDS = new EntityWords(ENGLISH);
    private static final CountriesInvolvedParser PARSER = new CountriesInvolvedParser(PLACES, WORDS);
    private static final GroupDefinitions NO_DEFINITIONS = GroupDefinitions.find("", PLACES, WORDS);

    private static InvolvedPlaces parse(String line, String documentText) {
        return PARSER.parse(line, GroupDefinitions.find(documentText, PLACES, WORDS));
    }

    @Test
    void countriesAreListedInOrderAndNamesWithAndStayWhole() {
        InvolvedPlaces places = PARSER.parse("Ghana, Trinidad and Tobago, Bosnia and Herzegovina and Nepal.", NO_DEFINITIONS);
        assertThat(places.countries()).extracting(Country::iso3).containsExactly("GHA", "TTO", "BIH", "NPL");
        assertThat(places.regions()).isEmpty();
    }

    @Test
    void regionsAreKeptAsWrittenBesideTheCountries() {
        InvolvedPlaces places = PARSER.parse("Sahel, Mali, Niger and the Global South", NO_DEFINITIONS);
        assertThat(places.countries()).extracting(Country::iso3).containsExactly("MLI", "NER");
        assertThat(places.regions()).containsExactly("Sahel", "Global South");
    }

    @Test
    void groupsAndUnknownPlacesAreRegionsAsWritten() {
        InvolvedPlaces places = PARSER.parse("SADC, Lusophone countries and Global", NO_DEFINITIONS);
        assertThat(places.countries()).isEmpty();
        assertThat(places.regions()).containsExactly("SADC", "Lusophone countries", "Global");
    }

    @Test
    void theWordsInLowerCaseLeadingUpToAGroupAreNoPartOfItsName() {
        CompendiumProfile french = Profiles.bundled().get("fr");
        PlaceGazetteer places = PlaceGazetteer.load(french);
        EntityWords words = new EntityWords(french);
        InvolvedPlaces involved = new CountriesInvolvedParser(places, words)
                .parse("Madagascar, Maurice et les Comores, dans le cadre de la COI", GroupDefinitions.find("", places, words));
        assertThat(involved.countries()).extracting(Country::iso3).containsExactly("MDG", "MUS", "COM");
        assertThat(involved.regions()).containsExactly("COI");
    }

    @Test
    void groupIsExpandedWhereAFootnoteSaysWhoItRefersTo() {
        String footnote = "EA-3 refers to the following three economies of East Africa: Kenya, Uganda and Rwanda. "
                + "Data for Rwanda are provisional.";
        InvolvedPlaces places = parse("East Africa (EA-3) and Ethiopia", "Countries involved: East Africa (EA-3) and Ethiopia\n" + footnote);
        assertThat(places.countries()).extracting(Country::iso3).containsExactly("KEN", "UGA", "RWA", "ETH");
        assertThat(places.regions()).containsExactly("East Africa (EA-3)");
    }

    @Test
    void aFootnoteOnAGroupListsItsMembersInWordsOfItsOwn() {
        List<String> notes = List.of("IBSA is the dialogue forum of India, Brazil and South Africa, created in 2003.",
                "For this practice the Upper Zambezi Basin covers Zambia, Angola and Namibia; Botswana observed.");
        assertThat(PARSER.parse("IBSA and Kenya", GroupDefinitions.find("Countries involved: IBSA and Kenya", notes, PLACES, WORDS))
                .countries()).extracting(Country::iso3).containsExactly("IND", "BRA", "ZAF", "KEN");
        assertThat(PARSER.parse("Upper Zambezi Basin and Botswana", GroupDefinitions.find("", notes, PLACES, WORDS))
                .countries()).extracting(Country::iso3).containsExactly("ZMB", "AGO", "NAM", "BWA");
    }

    @Test
    void aFootnoteThatNamesNoGroupBeforeItsCountriesDefinesNone() {
        List<String> notes = List.of("The survey ran in Ghana, Togo and Benin in 2024.");
        assertThat(PARSER.parse("West Africa", GroupDefinitions.find("", notes, PLACES, WORDS)).countries()).isEmpty();
    }

    @Test
    void groupIsExpandedFromAnIncludesSentenceOrAParenthesis() {
        assertThat(parse("Mekong group", "The Mekong group comprises Cambodia, Lao PDR, Thailand and Viet Nam.").countries())
                .extracting(Country::iso3).containsExactly("KHM", "LAO", "THA", "VNM");
        assertThat(parse("GCC", "Gulf partners (GCC: Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and UAE) met.").countries())
                .extracting(Country::iso3).containsExactly("BHR", "KWT", "OMN", "QAT", "SAU", "ARE");
    }

    @Test
    void groupListMayNameItsLastMemberWithTheArticle() {
        assertThat(parse("Jordan and the GCC", "GCC refers to Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab "
                + "Emirates.").countries())
                .extracting(Country::iso3).containsExactly("JOR", "BHR", "KWT", "OMN", "QAT", "SAU", "ARE");
    }

    @Test
    void groupIsNotExpandedWithoutADefinition() {
        InvolvedPlaces places = parse("Western Balkans (WB-6), Armenia", "Peer learning across the Western Balkans (WB-6), Armenia and others.");
        assertThat(places.countries()).extracting(Country::iso3).containsExactly("ARM");
        assertThat(places.regions()).containsExactly("Western Balkans (WB-6)");
    }

    @Test
    void aGroupWhoseMembersTheDocumentDoesNotListStaysARegion() {
        InvolvedPlaces places = PARSER.parse("BRICS and Argentina", NO_DEFINITIONS);
        assertThat(places.countries()).extracting(Country::iso3).containsExactly("ARG");
        assertThat(places.regions()).containsExactly("BRICS");
    }

    @Test
    void aNameBeforeTheBracketOfItsCountriesOrInABracketAfterThemIsARegion() {
        InvolvedPlaces before = PARSER.parse("Coastal Fisheries Alliance (Ghana, Togo and Benin)", NO_DEFINITIONS);
        assertThat(before.countries()).extracting(Country::iso3).containsExactly("GHA", "TGO", "BEN");
        assertThat(before.regions()).containsExactly("Coastal Fisheries Alliance");
        InvolvedPlaces after = PARSER.parse("Peru, Chile and Bolivia (Altiplano Border Markets)", NO_DEFINITIONS);
        assertThat(after.countries()).extracting(Country::iso3).containsExactly("PER", "CHL", "BOL");
        assertThat(after.regions()).containsExactly("Altiplano Border Markets");
    }

    @Test
    void countriesAreNotRepeated() {
        InvolvedPlaces places = PARSER.parse("BRICS (Brazil, Russia, India, China and South Africa)", NO_DEFINITIONS);
        assertThat(places.countries()).extracting(Country::iso3).containsExactly("BRA", "RUS", "IND", "CHN", "ZAF");
    }

    @Test
    void missingOrBlankLineGivesNothing() {
        assertThat(PARSER.parse(null, NO_DEFINITIONS).countries()).isEmpty();
        assertThat(PARSER.parse("  ", NO_DEFINITIONS).regions()).isEmpty();
    }

    @Test
    void placeSetApartByADashIsARegionBesideTheCountries() {
        InvolvedPlaces places = PARSER.parse("Malawi, Mozambique, Zambia – Beira Corridor", NO_DEFINITIONS);
        assertThat(places.countries()).extracting(Country::iso3).containsExactly("MWI", "MOZ", "ZMB");
        assertThat(places.regions()).containsExactly("Beira Corridor");
        assertThat(PARSER.parse("Guinea-Bissau and Timor-Leste", NO_DEFINITIONS).countries()).extracting(Country::iso3)
                .containsExactly("GNB", "TLS");
    }

    @Test
    void aTerritoryOfAnotherStateIsARegionNotACountry() {
        InvolvedPlaces places = PARSER.parse("Four CARICOM Member States (Antigua and Barbuda, Dominica) and Puerto Rico", NO_DEFINITIONS);
        assertThat(places.countries()).extracting(Country::iso3).containsExactly("ATG", "DMA");
        assertThat(places.regions()).contains("Puerto Rico");
        assertThat(new CountryMentions(PLACES).count("Instructors trained in Puerto Rico and in Macau.", List.of(), List.of())).isEmpty();
    }
}
