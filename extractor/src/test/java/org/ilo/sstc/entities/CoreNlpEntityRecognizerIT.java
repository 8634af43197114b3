package org.ilo.sstc.entities;

import org.ilo.sstc.profile.Profiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ilo.sstc.fields.FieldText;
import org.ilo.sstc.fields.PracticeFields;
import org.ilo.sstc.fields.TemplateField;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.model.Contact;
import org.ilo.sstc.model.Country;
import org.ilo.sstc.model.CountryMention;
import org.ilo.sstc.model.Link;
import org.ilo.sstc.model.NamedEntity;
import org.ilo.sstc.segment.PracticeHeading;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpEntityRecognizerIT {

    private static CoreNlpEntityRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = new CoreNlpEntityRecognizer(new NlpPipeline(), Profiles.bundled().get("en"));
    }

    /** A practice made of {@code fields}, its full text the fields one after another in template order. */
    private static PracticeFields practice(Map<TemplateField, String> fields, List<String> footnotes, List<Hyperlink> links) {
        Map<TemplateField, FieldText> texts = new EnumMap<>(TemplateField.class);
        StringBuilder full = new StringBuilder("GOOD PRACTICE 4 – AFRICA – Skills exchange\n");
        fields.forEach((field, text) -> {
            List<TextLine> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                lines.add(TextLine.plain(line, 1, LineStart.PARAGRAPH));
            }
            texts.put(field, new FieldText(text, lines));
            full.append(field.name().toLowerCase()).append(": ").append(text).append('\n');
        });
        footnotes.forEach(f -> full.append(f).append('\n'));
        return new PracticeFields(new PracticeHeading(4, "AFRICA", "Skills exchange", "GOOD PRACTICE 4 – AFRICA – Skills exchange"),
                texts, List.of(), footnotes, links, full.toString(), 1, 2, List.of());
    }

    private static List<String> names(List<NamedEntity> entities) {
        return entities.stream().map(NamedEntity::name).toList();
    }

    @Test
    void personsFromTheNarrativeWithoutTitlesOrPossessivesInOrderOfAppearance() {
        Map<TemplateField, String> fields = new EnumMap<>(TemplateField.class);
        fields.put(TemplateField.AUTHOR, "Kwame Mensah, ILO Accra");
        fields.put(TemplateField.RESULTS, "- The assessment was led by Dr. Amina Yusuf with Tomás Ferreira’s team in Maputo.\n"
                + "- Prof. Ingrid Solberg reviewed the findings with the Ministry of Labour of Ghana.");
        fields.put(TemplateField.MATERIALS, "Women at work in the hills of Nepal by Sunita Gurung");
        fields.put(TemplateField.CONTACT_DETAILS, "Esi Owusu, Programme Officer, ILO Accra owusu@ilo.org");
        PracticeEntities entities = recognizer.recognise(practice(fields, List.of(), List.of()));

        assertThat(names(entities.entities().persons())).containsExactly(
                "Kwame Mensah", "Amina Yusuf", "Tomás Ferreira", "Ingrid Solberg", "Esi Owusu", "Sunita Gurung");
        assertThat(entities.contacts()).containsExactly(
                new Contact("Esi Owusu", "Programme Officer", "ILO Accra", "owusu@ilo.org", null));
        assertThat(names(entities.entities().organizations())).contains("Ministry of Labour of Ghana");
    }

    @Test
    void aGroupInTheCountriesInvolvedStaysARegionAndTextMentionsCountOnlyCountries() {
        Map<TemplateField, String> fields = new EnumMap<>(TemplateField.class);
        fields.put(TemplateField.COUNTRIES_INVOLVED, "BRICS and Mozambique");
        fields.put(TemplateField.OBJECTIVES, "The BRICS network shared labour market tools with Mozambique and Angola. "
                + "Georgia Whitfield presented the results in Jordan; Mozambique will follow up.");
        PracticeEntities entities = recognizer.recognise(practice(fields, List.of(), List.of()));

        assertThat(entities.countries()).extracting(Country::iso3).containsExactly("MOZ");
        assertThat(entities.regions()).containsExactly("BRICS");
        assertThat(entities.entities().countries()).extracting(CountryMention::iso3, CountryMention::mentions)
                .containsExactly(tuple("AGO", 1), tuple("JOR", 1),
                        tuple("MOZ", 3));
        assertThat(names(entities.entities().persons())).containsExactly("Georgia Whitfield");
    }

    @Test
    void footnoteDefinesTheGroupOfTheCountriesInvolvedLine() {
        Map<TemplateField, String> fields = new EnumMap<>(TemplateField.class);
        fields.put(TemplateField.COUNTRIES_INVOLVED, "Andean partners (AP-4)¹ and Uruguay");
        List<String> footnotes = List.of("¹ AP-4 refers to the four partner countries: Bolivia, Colombia, Ecuador and Peru.");
        PracticeEntities entities = recognizer.recognise(practice(fields, footnotes, List.of()));

        assertThat(entities.countries()).extracting(Country::iso3).containsExactly("BOL", "COL", "ECU", "PER", "URY");
        assertThat(entities.regions()).containsExactly("Andean partners (AP-4)¹");
    }

    @Test
    void linksAndMailtoWarnings() {
        Map<TemplateField, String> fields = new EnumMap<>(TemplateField.class);
        fields.put(TemplateField.MATERIALS, "Toolkit (www.skills-toolkit.example.org)\nCourse page");
        fields.put(TemplateField.CONTACT_DETAILS, "Lina Haddad lina.haddad@ilo.org");
        List<Hyperlink> links = List.of(new Hyperlink("Course page", "https://courses.example.org/sstc/"),
                new Hyperlink("lina.haddad@ilo.org", "mailto:l.haddad@ilo.org"),
                new Hyperlink("", "http://www.skills-toolkit.example.org/"));
        PracticeEntities entities = recognizer.recognise(practice(fields, List.of(), links));

        assertThat(entities.links()).containsExactly(new Link(null, "www.skills-toolkit.example.org", null),
                new Link("Course page", "https://courses.example.org/sstc/", null));
        assertThat(entities.contacts()).extracting(Contact::email).containsExactly("lina.haddad@ilo.org");
        assertThat(entities.warnings()).singleElement().asString().contains("l.haddad@ilo.org");
    }

    @Test
    void contactsWrittenSurnameFirstAreThePersonsAndTheirGivenNamesNoCountries() {
        Map<TemplateField, String> fields = new EnumMap<>(TemplateField.class);
        fields.put(TemplateField.AUTHOR, "Chad Okafor");
        fields.put(TemplateField.COUNTRIES_INVOLVED, "Chad, Niger and Nigeria");
        fields.put(TemplateField.OBJECTIVES, "Fishers around Lake Chad and in the Gulf of Guinea sold to Nigeria Airways caterers. "
                + "Chad Okafor and Georgia Phiri met officials of Chad, Niger and Nigeria.");
        fields.put(TemplateField.CONTACT_DETAILS, "PHIRI, Georgia – Skills Officer, ILO Abuja – phiri@ilo.org\n"
                + "SEKOU TOURE, Jordan Amadou, Programme Assistant, ILO Niamey, Tel: +227 20 72 00 00\n"
                + "E-mail: sekoutoure@ilo.org; jordan.sekoutoure@example.org");
        PracticeEntities entities = recognizer.recognise(practice(fields, List.of(), List.of()));

        assertThat(entities.contacts()).containsExactly(
                new Contact("Georgia Phiri", "Skills Officer", "ILO Abuja", "phiri@ilo.org", null),
                new Contact("Jordan Amadou Sekou Toure", "Programme Assistant", "ILO Niamey", "sekoutoure@ilo.org",
                        "+227 20 72 00 00", null));
        assertThat(names(entities.entities().persons()))
                .containsExactlyInAnyOrder("Chad Okafor", "Georgia Phiri", "Jordan Amadou Sekou Toure");
        assertThat(entities.entities().countries()).extracting(CountryMention::iso3, CountryMention::mentions)
                .containsExactly(tuple("NER", 2), tuple("NGA", 2), tuple("TCD", 2));
    }
}
