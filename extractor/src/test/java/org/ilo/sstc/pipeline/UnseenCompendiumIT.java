package org.ilo.sstc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.sstc.pipeline.WordParagraphs.bold;
import static org.ilo.sstc.pipeline.WordParagraphs.labelLine;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.Contact;
import org.ilo.sstc.model.Country;
import org.ilo.sstc.model.CountryMention;
import org.ilo.sstc.model.Link;
import org.ilo.sstc.model.NamedEntity;
import org.ilo.sstc.model.OtherSection;
import org.ilo.sstc.model.Practice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compendium unlike the sample: other regions, countries and people, labels worded otherwise, a
 * heading with hyphens, the bold-label layout beside the table layout, a contact table nested in a
 * cell, a Word footnote that defines a group, an unknown label. What a user would check in the JSON.
 */
class UnseenCompendiumIT {

    @TempDir
    static Path dir;

    private static CompendiumDocument document;

    @BeforeAll
    static void convert() throws Exception {
        Path file = dir.resolve("compendium-2024-2025.docx");
        write(file);
        document = SharedPipeline.extractor().extract(file);
    }

    @Test
    void findsBothPracticesWithTheirHeadings() {
        assertThat(document.practices()).extracting(Practice::number, Practice::region, Practice::shortTitle)
                .containsExactly(tuple(1, "AFRICA", "Green jobs in the Sahel"),
                        tuple(2, "ARAB STATES", "Media fellowship"));
        assertThat(document.preface()).isEqualTo("Foreword of the new biennium.");
    }

    @Test
    void readsRewordedLabelsOfTheTableLayout() {
        Practice p = document.practices().get(0);
        assertThat(p.author()).isEqualTo("Aminata Traoré");
        assertThat(p.institution()).isEqualTo("ILO Dakar");
        assertThat(p.dates()).isEqualTo("2022-2023");
        assertThat(p.title()).isEqualTo("Green jobs for rural youth");
        assertThat(p.sections().objectives()).isEqualTo("To create green jobs for young people in rural areas.");
        assertThat(p.sections().methodology()).isEqualTo("- Peer exchanges between the two labour ministries.");
        assertThat(p.sections().sustainability()).isEqualTo("- Budget lines in both national plans.");
        assertThat(p.sections().results()).isEqualTo("- 300 young people trained.\n- 2 cooperatives created.");
        assertThat(p.fundingSources()).isEqualTo("RBTC-SSTC");
        assertThat(p.otherSections()).containsExactly(new OtherSection("Lessons learned", "Start with the cooperatives."));
        assertThat(p.warnings()).anyMatch(w -> w.contains("Lessons learned"));
    }

    @Test
    void normalisesCountriesAndKeepsRegionsOfTheTablePractice() {
        Practice p = document.practices().get(0);
        assertThat(p.countries()).extracting(Country::iso3).containsExactly("SEN", "MLI", "BFA");
        assertThat(p.regions()).containsExactly("Sahel");
        assertThat(p.entities().countries()).extracting(CountryMention::iso3).contains("SEN", "MLI", "BFA", "CIV");
    }

    @Test
    void parsesTheNestedContactTableAndTheLinks() {
        Practice p = document.practices().get(0);
        assertThat(p.contacts()).extracting(Contact::name, Contact::email, Contact::country)
                .containsExactly(tuple("Moussa Diop", "diop@example.org", "Senegal"),
                        tuple("Fatoumata Keita", "keita@example.org", "Mali"));
        assertThat(p.links()).extracting(Link::text, Link::url)
                .containsExactly(tuple("Project page", "https://www.example.org/sahel-green-jobs"));
        assertThat(p.entities().persons()).extracting(NamedEntity::name)
                .contains("Aminata Traoré", "Moussa Diop", "Fatoumata Keita");
    }

    @Test
    void readsTheBoldLabelLayoutWithAFootnoteThatDefinesAGroup() {
        Practice p = document.practices().get(1);
        assertThat(p.author()).isEqualTo("Karim Haddad");
        assertThat(p.countriesInvolved()).isEqualTo("Jordan, Lebanon and the GCC");
        assertThat(p.footnotes()).containsExactly(
                "GCC refers to Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates.");
        assertThat(p.countries()).extracting(Country::iso3)
                .containsExactlyInAnyOrder("JOR", "LBN", "BHR", "KWT", "OMN", "QAT", "SAU", "ARE");
        assertThat(p.regions()).containsExactly("GCC");
        assertThat(p.sections().innovation()).isEqualTo("- A fellowship run fully online.");
        assertThat(p.sections().adaptability()).isEqualTo("- Other regions could host it.");
        assertThat(p.contacts()).extracting(Contact::name, Contact::role, Contact::email)
                .containsExactly(tuple("Karim Haddad", "Communication Officer", "haddad@example.org"));
        assertThat(p.entities().persons()).extracting(NamedEntity::name).contains("Karim Haddad", "Leila Nassar");
    }

