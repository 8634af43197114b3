package org.ilo.sstc.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ilo.sstc.model.NamedEntity;
import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.profile.Profiles;
import org.junit.jupiter.api.Test;

/** Persons of a practice from NER mentions written out by hand (the model itself runs in the *IT tests). */
class PersonCollectorTest {

    private static final CompendiumProfile ENGLISH = Profiles.bundled().get("en");
    private static final PersonCollector PERSONS = new PersonCollector(
            new PersonNames(ContactWords.of(ENGLISH), PlaceGazetteer.load(ENGLISH)), new EntityWords(ENGLISH));

    private static NerMention mention(NerMention.Type type, String text, String in) {
        int at = in.indexOf(text);
        return new NerMention(type, text, at, at + text.length());
    }

    @Test
    void townListedBetweenPlacesIsNoPersonEvenWhenTheModelSaysSo() {
        String text = "Trainers from Accra, Cape Coast and Tamale met Abena Owusu Mensah.";
        NerEvidence evidence = new NerEvidence(List.of(mention(NerMention.Type.LOCATION, "Accra", text),
                mention(NerMention.Type.PERSON, "Cape Coast", text), mention(NerMention.Type.LOCATION, "Tamale", text),
                mention(NerMention.Type.PERSON, "Abena Owusu Mensah", text)));
        assertThat(PERSONS.collect(text, null, List.of(), evidence)).extracting(NamedEntity::name).containsExactly("Abena Owusu Mensah");
    }

    @Test
    void contactWrittenSurnameFirstIsOnePersonCountedWhereverItIsNamed() {
        String text = "Chidi Okonkwo led the visits.\nOKONKWO, Chidi – Youth Employment Specialist";
        assertThat(PERSONS.collect(text, null, List.of("Chidi Okonkwo"), NerEvidence.none()))
                .containsExactly(new NamedEntity("Chidi Okonkwo", 2));
    }

    @Test
    void aRecognisedNameThatRunsPastAContactIntoItsOfficeIsThatContact() {
        String text = "Name Organisation E-mail\nAdjoa Mensah-Kouassi ILO Abidjan\nIssouf Ouédraogo Union of Shea Cooperatives";
        NerEvidence evidence = new NerEvidence(List.of(mention(NerMention.Type.PERSON, "Adjoa Mensah-Kouassi ILO Abidjan", text)));
        assertThat(PERSONS.collect(text, null, List.of("Adjoa Mensah-Kouassi", "Issouf Ouédraogo"), evidence))
                .extracting(NamedEntity::name).containsExactly("Adjoa Mensah-Kouassi", "Issouf Ouédraogo");
    }
}
