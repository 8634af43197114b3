package org.ilo.sstc.entities;

import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.profile.Profiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
        return parse(text, LineStart.PARAGRAPH);
    }

    /** A contact field of flattened text, where a reader cannot tell a wrapped line from a new paragraph. */
    private static List<Contact> parseFlattened(String text) {
        return parse(text, LineStart.UNKNOWN);
    }

    private static List<Contact> parse(String text, LineStart start) {
        List<TextLine> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(TextLine.plain(line, 1, start));
        }
        return PARSER.parse(new FieldText(text, lines), NerEvidence.none(), List.of());
    }

    /** A contact field whose reader lines are {@code lines} and whose cleaned text is {@code text}. */
    private static List<Contact> parse(String text, TextLine... lines) {
        return PARSER.parse(new FieldText(text, List.of(lines)), NerEvidence.none(), List.of());
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
    void anAddressSpeltOutAgainstHarvestersIsTheContactsEmail() {
        // contactDetails keeps "[at]" and "[dot]" as written; the e-mail is the address a mail program takes.
        assertThat(parse("Olesea Rusu – head of youth services, National Employment Agency – olesea.rusu [at] anofm-md [dot] org\n"
                + "Taras Melnyk, director, t.melnyk(at)dcz.ua"))
                .extracting(Contact::name, Contact::email)
                .containsExactly(tuple("Olesea Rusu", "olesea.rusu@anofm-md.org"), tuple("Taras Melnyk", "t.melnyk@dcz.ua"));
    }

    @Test
    void theHeadingOfTheAddressAfterAnOrganisationsFullStopIsNoPartOfIt() {
        assertThat(parse("Ms Nirosha PERERA, education officer, Sri Lanka Hotel Employees’ Union. Email: n.perera@hotel-union.lk"))
                .extracting(Contact::organization, Contact::email)
                .containsExactly(tuple("Sri Lanka Hotel Employees’ Union", "n.perera@hotel-union.lk"));
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
    void mailtoLinkBehindASurnameFirstNameGivesTheEmailOfThatPersonInNaturalOrder() {
        TextLine line = new TextLine("PIKE, Jordan (Coordinator, Sahel Miners’ Network)", 1, 0, false, 0f, LineStart.PARAGRAPH,
                LineRole.BODY, List.of(new Hyperlink("PIKE, Jordan", "mailto:j.pike@sahelminers.example")));
        assertThat(parse(line.text(), line)).containsExactly(
                new Contact("Jordan Pike", "Coordinator", "Sahel Miners’ Network", "j.pike@sahelminers.example", null));
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
    void surnameWrittenFirstInCapitalsBecomesTheNameInNaturalOrder() {
        assertThat(parse("OKONKWO, Chidi – Youth Employment Specialist, ILO Lagos – okonkwo@ilo.org\n"
                + "VAN DER MEER, Anouk Maria – Programme Analyst – vandermeer@ilo.org\n"
                + "Dr. ADJEI-MENSAH, Kwabena, Senior Economist, Ministry of Finance"))
                .containsExactly(new Contact("Chidi Okonkwo", "Youth Employment Specialist", "ILO Lagos", "okonkwo@ilo.org", null),
                        new Contact("Anouk Maria van der Meer", "Programme Analyst", null, "vandermeer@ilo.org", null),
                        new Contact("Kwabena Adjei-Mensah", "Senior Economist", "Ministry of Finance", null, null));
    }

    @Test
    void givenNameThatIsACountryIsStillTheGivenName() {
        assertThat(parse("HASSAN, Jordan – Employment Officer, ILO Amman – hassan@ilo.org"))
                .extracting(Contact::name, Contact::country).containsExactly(tuple("Jordan Hassan", null));
    }

    @Test
    void officeAndTownBeforeACommaAreNoSurnameAndGivenName() {
        assertThat(parse("UNDP, Kigali – kigali.office@undp.org\nILO, Dakar – Programme Officer – dakar@ilo.org"))
                .containsExactly(new Contact(null, null, "UNDP, Kigali", "kigali.office@undp.org", null),
                        new Contact(null, "Programme Officer", "ILO, Dakar", "dakar@ilo.org", null));
    }

    @Test
    void personWithTwoEmailsIsOneContactWithTheFirst() {
        assertThat(parse("Lina Haddad, Skills Officer, ILO Beirut (haddad@ilo.org, lina.haddad@example.com)\n"
                + "Tomas Varga, Programme Officer, ILO Budapest\nPhone: +36 1 301 4900\n"
                + "Email: varga@ilo.org; tomas.varga@example.net"))
                .containsExactly(new Contact("Lina Haddad", "Skills Officer", "ILO Beirut", "haddad@ilo.org", null),
                        new Contact("Tomas Varga", "Programme Officer", "ILO Budapest", "varga@ilo.org", "+36 1 301 4900", null));
    }

    @Test
    void secondAddressThatIsNotThePersonsIsADesk() {
        assertThat(parse("Tomas Varga, Programme Officer, varga@ilo.org\ninfo@coopnet.example.org"))
                .containsExactly(new Contact("Tomas Varga", "Programme Officer", null, "varga@ilo.org", null),
                        new Contact(null, null, null, "info@coopnet.example.org", null));
    }

    @Test
    void phoneNumbersGoToThePhoneNeverIntoTheNameOrRole() {
        assertThat(parse("Rosa Quispe, Programme Officer, ILO Lima, (+51) 1 442 7788, quispe@ilo.org\n"
                + "Peter Phiri – Coordinator – Mobile: 0977 123 456 – phiri@example.zm\n"
                + "Amina Yusuf, Tel: +234 9 461 2345 / +234 803 000 1111, yusuf@ilo.org"))
                .containsExactly(new Contact("Rosa Quispe", "Programme Officer", "ILO Lima", "quispe@ilo.org", "(+51) 1 442 7788", null),
                        new Contact("Peter Phiri", "Coordinator", null, "phiri@example.zm", "0977 123 456", null),
                        new Contact("Amina Yusuf", null, null, "yusuf@ilo.org", "+234 9 461 2345", null));
    }

    @Test
    void mailtoTargetListedApartGivesTheEmailOfThePersonItNames() {
        String text = "Owen Mbeki, Chief Technical Adviser, ILO Pretoria\nSipho Dlamini, Programme Officer, dlamini@ilo.org";
        List<TextLine> lines = List.of(TextLine.plain("Owen Mbeki, Chief Technical Adviser, ILO Pretoria", 4, LineStart.PARAGRAPH),
                TextLine.plain("Sipho Dlamini, Programme Officer, dlamini@ilo.org", 4, LineStart.PARAGRAPH));
        List<Hyperlink> practiceLinks = List.of(new Hyperlink("", "https://www.ilo.org/pretoria"),
                new Hyperlink("", "mailto:mbeki@ilo.org"), new Hyperlink("", "mailto:dlamini@ilo.org"));
        assertThat(PARSER.parse(new FieldText(text, lines), NerEvidence.none(), practiceLinks)).extracting(Contact::email)
                .containsExactly("mbeki@ilo.org", "dlamini@ilo.org");
    }

    @Test
    void emptyFieldGivesNoContact() {
        assertThat(parse("")).isEmpty();
    }

    @Test
    void anAbbreviatedSaintsNameInsideTheSurnameKeepsTheNameWhole() {
        assertThat(parse("Marie-Claire St. Hilaire, Specialist, ILO Port of Spain – sthilaire@ilo.org"))
                .extracting(Contact::name, Contact::email).containsExactly(tuple("Marie-Claire St. Hilaire", "sthilaire@ilo.org"));
    }

    @Test
    void flattenedContactsWrappedInTheMiddleAreJoinedAndEachPersonStaysApart() {
        assertThat(parseFlattened("Mr. Tomas Eriksen, Specialist in Employment\nServices, ILO Geneva, eriksen@ilo.org\n"
                + "Ms. Wanjiru Kamau, Programme Officer, ILO\nNairobi, kamau@ilo.org\nLiang Wei, Adviser\nPriya Nair, Officer, nair@ilo.org"))
                .extracting(Contact::name, Contact::email)
                .containsExactly(tuple("Tomas Eriksen", "eriksen@ilo.org"), tuple("Wanjiru Kamau", "kamau@ilo.org"),
                        tuple("Liang Wei", null), tuple("Priya Nair", "nair@ilo.org"));
    }

    @Test
    void aFlattenedNameAloneOnItsLineIsWholeButOneCutInsideASurnameGoesOn() {
        // The name is whole, and the line under it gives that person's role and office.
        assertThat(parseFlattened("Amina Ruiz Calderón\nMaritime Specialist, ILO Office for the Philippines"))
                .containsExactly(new Contact("Amina Ruiz Calderón", "Maritime Specialist", "ILO Office for the Philippines", null, null));
        assertThat(parseFlattened("Mr. Rui Nunes and Mr. Ike Danjuma\nBello, Project Coordinators, ILO Abuja, nunes@ilo.org; bello@ilo.org"))
                .extracting(Contact::name, Contact::email)
                .containsExactly(tuple("Rui Nunes", "nunes@ilo.org"), tuple("Ike Danjuma Bello", "bello@ilo.org"));
    }

    @Test
    void anAddressBrokenAtItsHyphenIsOneAddress() {
        assertThat(parseFlattened("Labour Statistics Unit, ILO Geneva – platform-\nstat@ilo.org"))
                .extracting(Contact::email).containsExactly("platform-stat@ilo.org");
    }

    @Test
    void wordsBeforeTheAddressOfThePersonAboveEndHisOffice() {
        assertThat(parseFlattened("Mr. Gabriel Montes, Senior Statistician, ILO\nGeneva, montes@ilo.org"))
                .containsExactly(new Contact("Gabriel Montes", "Senior Statistician", "ILO Geneva", "montes@ilo.org", null));
    }

    @Test
    void twoPeopleOfOneOfficeTakeTheirAddressesInTheOrderTheyAreListed() {
        assertThat(parse("Mr. Rui Tavares and Mr. Ike Bello, Project Coordinators, ILO Abuja, tavares@ilo.org; bello@ilo.org\n"
                + "Ms. Ana Sousa and Ms. Mia Lund, Labour Inspectorate (Uruguay) – sousa@mtss.uy, lund@mtss.uy"))
                .extracting(Contact::name, Contact::email)
                .containsExactly(tuple("Rui Tavares", "tavares@ilo.org"), tuple("Ike Bello", "bello@ilo.org"),
                        tuple("Ana Sousa", "sousa@mtss.uy"), tuple("Mia Lund", "lund@mtss.uy"));
    }

    @Test
    void anOfficeWhoseCityTheDesksAddressHoldsIsNoPerson() {
        assertThat(parse("Huda Sabri – Skills Officer – ILO ROAS – sabri@ilo.org; SSTC desk, ILO Beirut: sstc-beirut@ilo.org"))
                .extracting(Contact::name, Contact::email)
                .containsExactly(tuple("Huda Sabri", "sabri@ilo.org"), tuple(null, "sstc-beirut@ilo.org"));
    }

    @Test
    void aContactTableFlattenedCellByCellGivesOneContactPerRow() {
        // Each cell a paragraph of lines wrapped at its narrow column, a blank line between cells (Tika's text of
        // a Name | Position | E-mail table): the address alone in its paragraph closes the row.
        String[][] paragraphs = {{"Tamar Ben-", "Haim"}, {"Specialist on", "Rural", "Cooperatives, ILO", "Cairo"},
            {"benhaim@ilo.org"}, {"Omar Farouk", "Saleh"}, {"Director of", "Training, Ministry", "of Labour of Jordan"},
            {"osaleh@mol.gov.jo"}};
        List<TextLine> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String[] paragraph : paragraphs) {
            for (int i = 0; i < paragraph.length; i++) {
                lines.add(TextLine.plain(paragraph[i], 1, i == 0 ? LineStart.PARAGRAPH : LineStart.UNKNOWN));
                text.append(paragraph[i]).append('\n');
            }
        }
        assertThat(parse(text.toString().strip(), lines.toArray(TextLine[]::new))).extracting(Contact::name, Contact::email)
                .containsExactly(tuple("Tamar Ben-Haim", "benhaim@ilo.org"), tuple("Omar Farouk Saleh", "osaleh@mol.gov.jo"));
    }

    @Test
    void addressesSharingLinesWithNamesKeepEveryLineAnEntry() {
        assertThat(parseFlattened("ILO Skills\nILO EPAP\nLina Haddad, Officer, haddad@ilo.org")).hasSize(3);
    }

    @Test
    void anAddressWhoseDomainFlattenedTextBrokeAtItsHyphenIsWhole() {
        List<Contact> contacts = parseFlattened("Dwayne R. Campbell, Senior Specialist | ILO Office for the Caribbean | campbell@ilo-\n"
                + "caribbean.org | +1 868 555 0142\n"
                + "Marcia Reid, Director | Jamaica Employers' Federation | mreid@jef.example | +1 876 555 0187");
        assertThat(contacts).extracting(Contact::name, Contact::email)
                .containsExactly(tuple("Dwayne R. Campbell", "campbell@ilo-caribbean.org"), tuple("Marcia Reid", "mreid@jef.example"));
    }

    @Test
    void roleWordsInTheComplementOfAJobTitleBelongToTheTitle() {
        assertThat(parse("Marcia Thompson-Reid, Director of Member Services | Jamaica Federation of Employers | mthompson@jfee.example"))
                .extracting(Contact::role, Contact::organization)
                .containsExactly(tuple("Director of Member Services", "Jamaica Federation of Employers"));
    }
}