    private static void write(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            bold(doc.createParagraph(), "FOREWORD");
            doc.createParagraph().createRun().setText("Foreword of the new biennium.");
            tablePractice(doc);
            boldLabelPractice(doc);
            doc.write(out);
        }
    }

    private static void tablePractice(XWPFDocument doc) {
        bold(doc.createParagraph(), "GOOD PRACTICE 1 - AFRICA - Green jobs in the Sahel");
        labelLine(doc, "Name : ", "Aminata Traoré");
        labelLine(doc, "Institution: ", "ILO Dakar");
        labelLine(doc, "Dates: ", "2022-2023");
        labelLine(doc, "Title of the good practice: ", "Green jobs for rural youth");
        labelLine(doc, "Countries involved: ", "Senegal, Mali, Burkina Faso and the Sahel");
        XWPFTable table = doc.createTable(11, 2);
        row(table, 0, "Objetive (s)", "To create green jobs for young people in rural areas.");
        row(table, 1, "Cooperation between institutions and countries",
                "- The labour ministries of Senegal and Mali met with experts from Côte d’Ivoire.");
        row(table, 2, "Effectiveness of the methodological approach (max. 100 words)",
                "- Peer exchanges between the two labour ministries.");
        row(table, 3, "Innovation of the practice", "- Solar kits as training tools.");
        row(table, 4, "Elements that make good practice sustainable", "- Budget lines in both national plans.");
        row(table, 5, "Adaptability", "- Other Sahel countries.");
        row(table, 6, "Results", "- 300 young people trained.", "- 2 cooperatives created.");
        label(table.getRow(7).getCell(0), "Contacts");
        XWPFTableCell contacts = table.getRow(7).getCell(1);
        XWPFTable nested = contacts.insertNewTbl(contacts.getParagraphs().get(0).getCTP().newCursor());
        String[][] people = {{"Name", "E-mail", "Country"}, {"Moussa Diop", "diop@example.org", "Senegal"},
            {"Fatoumata Keita", "keita@example.org", "Mali"}};
        for (String[] person : people) {
            var r = nested.createRow();
            for (int c = 0; c < person.length; c++) {
                (c < r.getTableCells().size() ? r.getCell(c) : r.addNewTableCell()).setText(person[c]);
            }
        }
        row(table, 8, "Funds", "RBTC-SSTC");
        label(table.getRow(9).getCell(0), "Materials and Photos");
        table.getRow(9).getCell(1).getParagraphs().get(0)
                .createHyperlinkRun("https://www.example.org/sahel-green-jobs").setText("Project page");
        row(table, 10, "Lessons learned", "Start with the cooperatives.");
    }

    private static void boldLabelPractice(XWPFDocument doc) {
        bold(doc.createParagraph(), "GOOD PRACTICE 2 – ARAB STATES – Media fellowship");
        labelLine(doc, "Author's name: ", "Karim Haddad");
        labelLine(doc, "Institution: ", "ILO Beirut");
        labelLine(doc, "Title of the practice: ", "A fellowship for labour journalists");
        doc.createFootnotes();
        XWPFFootnote note = doc.createFootnote();
        note.createParagraph().createRun().setText(
                "GCC refers to Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates.");
        XWPFParagraph countries = doc.createParagraph();
        bold(countries, "Countries involved: ");
        countries.createRun().setText("Jordan, Lebanon and the GCC");
        countries.addFootnoteReference(note);
        section(doc, "Objectives", "Better reporting on labour issues in the region.");
        section(doc, "Cooperation", "- Newsrooms in Amman and Beirut hosted the fellows.");
        section(doc, "Methodology", "- Mentoring by senior editors such as Leila Nassar.");
        section(doc, "Innovation", "- A fellowship run fully online.");
        section(doc, "Sustainability", "- The network of fellows meets yearly.");
        section(doc, "Replicability", "- Other regions could host it.");
        section(doc, "Main results", "- 20 articles published.");
        section(doc, "Contact", "Mr. Karim Haddad, Communication Officer, ILO Beirut, haddad@example.org");
        section(doc, "Funding", "RBTC-SSTC");
        section(doc, "Materials", "Fellowship report 2025");
    }

    private static void section(XWPFDocument doc, String label, String content) {
        bold(doc.createParagraph(), label);
        doc.createParagraph().createRun().setText(content);
    }

    private static void row(XWPFTable table, int index, String label, String... paragraphs) {
        label(table.getRow(index).getCell(0), label);
        XWPFTableCell cell = table.getRow(index).getCell(1);
        cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
        for (int i = 1; i < paragraphs.length; i++) {
            cell.addParagraph().createRun().setText(paragraphs[i]);
        }
    }

    private static void label(XWPFTableCell cell, String label) {
        bold(cell.getParagraphs().get(0), label);
    }
}
