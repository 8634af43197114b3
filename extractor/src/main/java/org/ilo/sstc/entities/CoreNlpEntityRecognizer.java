package org.ilo.sstc.entities;

import java.util.List;
import java.util.Objects;
import org.ilo.sstc.fields.FieldText;
import org.ilo.sstc.fields.PracticeFields;
import org.ilo.sstc.fields.TemplateField;
import org.ilo.sstc.model.Contact;
import org.ilo.sstc.model.Entities;
import org.ilo.sstc.model.Link;
import org.ilo.sstc.model.NamedEntity;
import org.ilo.sstc.profile.CompendiumProfile;

/**
 * Entity recognition with one shared CoreNLP NER pipeline, a country and region gazetteer and rules for
 * contact rows and links. Immutable and thread-safe: build it once and share it between practices and threads.
 */
public final class CoreNlpEntityRecognizer implements EntityRecognizer {

    private final NlpPipeline nlp;
    private final PlaceGazetteer places;
    private final EntityWords words;
    private final CountriesInvolvedParser involved;
    private final CountryMentions countries;
    private final ContactParser contacts;
    private final PersonCollector persons;
    private final OrganisationCollector organisations;
    private final LinkCollector links = new LinkCollector();

    /**
     * A recognizer on {@code nlp} (the NER model of the profile's language, or null for a language a user added
     * without one: persons then come from the author field, the contacts and bylines) with the gazetteer and word
     * lists of {@code profile} (built in a few milliseconds).
     */
    public CoreNlpEntityRecognizer(NlpPipeline nlp, CompendiumProfile profile) {
        this.nlp = nlp;
        this.places = PlaceGazetteer.load(profile);
        this.words = new EntityWords(profile);
        ContactWords contactWords = ContactWords.of(profile);
        PersonNames names = new PersonNames(contactWords, places);
        this.involved = new CountriesInvolvedParser(places, words);
        this.countries = new CountryMentions(places);
        this.contacts = new ContactParser(contactWords, words, names, places);
        this.persons = new PersonCollector(names, words);
        this.organisations = new OrganisationCollector(places, words);
    }

    /**
     * Reads the country names, regions and entity word lists of {@code profile} as a recognizer would, so that a
     * user's bad entry is reported before any document is read; fails naming the file and line.
     */
    public static void checkProfile(CompendiumProfile profile) {
        PlaceGazetteer.load(profile);
        new EntityWords(profile);
    }

    @Override
    public PracticeEntities recognise(PracticeFields practice) {
        String text = practiceText(practice);
        // Names never hide inside addresses ("j.alcocer@itcilo.org", ".../jordan/..."): NER and gazetteer see them blanked.
        String masked = WebAddresses.mask(text);
        List<NerMention> mentions = nlp == null ? List.of() : GivenNameCountries.extend(nlp.mentions(masked), masked, places);
        NerEvidence evidence = new NerEvidence(mentions);

        InvolvedPlaces places = involved.parse(practice.text(TemplateField.COUNTRIES_INVOLVED),
                GroupDefinitions.find(text, practice.footnotes(), this.places, words));
        FieldText contactField = practice.fields().get(TemplateField.CONTACT_DETAILS);
        List<Contact> contactList = contactField == null ? List.of()
                : contacts.parse(contactField, evidence, practice.hyperlinks());
        List<String> contactNames = contactList.stream().map(Contact::name).filter(Objects::nonNull).toList();
        List<NamedEntity> personList = persons.collect(masked, practice.text(TemplateField.AUTHOR), contactNames, evidence);
        List<String> personNames = personList.stream().map(NamedEntity::name).toList();
        Entities entities = new Entities(countries.count(masked, mentions, personNames), personList,
                organisations.collect(mentions, personList));
        List<Link> linkList = links.collect(text, practice.hyperlinks());
        return new PracticeEntities(places.countries(), places.regions(), contactList, linkList, entities,
                MailtoCheck.warnings(practice.hyperlinks()));
    }

    /** The full text of the practice, with the footnotes it does not already hold. */
    private static String practiceText(PracticeFields practice) {
        StringBuilder text = new StringBuilder(practice.fullText());
        for (String footnote : practice.footnotes()) {
            if (!practice.fullText().contains(footnote.strip())) {
                text.append('\n').append(footnote);
            }
        }
        return text.toString();
    }
}
