package org.ilo.sstc.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.ilo.sstc.model.Country;
import org.ilo.sstc.model.CountryMention;
import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.profile.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Countries, regions and groups as Spanish, French and Portuguese documents write them. */
class MultilingualPlacesTest {

    private static final Map<String, PlaceGazetteer> PLACES = Map.of(
            "es", PlaceGazetteer.load(profile("es")), "fr", PlaceGazetteer.load(profile("fr")),
            "pt", PlaceGazetteer.load(profile("pt")));

    private static CompendiumProfile profile(String language) {
        return Profiles.bundled().get(language);
    }

    private static List<String> codes(String language, String text) {
        return PLACES.get(language).find(text, PlaceGazetteer.Reading.RUNNING_TEXT).stream()
                .filter(m -> m.place().isCountry()).map(m -> m.place().iso3()).toList();
    }

    private static InvolvedPlaces involved(String language, String line, String documentText) {
        PlaceGazetteer places = PLACES.get(language);
        EntityWords words = new EntityWords(profile(language));
        return new CountriesInvolvedParser(places, words).parse(line, GroupDefinitions.find(documentText, places, words));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "es|el Perú|PER", "es|Peru|PER", "es|la India|IND", "es|México|MEX", "es|Mexico|MEX",
        "es|Bolivia (Estado Plurinacional de)|BOL", "es|Estado Plurinacional de Bolivia|BOL",
        "es|Venezuela (República Bolivariana de)|VEN", "es|República Bolivariana de Venezuela|VEN",
        "es|Costa de Marfil|CIV", "es|Côte d'Ivoire|CIV", "es|Cabo Verde|CPV", "es|Guinea-Bissau|GNB",
        "es|Guinea Bisáu|GNB", "es|EE. UU.|USA", "es|EE.UU.|USA", "es|Estados Unidos|USA", "es|RDC|COD",
        "es|República Democrática del Congo|COD", "es|RCA|CAF", "es|EAU|ARE", "es|Emiratos Árabes Unidos|ARE",
        "es|Trinidad y Tobago|TTO", "es|Trinidad y Tabago|TTO", "es|Timor-Leste|TLS", "es|República de Corea|KOR", "es|Viet Nam|VNM",
        "es|Türkiye|TUR", "es|Turquía|TUR", "es|Kenya|KEN", "es|Kenia|KEN", "es|Brazil|BRA",
        "fr|le Sénégal|SEN", "fr|Senegal|SEN", "fr|la Côte d'Ivoire|CIV", "fr|la Côte d’Ivoire|CIV",
        "fr|l'Inde|IND", "fr|République démocratique du Congo|COD", "fr|RDC|COD", "fr|Congo-Kinshasa|COD",
        "fr|République centrafricaine|CAF", "fr|RCA|CAF", "fr|Cap-Vert|CPV", "fr|Cabo Verde|CPV",
        "fr|Guinée-Bissau|GNB", "fr|Guinée équatoriale|GNQ", "fr|EAU|ARE", "fr|États-Unis|USA",
        "fr|Trinité-et-Tobago|TTO", "fr|Timor-Leste|TLS", "fr|Bolivie (État plurinational de)|BOL",
        "fr|Viet Nam|VNM", "fr|Burkina Faso|BFA", "fr|Etats-Unis|USA",
        "pt|o Brasil|BRA", "pt|a Guiné-Bissau|GNB", "pt|Guiné Bissau|GNB", "pt|Moçambique|MOZ",
        "pt|Mocambique|MOZ", "pt|São Tomé e Príncipe|STP", "pt|Sao Tome e Principe|STP", "pt|Timor-Leste|TLS",
        "pt|Cabo Verde|CPV", "pt|Angola|AGO", "pt|África do Sul|ZAF", "pt|EUA|USA", "pt|RDC|COD",
        "pt|República Democrática do Congo|COD", "pt|Irão|IRN", "pt|Quénia|KEN", "pt|Costa do Marfim|CIV",
        "pt|Guiné Equatorial|GNQ",
    })
    void countryNameInRunningTextGivesItsIsoCode(String language, String name, String iso3) {
        assertThat(codes(language, "Antes: " + name + ", después.")).containsExactly(iso3);
    }

    @Test
    void aCountriesInvolvedLineWithArticlesGivesTheCountriesInOrder() {
        assertThat(involved("es", "el Perú, Chile y la Argentina", "").countries()).extracting(Country::iso3)
                .containsExactly("PER", "CHL", "ARG");
        assertThat(involved("fr", "le Sénégal, le Mali et la Côte d'Ivoire", "").countries()).extracting(Country::iso3)
                .containsExactly("SEN", "MLI", "CIV");
        assertThat(involved("pt", "o Brasil, Angola e a Guiné-Bissau", "").countries()).extracting(Country::iso3)
                .containsExactly("BRA", "AGO", "GNB");
    }

    @Test
    void theOutputNamesTheCountryAsTheLanguageWritesIt() {
        assertThat(involved("es", "Estado Plurinacional de Bolivia, Costa de Marfil y RDC", "").countries())
                .containsExactly(new Country("BOL", "Bolivia"), new Country("CIV", "Côte d'Ivoire"),
                        new Country("COD", "República Democrática del Congo"));
        assertThat(involved("fr", "Congo-Kinshasa, Cap-Vert et Timor oriental", "").countries())
                .containsExactly(new Country("COD", "République démocratique du Congo"), new Country("CPV", "Cabo Verde"),
                        new Country("TLS", "Timor-Leste"));
        assertThat(involved("pt", "Congo - Kinshasa e Brasil", "").countries())
                .containsExactly(new Country("COD", "República Democrática do Congo"), new Country("BRA", "Brasil"));
    }

    @Test
    void regionsAreKeptAsWrittenWithoutTheirArticle() {
        InvolvedPlaces es = involved("es", "El Salvador, Honduras, el Cono Sur y América Latina y el Caribe", "");
        assertThat(es.countries()).extracting(Country::iso3).containsExactly("SLV", "HND");
        assertThat(es.regions()).containsExactly("Cono Sur", "América Latina y el Caribe");
        InvolvedPlaces fr = involved("fr", "l'Afrique de l'Ouest, le Sahel et l’Afrique subsaharienne", "");
        assertThat(fr.countries()).isEmpty();
        assertThat(fr.regions()).containsExactly("Afrique de l'Ouest", "Sahel", "Afrique subsaharienne");
        InvolvedPlaces pt = involved("pt", "os PALOP, a CPLP e o Sul Global", "");
        assertThat(pt.regions()).containsExactly("PALOP", "CPLP", "Sul Global");
    }

    @Test
    void aGroupWhoseMembersTheDocumentDoesNotListIsARegionInEveryLanguage() {
        InvolvedPlaces es = involved("es", "Comunidad Andina y Brasil", "");
        assertThat(es.countries()).extracting(Country::iso3).containsExactly("BRA");
        assertThat(es.regions()).containsExactly("Comunidad Andina");
        assertThat(involved("fr", "UEMOA", "").countries()).isEmpty();
        assertThat(involved("fr", "UEMOA", "").regions()).containsExactly("UEMOA");
    }

    @Test
    void aGroupWhoseMembershipChangedIsExpandedOnlyWhereTheDocumentListsItsMembers() {
        assertThat(involved("es", "MERCOSUR y Chile", "").countries()).extracting(Country::iso3).containsExactly("CHL");
        String text = "El MERCOSUR está integrado por Argentina, Brasil, Paraguay y Uruguay.";
        assertThat(involved("es", "MERCOSUR y Chile", text).countries()).extracting(Country::iso3)
                .containsExactly("ARG", "BRA", "PRY", "URY", "CHL");
        String french = "Les PALOP, c'est-à-dire l'Angola, le Cap-Vert, la Guinée-Bissau, le Mozambique et Sao Tomé-et-Principe.";
        assertThat(involved("fr", "PALOP", french).countries()).extracting(Country::iso3)
                .containsExactly("AGO", "CPV", "GNB", "MOZ", "STP");
        String portuguese = "A CEDEAO inclui o Gana, a Nigéria e o Senegal.";
        assertThat(involved("pt", "CEDEAO", portuguese).countries()).extracting(Country::iso3)
                .containsExactly("GHA", "NGA", "SEN");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Los trabajadores peruanos, la delegación brasileña y los técnicos mexicanos y colombianos.",
        "es|Las cooperativas senegalesas y la experiencia argentina.",
        "fr|Les Sénégalais, les Ivoiriens et les experts maliens et burkinabè.",
        "fr|Les coopératives marocaines et la délégation brésilienne.",
        "pt|Os técnicos brasileiros, a delegação angolana e os formadores moçambicanos e cabo-verdianos.",
        "es|La pesca en el golfo de Guinea, el lago Chad, la oficina de Puerto España y el delta del Níger; Uganda Airlines.",
        "fr|La pêche dans le golfe de Guinée, le lac Tchad, le bureau de Port-d'Espagne et le delta du Niger ; Uganda Airlines.",
        "pt|A pesca no golfo da Guiné, o lago Chade, o escritório de Porto de Espanha e o delta do Níger; Uganda Airlines.",
        "es|La Lake Malawi Basin Authority y la oficina de la OIT en Port of Spain.",
        "fr|La Banque du Maroc a ouvert des comptes collectifs le long du fleuve Niger.",
    })
    void demonymsAndPlacesOrCompaniesNamedAfterACountryNameNoCountry(String language, String text) {
        assertThat(codes(language, text)).isEmpty();
    }

    @Test
    void countryMentionsOfASpanishPracticeAreCountedUnderTheSpanishName() {
        CountryMentions mentions = new CountryMentions(PLACES.get("es"));
        String text = "El Perú compartió su modelo con Costa de Marfil. Luego el Perú recibió a la RDC.";
        assertThat(mentions.count(text, List.of(), List.of())).extracting(CountryMention::iso3, CountryMention::name, CountryMention::mentions)
                .containsExactly(tuple("CIV", "Côte d'Ivoire", 1), tuple("COD", "República Democrática del Congo", 1),
                        tuple("PER", "Perú", 2));
    }

    @Test
    void aGivenNameThatIsACountryIsNoCountryInsideAPersonsName() {
        String text = "Mauricio Rojas visitó Mauricio.";
        int at = text.indexOf("Mauricio Rojas");
        List<NerMention> ner = List.of(new NerMention(NerMention.Type.PERSON, "Mauricio Rojas", at, at + 14));
        assertThat(new CountryMentions(PLACES.get("es")).count(text, ner, List.of())).extracting(CountryMention::iso3, CountryMention::mentions)
                .containsExactly(tuple("MUS", 1));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Níger y Nigeria, Guinea, Guinea-Bisáu, Guinea Ecuatorial, Papúa Nueva Guinea, Dominica, la República "
            + "Dominicana, el Congo, la República Democrática del Congo, Sudán, Sudán del Sur, Gambia y Georgia.",
        "fr|Le Niger et le Nigeria, la Guinée, la Guinée-Bissau, la Guinée équatoriale, la Papouasie-Nouvelle-Guinée, la "
            + "Dominique, la République dominicaine, le Congo, la République démocratique du Congo, le Soudan, le Soudan "
            + "du Sud, la Gambie et la Géorgie.",
        "pt|O Níger e a Nigéria, a Guiné, a Guiné-Bissau, a Guiné Equatorial, a Papua-Nova Guiné, a Dominica, a "
            + "República Dominicana, o Congo, a República Democrática do Congo, o Sudão, o Sudão do Sul, a Gâmbia e a Geórgia.",
    })
    void countriesWhoseNamesContainEachOtherAreFoundApart(String language, String text) {
        assertThat(codes(language, text)).containsExactly("NER", "NGA", "GIN", "GNB", "GNQ", "PNG", "DMA", "DOM", "COG", "COD",
                "SDN", "SSD", "GMB", "GEO");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"es|Chad Okafor y Jordan Phiri", "fr|Chad Miller et Georgia Lopes",
        "pt|Jordan Silva e Georgia Mendes"})
    void englishCountryNamesThatAreGivenNamesGiveWayToThePerson(String language, String text) {
        List<NerMention> ner = List.of(text.split(" (?:y|et|e) ")).stream()
                .map(name -> new NerMention(NerMention.Type.PERSON, name, text.indexOf(name), text.indexOf(name) + name.length()))
                .toList();
        assertThat(new CountryMentions(PLACES.get(language)).count(text, ner, List.of())).isEmpty();
    }

    @Test
    void aGroupDefinedUnderItsFullNameIsExpandedWhereTheLineGivesItsAbbreviation() {
        String portuguese = "Países Africanos de Língua Oficial Portuguesa: Angola, Cabo Verde, Guiné-Bissau, Moçambique e "
                + "São Tomé e Príncipe.";
        assertThat(involved("pt", "PALOP e Brasil", portuguese).countries()).extracting(Country::iso3)
                .containsExactly("AGO", "CPV", "GNB", "MOZ", "STP", "BRA");
        String french = "Communauté économique des États de l'Afrique centrale : Cameroun, Gabon, Tchad.";
        assertThat(involved("fr", "la CEEAC", french).countries()).extracting(Country::iso3).containsExactly("CMR", "GAB", "TCD");
        assertThat(involved("fr", "la CEDEAO", french).countries()).isEmpty();
    }

    @Test
    void aGroupAfterAnElidedArticleIsNamedWithoutTheWordsLeadingUpToIt() {
        InvolvedPlaces places = involved("fr", "le Maroc, l’Algérie et la Tunisie, dans l’esprit de l’Union du Maghreb arabe", "");
        assertThat(places.countries()).extracting(Country::iso3).containsExactly("MAR", "DZA", "TUN");
        assertThat(places.regions()).containsExactly("Union du Maghreb arabe");
    }

    @Test
    void aSurnameInCapitalsBeforeTheGivenNameThatIsACountrysNameIsNoMention() {
        CountryMentions mentions = new CountryMentions(PLACES.get("fr"));
        String text = "TCHAD Amina — coordinatrice des échanges — Secrétariat du réseau — a.tchad@refat.example";
        assertThat(mentions.count(text, List.of(), List.of("Amina Tchad"))).isEmpty();
        assertThat(mentions.count("Les services de l’emploi du Tchad.", List.of(), List.of("Amina Tchad")))
                .extracting(CountryMention::iso3).containsExactly("TCD");
    }

    @Test
    void aTerritoryOfAnotherStateIsARegionOfTheCountriesLineInEveryLanguage() {
        InvolvedPlaces pt = involved("pt", "Timor-Leste, Macau e Portugal", "");
        assertThat(pt.countries()).extracting(Country::iso3).containsExactly("TLS", "PRT");
        assertThat(pt.regions()).containsExactly("Macau");
        assertThat(codes("es", "Ferias de empleo en Hong Kong, en la RAE de Hong Kong (China) y en Puerto Rico.")).isEmpty();
        assertThat(codes("fr", "Des formateurs de La Réunion, de Mayotte et de Hong Kong.")).isEmpty();
    }
}
