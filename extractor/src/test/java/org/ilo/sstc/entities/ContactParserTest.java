package org.ilo.sstc.entities;

import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.profile.Profiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ilo.sstc.fields.FieldText;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.model.Contact;
import org.junit.jupiter.api.Test;

class ContactParserTest {

    private static final CompendiumProfile ENGLISH = Profiles.bundled().get("en");
    private static final PlaceGazetteer PLACES = PlaceGazetteer.load(ENGLISH);
    private static final ContactWords WORDS = ContactWords.of(ENGLISH);
    private static final ContactParser PARSER = new ContactParser(WORDS, new EntityWords(ENGLISH),
            new PersonNames(WORDS, PLACES), PLACES);

    /** A contact field as a reader gives it: one line per paragraph. */
    private static List<Contact> parse(String text) {
        List<TextLine> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(TextLine.plain(line, 1, LineStart.PARAGRAPH));
        }
        return PARSER.parse(new FieldText(text, lines), NerEvidence.none());
    }

    /** A contact field whose reader lines are {@code lines} and whose cleaned text is {@code text}. */
    private static List<Contact> parse(String text, TextLine... lines) {
        return PARSER.parse(new FieldText(text, List.of(lines)), NerEvidence.none());
    }

    @Test
    void nameRoleOrganisationAndEmailOnOneLine() {
        assertThat(parse("Amara Diallo, Director ILO Dakar diallo@ilo.org\nKofi Boateng, ITCILO Coordinator k.boateng@itcilo.org"))
                .containsExactly(new Contact("Amara Diallo", "Director", "ILO Dakar", "diallo@ilo.org", null),
                        new Contact("Kofi Boateng", "Coordinator", "ITCILO", "k.boateng@itcilo.org", null));
    }

    @Test
    void titleIsDroppedAndEmailOnTheNextLineJoinsTheContact() {
        assertThat(parse("Ms. Leila Haddad, Senior Programme Officer, DWT/CO-Cairo,\nhaddad@ilo.org"))
                .containsExactly(new Contact("Leila Haddad", "Senior Programme Officer", "DWT/CO-Cairo", "haddad@ilo.org", null));
    }

    @Test
    void tableOfNameEmailAndCountryWithTabsOrSpaces() {
        assertThat(parse("Name\tE-mail\tCountry\nNadia Okafor\tn.okafor@labour.gov.ng\tNigeria\nPedro Alves,      palves@mte.gov.br        Brazil"))
                .containsExactly(new Contact("Nadia Okafor", null, null, "n.okafor@labour.gov.ng", "Nigeria"),
                        new Contact("Pedro Alves", null, null, "palves@mte.gov.br", "Brazil"));
    }

    @Test
    void abbreviatedCountryAndSurnameInCapitals() {
        assertThat(parse("Jean-Paul MUKENDI, jpmukendi@mail.cd DRC"))
                .containsExactly(new Contact("Jean-Paul MUKENDI", null, null, "jpmukendi@mail.cd", "DRC"));
    }

    @Test
    void emailBeforeTheName() {
        assertThat(parse("k.tanaka@ilo.org Kenji Tanaka\nhsu@ilo.org\nHsu Mei Lin"))
                .containsExactly(new Contact("Kenji Tanaka", null, null, "k.tanaka@ilo.org", null),
                        new Contact("Hsu Mei Lin", null, null, "hsu@ilo.org", null));
    }

    @Test
    void desksWithOnlyAnEmailOrOnlyAnOfficeName() {
        assertThat(parse("info@skillsnet.org\nILO Youth Desk\nCINTERFOR"))
                .containsExactly(new Contact(null, null, null, "info@skillsnet.org", null),
                        new Contact(null, null, "ILO Youth Desk", null, null),
                        new Contact(null, null, "CINTERFOR", null, null));
    }

    @Test
    void officeFollowedByItsEmailOnALaterLine() {
        assertThat(parse("Green Jobs Academy in Kenya\n \ncontact@greenjobs.ke"))
                .containsExactly(new Contact(null, null, "Green Jobs Academy in Kenya", "contact@greenjobs.ke", null));
    }

    @Test
    void officeAndTownIsOneOrganisation() {
        assertThat(parse("ILO, Buenos Aires\nILO, San Salvador"))
                .containsExactly(new Contact(null, null, "ILO, Buenos Aires", null, null),
                        new Contact(null, null, "ILO, San Salvador", null, null));
    }

    @Test
    void twoPersonsWithEmailsShareTheOfficeOnTheNextLine() {
        assertThat(parse("Rosa Quispe (quispe@ilo.org) and Tupac Mamani (mamani@ilo.org)\nILO CO-Lima"))
                .containsExactly(new Contact("Rosa Quispe", null, "ILO CO-Lima", "quispe@ilo.org", null),
                        new Contact("Tupac Mamani", null, "ILO CO-Lima", "mamani@ilo.org", null));
    }

    @Test
    void bulletsWithDashesAndAnOfficeGluedToTheSurname() {
        assertThat(parse("- Rahul Mehta - Chief DWT Bangkok\n- Siti Rahman-ILO Jakarta"))
                .containsExactly(new Contact("Rahul Mehta", "Chief", "DWT Bangkok", null, null),
                        new Contact("Siti Rahman", null, "ILO Jakarta", null, null));
    }

    @Test
    void entriesSeparatedBySemicolonAndOfficeBeforeAColon() {
        assertThat(parse("ITC, training@itcilo.org; Lucia Bianchi, ITC-Turin\nROAF: Kwame Mensah"))
                .containsExactly(new Contact(null, null, "ITC", "training@itcilo.org", null),
                        new Contact("Lucia Bianchi", null, "ITC-Turin", null, null),
                        new Contact("Kwame Mensah", null, "ROAF", null, null));
    }

    @Test
    void roleWithItsComplementAndADeskNamedByItsFunction() {
        assertThat(parse("Omar Farouk – Regional Labour Migration Specialist for North Africa.\nSocial Protection Specialists for West Africa"))
                .containsExactly(new Contact("Omar Farouk", "Regional Labour Migration Specialist for North Africa", null, null, null),
                        new Contact(null, null, "Social Protection Specialists for West Africa", null, null));
    }

    @Test
    void nameFollowedByItsOfficeWithoutAComma() {
        assertThat(parse("Dr Anika Sorensen ILO Regional Office for Europe"))
                .containsExactly(new Contact("Anika Sorensen", null, "ILO Regional Office for Europe", null, null));
    }

    @Test
    void mailtoLinkBehindTheNameGivesTheEmail() {
        TextLine line = new TextLine("Hana Novak, Programme Officer", 1, 0, false, 0f, LineStart.PARAGRAPH, LineRole.BODY,
                List.of(new Hyperlink("Hana Novak", "mailto:novak@ilo.org")));
        assertThat(parse(line.text(), line))
                .containsExactly(new Contact("Hana Novak", "Programme Officer", null, "novak@ilo.org", null));
    }

    @Test
    void wrappedLineIsJoinedAndALabelLeftOnTheLineIsDropped() {
        assertThat(parse("Samuel Owusu, Employment Specialist, ILO Abuja owusu@ilo.org",
                TextLine.plain("Contact details  Samuel Owusu, Employment Specialist,", 2, LineStart.PARAGRAPH),
                TextLine.plain("ILO Abuja owusu@ilo.org", 2, LineStart.WRAPPED)))
                .containsExactly(new Contact("Samuel Owusu", "Employment Specialist", "ILO Abuja", "owusu@ilo.org", null));
    }

    @Test
    void flattenedTextIsReadFromTheCleanedTextWhereTheReaderCouldNotTellWrapping() {
        assertThat(parse("Farida Rahimi – Regional Skills and public employment services Officer.",
                TextLine.plain("Farida Rahimi – Regional Skills and public", 3, LineStart.UNKNOWN),
                TextLine.plain("employment services Officer.", 3, LineStart.UNKNOWN))).containsExactly(
                new Contact("Farida Rahimi", "Regional Skills and public employment services Officer", null, null, null));
    }

    @Test
    void lineStartingInLowerCaseContinuesTheLineAbove() {
        assertThat(parse("Yusuf Demir – Senior Social Dialogue and labour\nadministration Specialist\nhr.desk@ilo.org"))
                .containsExactly(new Contact("Yusuf Demir", "Senior Social Dialogue and labour administration Specialist", null,
                        "hr.desk@ilo.org", null));
    }

    @Test
    void emptyFieldGivesNoContact() {
        assertThat(parse("")).isEmpty();
    }
}
