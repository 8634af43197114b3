package org.ilo.sstc.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.ilo.sstc.fields.FieldText;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.model.Contact;
import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.profile.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contact rows and person names as Spanish, French and Portuguese compendia write them (no NER: the rules alone). */
class MultilingualContactsTest {

    private static ContactParser parser(String language) {
        CompendiumProfile profile = Profiles.bundled().get(language);
        PlaceGazetteer places = PlaceGazetteer.load(profile);
        ContactWords words = ContactWords.of(profile);
        return new ContactParser(words, new EntityWords(profile), new PersonNames(words, places), places);
    }

    private static PersonNames names(String language) {
        CompendiumProfile profile = Profiles.bundled().get(language);
        return new PersonNames(ContactWords.of(profile), PlaceGazetteer.load(profile));
    }

    private static List<Contact> parse(String language, String text) {
        List<TextLine> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(TextLine.plain(line, 1, LineStart.PARAGRAPH));
        }
        return parser(language).parse(new FieldText(text, lines), NerEvidence.none(), List.of());
    }

    @Test
    void aSurnameInCapitalsThatTheAddressSpellsWithTheGivenNameIsANameWhateverTheRecogniserSays() {
        assertThat(parseTaggedABody("pt", "MUCAVELE, Marta (técnica de formação profissional, INEFP) – marta.mucavele@inefp-mz.org",
                "MUCAVELE")).extracting(Contact::name).containsExactly("Marta Mucavele");
    }

    @Test
    void aSurnameInCapitalsThatTheAddressHoldsBeforeAJobTitleIsANameWhateverTheRecogniserSays() {
        assertThat(parseTaggedABody("es", "ASANTE OWUSU, Kwabena (Coordinador Nacional, OIT Accra): asante@oit-accra.example",
                "ASANTE OWUSU")).extracting(Contact::name).containsExactly("Kwabena Asante Owusu");
    }

    @Test
    void aCaptainsTitleIsNoPartOfTheName() {
        assertThat(parse("en", "Capt. Ravi Gunnoo-Seetaram, Director of Studies, Maritime Training Academy (email: r.gunnoo@mmta.example)"))
                .extracting(Contact::name).containsExactly("Ravi Gunnoo-Seetaram");
    }

    @Test
    void twoTitledPeopleJoinedByEtShareTheOrganisationAndTakeTheirAddressesInOrder() {
        // "BÉNIN" is a country's name too: after "Mme" it is a surname.
        assertThat(parse("fr", "M. Landry OKEMBA et Mme Odile BÉNIN, inspecteurs principaux du travail, Direction générale du travail "
                + "du Congo, courriel : l.okemba@dgt-congo.cg et o.benin@dgt-congo.cg"))
                .extracting(Contact::name, Contact::email)
                .containsExactly(tuple("Landry OKEMBA", "l.okemba@dgt-congo.cg"), tuple("Odile BÉNIN", "o.benin@dgt-congo.cg"));
    }

    @Test
    void twoTitledPeopleJoinedByAndEachWithAnOrganisationInBracketsKeepTheirOwn() {
        assertThat(parse("en", "Ms Sabina Shrestha (ILO Kathmandu) and Mr Ashan Perera (ILO Colombo) — shrestha@ilo.org; perera.a@ilo.org"))
                .extracting(Contact::name, Contact::organization, Contact::email)
                .containsExactly(tuple("Sabina Shrestha", "ILO Kathmandu", "shrestha@ilo.org"),
                        tuple("Ashan Perera", "ILO Colombo", "perera.a@ilo.org"));
    }

    @Test
    void aDeskAndItsAddressOnTheLineUnderAPersonWithoutOneIsAContactOfItsOwnInFlattenedText() {
        String text = "M. Mamadou Lamine SY, chef du service des pensions, Caisse de prévoyance et de sécurité sociale du Sénégal\n"
                + "Secrétariat technique du COACP : secretariat@coacp-ao.org";
        List<TextLine> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(TextLine.plain(line, 1, LineStart.UNKNOWN));
        }
        assertThat(parser("fr").parse(new FieldText(text, lines), NerEvidence.none(), List.of()))
                .extracting(Contact::name, Contact::email)
                .containsExactly(tuple("Mamadou Lamine SY", null), tuple(null, "secretariat@coacp-ao.org"));
    }

    @Test
    void theSpanishTitlesDonAndDonaAbbreviatedAreNoPartOfTheName() {
        assertThat(parse("es", "D.ª Lucía Ortega Marín, jefa de servicio, Ministerio de Trabajo (lortega@mites.example)\n"
                + "D. Karim Benali Haddad, inspector, Inspección de Trabajo (k.benali@itss.example)"))
                .extracting(Contact::name).containsExactly("Lucía Ortega Marín", "Karim Benali Haddad");
    }

    /** The contacts of the one-line {@code row}, where the recogniser tagged {@code body}, its start, an organisation. */
    private static List<Contact> parseTaggedABody(String language, String row, String body) {
        List<TextLine> lines = List.of(TextLine.plain(row, 1, LineStart.PARAGRAPH));
        NerEvidence evidence = new NerEvidence(List.of(new NerMention(NerMention.Type.ORGANIZATION, body, 0, body.length())));
        return parser(language).parse(new FieldText(row, lines), evidence, List.of());
    }

    @Test
    void aCountrysNameInsideAPersonsNameKeepsThePersonWhereATitleOrTheAddressSaysSo() {
        assertThat(parse("es", "Sr. Pablo Chile Zamora, Evaluador principal, Centro de Oficios, pzamora1@oficios.example"))
                .extracting(Contact::name).containsExactly("Pablo Chile Zamora");
        assertThat(parse("pt", "Luísa Brasil Tavares – técnica de previdência, INSS – ltavares@inss.example"))
                .extracting(Contact::name).containsExactly("Luísa Brasil Tavares");
    }

    @Test
    void aSpanishCourtesyTitleInAnEnglishCompendiumIsNoPartOfTheName() {
        assertThat(parse("en", "Lcda. Rosa Elena Tzul, Coordinator of Certifiers, Coffee Producers’ Association – rtzul@cafe.example"))
                .extracting(Contact::name).containsExactly("Rosa Elena Tzul");
    }

    @Test
    void aDoubleBarrelledSurnameInCapitalsIsConfirmedByAnAddressThatSpellsOneOfItsParts() {
        assertThat(parse("es", "BAPTISTE-ROSE, Marcela – OIT Kingston – baptiste@oit.example"))
                .extracting(Contact::name).containsExactly("Marcela Baptiste-Rose");
    }

    @Test
    void spanishTitleNameRoleOfficeAndEmail() {
        assertThat(parse("es", "Sra. Ana Lucía Méndez, Especialista en Empleo, OIT Lima, mendez@ejemplo.org"))
                .containsExactly(new Contact("Ana Lucía Méndez", "Especialista en Empleo", "OIT Lima", "mendez@ejemplo.org", null));
    }

    @Test
    void spanishPhoneLinesGiveThePersonTheFirstNumber() {
        assertThat(parse("es", "Lic. Jorge Mamani Quispe, Coordinador Nacional, Ministerio de Trabajo\n"
                + "Teléfono: +591 2 2123456\nCelular: (591) 71234567\njmamani@ejemplo.org"))
                .containsExactly(new Contact("Jorge Mamani Quispe", "Coordinador Nacional", "Ministerio de Trabajo",
                        "jmamani@ejemplo.org", "+591 2 2123456", null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Sr. ORTEGA Y GASSET, José Luis – Especialista en Empleo, OIT Quito – ortega@ejemplo.org|José Luis Ortega y Gasset|",
        "es|DE LA CRUZ, María – Oficial de Programa – Tel.: +593 2 252 6000 – delacruz@ejemplo.org|María de la Cruz|+593 2 252 6000",
        "fr|N'DIAYE, Aïssatou – chargée de programme, BIT Dakar – Tél. : +221 33 869 92 00 – ndiaye@exemple.org|Aïssatou N'Diaye|+221 33 869 92 00",
        "fr|M. KOUASSI-YAO, Jean – Coordonnateur national – kouassi@exemple.org|Jean Kouassi-Yao|",
        "fr|GBEDJI-ATTI Rosine, spécialiste emploi, BIT Dakar – gbedji-atti@exemple.org|Rosine Gbedji-Atti|",
        "pt|DOS SANTOS, Ana Paula – Técnica Superior – Telemóvel: +244 923 000 111 – ana.santos@exemplo.ao|Ana Paula dos Santos|+244 923 000 111",
    })
    void surnameWrittenFirstInCapitalsBecomesTheNameInNaturalOrder(String language, String row, String name, String phone) {
        assertThat(parse(language, row)).extracting(Contact::name, Contact::phone).containsExactly(tuple(name, phone));
    }

    @Test
    void spanishContactTableWithCountryColumn() {
        assertThat(parse("es", "Nombre\tCorreo electrónico\tPaís\nRosa Elvira Huamán\thuaman@ejemplo.org\tPerú\n"
                + "Carlos Gutiérrez\tgutierrez@ejemplo.org\tColombia"))
                .containsExactly(new Contact("Rosa Elvira Huamán", null, null, "huaman@ejemplo.org", "Perú"),
                        new Contact("Carlos Gutiérrez", null, null, "gutierrez@ejemplo.org", "Colombia"));
    }

    @Test
    void frenchTitleNameDashRoleAndOffice() {
        assertThat(parse("fr", "M. Jean-Baptiste Kaboré – Chargé de programme, BIT Dakar"))
                .containsExactly(new Contact("Jean-Baptiste Kaboré", "Chargé de programme", "BIT Dakar", null, null));
        assertThat(parse("fr", "Mme Fatou Ndiaye, Coordonnatrice nationale, Ministère du Travail, ndiaye@exemple.org\n"
                + "Tél. : +221 33 123 45 67\nPortable : 77 123 45 67"))
                .containsExactly(new Contact("Fatou Ndiaye", "Coordonnatrice nationale", "Ministère du Travail",
                        "ndiaye@exemple.org", "+221 33 123 45 67", null));
    }

    @Test
    void portugueseNameWithEmailInParenthesesThenRoleAndMinistry() {
        assertThat(parse("pt", "Contatos: Dra. Helena Tavares (helena@exemplo.org), Coordenadora, Ministério do Trabalho"))
                .containsExactly(new Contact("Helena Tavares", "Coordenadora", "Ministério do Trabalho", "helena@exemplo.org", null));
        assertThat(parse("pt", "Sr.ª Maria das Graças Ferreira, Técnica Superior, Escritório da OIT em Lisboa\n"
                + "Telemóvel: +351 912 345 678\nferreira@exemplo.org"))
                .containsExactly(new Contact("Maria das Graças Ferreira", "Técnica Superior", "Escritório da OIT em Lisboa",
                        "ferreira@exemplo.org", "+351 912 345 678", null));
    }

    @Test
    void surnameFirstInCapitalsIsAName() {
        assertThat(parse("es", "QUISPE, María Fernanda – Oficial de Programa – quispe@ejemplo.org"))
                .extracting(Contact::email).containsExactly("quispe@ejemplo.org");
    }

    @Test
    void namesWithParticlesTitlesAndTownsAreToldApart() {
        PersonNames spanish = names("es");
        assertThat(spanish.isName(spanish.clean("Dra. María de la Cruz Pérez"), NerEvidence.none(), null)).isTrue();
        assertThat(spanish.clean("Ing. Roberto Salinas")).isEqualTo("Roberto Salinas");
        assertThat(spanish.isName("San José", NerEvidence.none(), null)).isFalse();
        assertThat(spanish.isName("Empleo Juvenil", NerEvidence.none(), null)).isFalse();
        assertThat(spanish.isName("Ministerio Público", NerEvidence.none(), null)).isFalse();
        PersonNames french = names("fr");
        assertThat(french.clean("Mme Awa Coulibaly")).isEqualTo("Awa Coulibaly");
        assertThat(french.isName("Jean-Baptiste Ouédraogo", NerEvidence.none(), null)).isTrue();
        assertThat(french.isName("Saint Louis", NerEvidence.none(), null)).isFalse();
        assertThat(french.isName("Travail Décent", NerEvidence.none(), null)).isFalse();
        PersonNames portuguese = names("pt");
        assertThat(portuguese.clean("Sr.ª Joana Cabral")).isEqualTo("Joana Cabral");
        assertThat(portuguese.isName("Maria das Graças Ferreira", NerEvidence.none(), null)).isTrue();
        assertThat(portuguese.isName("São Vicente", NerEvidence.none(), null)).isFalse();
        assertThat(portuguese.isName("Emprego Jovem", NerEvidence.none(), null)).isFalse();
    }

    @Test
    void aNameParticleThatATitleFoldsToStaysInTheName() {
        // "da" is a particle of the name and what the Portuguese title "Dª" (Dona) folds to.
        assertThat(parse("pt", "Sra. Jacinta da Costa Soares, Coordenadora do Projeto, OIT Díli – soares@ilo.org"))
                .extracting(Contact::name, Contact::email).containsExactly(tuple("Jacinta da Costa Soares", "soares@ilo.org"));
    }

    /** {@code text} as flattened text gives it: lines whose wrapping no reader could tell. */
    private static List<Contact> parseFlattened(String language, String text) {
        List<TextLine> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(TextLine.plain(line, 1, LineStart.UNKNOWN));
        }
        return parser(language).parse(new FieldText(text, lines), NerEvidence.none(), List.of());
    }

    private static final String PARTS_A_LINE = """
            Nombre: Ana Ruiz Pereda
            Cargo: Especialista en Economía Informal, OIT Lima
            Correo: a.ruiz@oit-andina.example
            Nombre: Tomás Quiroga Lema
            Cargo: Director, Federación de Recicladores de Cusco
            Correo: tquiroga@frc.example
            Tel.: +51 84 231 4455
            Consultas generales: recicla@oit-andina.example""";

    @Test
    void aPersonsPartsOneALineUnderTheirHeadingsAreOneContact() {
        List<Contact> expected = List.of(
                new Contact("Ana Ruiz Pereda", "Especialista en Economía Informal", "OIT Lima", "a.ruiz@oit-andina.example", null),
                new Contact("Tomás Quiroga Lema", "Director", "Federación de Recicladores de Cusco", "tquiroga@frc.example",
                        "+51 84 231 4455", null),
                new Contact(null, null, "Consultas generales", "recicla@oit-andina.example", null));

        assertThat(parse("es", PARTS_A_LINE)).containsExactlyElementsOf(expected);
        assertThat(parseFlattened("es", PARTS_A_LINE)).containsExactlyElementsOf(expected);
    }

    @Test
    void aPartUnderItsHeadingIsALineOfItsOwnEvenWhereTheReaderTookItForAWrappedOne() {
        String text = "M. Lansana KOUROUMA\nFonction : secrétaire général, Syndicat des transporteurs de Kankan\nCourriel : kourouma@stk.example";
        List<TextLine> lines = List.of(TextLine.plain("M. Lansana KOUROUMA", 1, LineStart.PARAGRAPH),
                TextLine.plain("Fonction : secrétaire général, Syndicat des transporteurs de Kankan", 1, LineStart.PARAGRAPH),
                TextLine.plain("Courriel : kourouma@stk.example", 1, LineStart.WRAPPED));

        assertThat(parser("fr").parse(new FieldText(text, lines), NerEvidence.none(), List.of())).containsExactly(
                new Contact("Lansana KOUROUMA", "secrétaire général", "Syndicat des transporteurs de Kankan", "kourouma@stk.example", null));
    }

    @Test
    void aDeskNamedBeforeANoBreakSpaceAndItsColonKeepsNoSpace() {
        assertThat(parse("fr", "Secrétariat\u00a0: orpaillage@cnss.example")).extracting(Contact::organization)
                .containsExactly("Secrétariat");
    }

    @Test
    void aSurnameThatAlsoNamesBodiesIsASurnameWhereTheAddressSpellsItBeforeAJobTitle() {
        assertThat(parse("en", "CAMARA, Mamadou (Head of Training, National Directorate of Mines) – m.camara@dnm.example"))
                .containsExactly(new Contact("Mamadou Camara", "Head of Training", "National Directorate of Mines", "m.camara@dnm.example", null));
    }

    @Test
    void twoAddressesJoinedByOrAreOnePersonsAndTheFirstIsTheirEmail() {
        assertThat(parse("pt", "Celina Macuácua (inspetora-chefe, Inspeção-Geral do Trabalho de Moçambique): c.macuacua@igt.gov.mz "
                + "ou cooperacao@igt.gov.mz"))
                .extracting(Contact::name, Contact::role, Contact::organization, Contact::email)
                .containsExactly(tuple("Celina Macuácua", "inspetora-chefe", "Inspeção-Geral do Trabalho de Moçambique",
                        "c.macuacua@igt.gov.mz"));
        assertThat(parse("en", "Kofi Mensah, Programme Officer, Ghana Skills Council, k.mensah@gsc.example or kofi.m@mail.example"))
                .extracting(Contact::name, Contact::email).containsExactly(tuple("Kofi Mensah", "k.mensah@gsc.example"));
    }

    @Test
    void aHyphenatedJobTitleWhosePartIsARoleWordIsTheRole() {
        assertThat(parse("pt", "Aurélio Neto Vaz (secretário-geral, Conselho Nacional de Concertação Social): a.vaz@cncs.example"))
                .extracting(Contact::role, Contact::organization)
                .containsExactly(tuple("secretário-geral", "Conselho Nacional de Concertação Social"));
    }

    @Test
    void aSurnameInCapitalsThatIsACountrysNameAndThatTheAddressSpellsBeforeAJobTitleIsTheSurname() {
        assertThat(parse("fr", "TCHAD Amina — coordinatrice des échanges — Secrétariat du Réseau francophone — a.tchad@refat.example"))
                .extracting(Contact::name, Contact::role, Contact::organization)
                .containsExactly(tuple("Amina Tchad", "coordinatrice des échanges", "Secrétariat du Réseau francophone"));
        assertThat(parse("fr", "COULIBALY Fanta — cheffe de la division Femmes et pêche — Direction de la pêche — f.coulibaly@dpc.example"))
                .extracting(Contact::role).containsExactly("cheffe de la division Femmes et pêche");
    }
}
