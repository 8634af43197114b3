package org.ilo.sstc.segment;

import org.ilo.sstc.profile.Profiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ilo.sstc.layout.Lines.bold;
import static org.ilo.sstc.layout.Lines.cell;
import static org.ilo.sstc.layout.Lines.document;
import static org.ilo.sstc.layout.Lines.flat;
import static org.ilo.sstc.layout.Lines.para;

import java.util.Arrays;
import java.util.List;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.Lines;
import org.ilo.sstc.layout.SourceFormat;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.junit.jupiter.api.Test;

class HeadingSegmenterTest {

    private final HeadingSegmenter segmenter = new HeadingSegmenter(Profiles.bundled());

    @Test
    void keepsWhatPrecedesTheFirstHeadingAsPrefaceAndCutsAtEachHeading() {
        SegmentedDocument doc = segmenter.split(document(SourceFormat.TEXT,
                para("FOREWORD"), para("Ten practices follow."),
                flat("GOOD PRACTICE 1 – AFRICA – Care"), flat("Author’s name: A"),
                flat(" GOOD PRACTICE 2 - GLOBAL - Skills"), flat("Author’s name: B")));
        assertThat(doc.preface()).extracting(b -> ((TextLine) b).text()).containsExactly("FOREWORD", "Ten practices follow.");
        assertThat(doc.practices()).extracting(p -> p.heading().number(), p -> p.blocks().size())
                .containsExactly(tuple(1, 1), tuple(2, 1));
    }

    @Test
    void dropsATableOfContentsEntryThatRepeatsAPracticeWithContent() {
        SegmentedDocument doc = segmenter.split(document(SourceFormat.TEXT,
                flat("GOOD PRACTICE 1 – AFRICA – Care"), flat("GOOD PRACTICE 2 – AFRICA – Skills"),
                flat("GOOD PRACTICE 1 – AFRICA – Care"), flat("Author’s name: A"),
                flat("GOOD PRACTICE 2 – AFRICA – Skills"), flat("Author’s name: B")));
        assertThat(doc.practices()).extracting(p -> p.heading().number()).containsExactly(1, 2);
        assertThat(doc.practices()).allSatisfy(p -> assertThat(p.blocks()).hasSize(1));
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void joinsAHeadingWhoseBracketedRegionFlattenedTextWrapped() {
        SegmentedDocument doc = segmenter.split(document(SourceFormat.TEXT,
                flat("GOOD PRACTICE 3 (EASTERN EUROPE AND"), flat("CENTRAL ASIA): Employment counsellors of"),
                flat("sending and receiving countries"), flat(""), flat("Case author Jane Roe")));
        assertThat(doc.practices()).extracting(p -> p.heading().region(), p -> p.heading().shortTitle())
                .containsExactly(tuple("EASTERN EUROPE AND CENTRAL ASIA", "Employment counsellors of sending and receiving countries"));
    }

    @Test
    void joinsTheLinesOfAHeadingWhoseStyleSetsEachLineApartAsAParagraph() {
        String top = "GOOD PRACTICE 1 (WEST AFRICA): Clean";
        String rest = "smoking ovens for women fish processors";
        TextLine first = new TextLine(top, 3, top.length(), true, 17f, LineStart.PARAGRAPH, LineRole.BODY, List.of());
        TextLine second = new TextLine(rest, 3, rest.length(), true, 17f, LineStart.PARAGRAPH, LineRole.BODY, List.of());
        SegmentedDocument doc = segmenter.split(document(SourceFormat.PDF, first, second, para("Case author: D")));
        assertThat(doc.practices().get(0).heading().shortTitle()).isEqualTo("Clean smoking ovens for women fish processors");
    }

    @Test
    void takesAHeadingSetInAOneCellTableRow() {
        TableRow banner = new TableRow(List.of(cell(bold("GOOD PRACTICE 3 – ARAB STATES – Media"))), 1);
        SegmentedDocument doc = segmenter.split(document(SourceFormat.DOCX, banner, para("Author’s name: C")));
        assertThat(doc.practices()).extracting(p -> p.heading().shortTitle()).containsExactly("Media");
    }

    @Test
    void takesABannerWhoseFirstLineHoldsOnlyTheNumberAndItsSecondTheRegionAndTitle() {
        TableRow banner = new TableRow(List.of(cell(bold("BONNE PRATIQUE N°\u00a03"), bold("SAHEL – «\u00a0Les apprentis du fleuve\u00a0»"))), 7);
        SegmentedDocument doc = segmenter.split(document(SourceFormat.DOCX, banner, para("Fiche établie par : F. Salem")));
        assertThat(doc.practices()).extracting(p -> p.heading().number(), p -> p.heading().region(), p -> p.heading().shortTitle())
                .containsExactly(tuple(3, "SAHEL", "« Les apprentis du fleuve »"));
    }

    @Test
    void joinsAHeadingThatWrapsOntoASecondLineInItsStyle() {
        TextLine first = new TextLine("GOOD PRACTICE 4 – ASIA & THE PACIFIC – Green jobs for young people in", 5,
                69, true, 14f, LineStart.PARAGRAPH, LineRole.BODY, List.of());
        TextLine second = new TextLine("rural areas", 5, 11, true, 14f, LineStart.WRAPPED, LineRole.BODY, List.of());
        SegmentedDocument doc = segmenter.split(document(SourceFormat.PDF, first, second, para("Author’s name: D")));
        assertThat(doc.practices().get(0).heading().shortTitle()).isEqualTo("Green jobs for young people in rural areas");
        assertThat(doc.practices().get(0).blocks()).hasSize(1);
    }

    @Test
    void takesTheRegionAndTitleFromTheLineAfterAHeadingThatHoldsOnlyItsNumber() {
        SegmentedDocument doc = segmenter.split(document(SourceFormat.TEXT,
                flat("GOOD PRACTICE 1"), flat("Arab States — Safer greenhouses: farm workers"),
                flat("coaching farm workers on heat"), flat(""), flat("Name of the exchange: Greenhouses"),
                flat("GOOD PRACTICE 2"), flat("Red Sea and Gulf of Aden — Cash for work in crisis settings"),
                flat(""), flat("Name of the exchange: Cash for work")));
        assertThat(doc.practices()).extracting(p -> p.heading().number(), p -> p.heading().region(), p -> p.heading().shortTitle())
                .containsExactly(tuple(1, "ARAB STATES", "Safer greenhouses: farm workers coaching farm workers on heat"),
                        tuple(2, "RED SEA AND GULF OF ADEN", "Cash for work in crisis settings"));
        assertThat(doc.practices().get(0).blocks()).extracting(b -> ((TextLine) b).text()).containsExactly("", "Name of the exchange: Greenhouses");
    }

    @Test
    void aLabelLineAfterAHeadingThatHoldsOnlyItsNumberIsNoPartOfTheHeading() {
        SegmentedDocument doc = segmenter.split(document(SourceFormat.DOCX, para("GOOD PRACTICE 4"), para("Author’s name: Jane Roe")));
        assertThat(doc.practices().get(0).heading().shortTitle()).isNull();
        assertThat(doc.practices().get(0).blocks()).hasSize(1);
    }

    @Test
    void takesTheShortTitleFromTheNextLineWhenTheHeadingEndsAtItsDash() {
        SegmentedDocument doc = segmenter.split(document(SourceFormat.TEXT,
                flat("GOOD PRACTICE 5 – AMERICAS –"), flat("Rural tourism"), flat("Author’s name: E")));
        assertThat(doc.practices().get(0).heading().shortTitle()).isEqualTo("Rural tourism");
        assertThat(doc.practices().get(0).heading().region()).isEqualTo("AMERICAS");
    }

    @Test
    void takesTheShortTitleFromTheNextLineThatOpensWithTheDash() {
        SegmentedDocument doc = segmenter.split(document(SourceFormat.TEXT,
                flat("GOOD PRACTICE 3 – LATIN AMERICA AND THE CARIBBEAN"), flat("– Labour inspection in the harvest"),
                flat("Reporting officer: E")));
        assertThat(doc.practices().get(0).heading().region()).isEqualTo("LATIN AMERICA AND THE CARIBBEAN");
        assertThat(doc.practices().get(0).heading().shortTitle()).isEqualTo("Labour inspection in the harvest");
    }

    @Test
    void joinsAHeadingThatFlattenedTextWrapsOntoALineThatCannotStandAlone() {
        SegmentedDocument doc = segmenter.split(document(SourceFormat.TEXT,
                flat("Good Practice 1 – Africa – Digital passports for"), flat("market traders"),
                para("Practice name: Passports"),
                flat("GOOD PRACTICE 2 – ASIA AND THE PACIFIC – Apprenticeships in the"), flat("Care Economy"),
                para("Practice name: Care"),
                flat("GOOD PRACTICE 3 – INTERREGIONAL – Nursing curricula from the Pacific to"), flat("East Africa"),
                para("Practice name: Nursing"),
                flat("Good Practice 4 – Interregional – Island to Island: Social Insurance for Fishers and"),
                flat("Tourism Workers in Small Island States of Africa and the Pacific"),
                para("Practice name: Islands")));
        assertThat(doc.practices()).extracting(p -> p.heading().region(), p -> p.heading().shortTitle())
                .containsExactly(tuple("AFRICA", "Digital passports for market traders"),
                        tuple("ASIA AND THE PACIFIC", "Apprenticeships in the Care Economy"),
                        tuple("INTERREGIONAL", "Nursing curricula from the Pacific to East Africa"),
                        tuple("INTERREGIONAL", "Island to Island: Social Insurance for Fishers and Tourism Workers in Small "
                                + "Island States of Africa and the Pacific"));
        assertThat(doc.practices().get(0).blocks()).extracting(b -> ((TextLine) b).text()).containsExactly("Practice name: Passports");
    }

    @Test
    void aTitleInTitleCaseGoesOnOntoTheNextLineInTitleCaseButNotOntoASentence() {
        SegmentedDocument doc = segmenter.split(document(SourceFormat.TEXT,
                flat("Buena Práctica 1 | Mesoamérica | Una Norma"), flat("Común para Certificar a los Electricistas de"),
                flat("Vivienda"), para("AUTORÍA: Rosa Ávila"),
                flat("Buena Práctica 2 | México | Aprendices Ferroviarios"), flat("El programa empezó en 2023."),
                para("AUTORÍA: Tomás Echeverría")));
        assertThat(doc.practices()).extracting(p -> p.heading().shortTitle()).containsExactly(
                "Una Norma Común para Certificar a los Electricistas de Vivienda", "Aprendices Ferroviarios");
    }

    @Test
    void aRegionAloneOnTheLineUnderAHeadingWithoutOneIsItsRegion() {
        // Inclusive writing's middle dots inside the wrapped title part nothing.
        SegmentedDocument doc = segmenter.split(document(SourceFormat.TEXT,
                flat("BONNE PRATIQUE 1 — Immatriculer les travailleur·euse·s de"), flat("l’économie informelle"),
                flat("AFRIQUE DE L’OUEST"), para("RÉDACTEUR·RICE : Mame Ndiaye"),
                flat("BONNE PRATIQUE 2 — Couvrir les chantiers forestiers"), flat("Afrique centrale"),
                para("RÉDACTEUR·RICE : Hortense Ngo")));
        assertThat(doc.practices()).extracting(p -> p.heading().region(), p -> p.heading().shortTitle()).containsExactly(
                tuple("AFRIQUE DE L’OUEST", "Immatriculer les travailleur·euse·s de l’économie informelle"),
                tuple("AFRIQUE CENTRALE", "Couvrir les chantiers forestiers"));
        assertThat(doc.practices().get(0).blocks()).extracting(b -> ((TextLine) b).text()).containsExactly("RÉDACTEUR·RICE : Mame Ndiaye");
    }

    @Test
    void aFlattenedHeadingGoesOnOntoALineInLowerCaseThatHoldsAColonButNotOntoALabelLine() {
        SegmentedDocument doc = segmenter.split(document(SourceFormat.TEXT,
                flat("BUENA PRÁCTICA Nº 2 - ÁFRICA - Afiliación de las trabajadoras"),
                flat("rurales al seguro social: lo que Kenya y Uganda"), flat("aprendieron del Perú"),
                para("Nombre de la experiencia: Seguro rural"),
                flat("BUENA PRÁCTICA Nº 3 - ASIA - Puertos seguros para los"),
                flat("Países socios: Fiji y Samoa")));
        assertThat(doc.practices()).extracting(p -> p.heading().shortTitle()).containsExactly(
                "Afiliación de las trabajadoras rurales al seguro social: lo que Kenya y Uganda aprendieron del Perú",
                "Puertos seguros para los");
        assertThat(doc.practices().get(1).blocks()).extracting(b -> ((TextLine) b).text()).containsExactly("Países socios: Fiji y Samoa");
    }

    @Test
    void aRegionInTitleCaseGoesOnPastTheShorterRegionItOpensWith() {
        SegmentedDocument doc = segmenter.split(document(SourceFormat.TEXT,
                para("Bonne pratique 1 – Afrique de l’Est – Coopératives de thé"), para("Auteur(e) : Aline Uwase"),
                para("Bonne pratique 2 – Afrique – Bois et ébénisterie"), para("Auteur(e) : Jean Mba")));
        assertThat(doc.practices()).extracting(p -> p.heading().region(), p -> p.heading().shortTitle())
                .containsExactly(tuple("AFRIQUE DE L’EST", "Coopératives de thé"), tuple("AFRIQUE", "Bois et ébénisterie"));
    }

    @Test
    void endnotesPrintedOnAPageOfTheirOwnAfterTheLastPracticeAreNotesNotItsText() {
        SegmentedDocument doc = segmenter.split(document(SourceFormat.PDF,
                onPage(1, "GOOD PRACTICE 1 – AFRICA – Heat stress"), onPage(1, "Countries: Jordan and Lebanon"),
                onPage(2, "GOOD PRACTICE 2 – ASIA – Fishers"), onPage(2, "Find out more — www.fishers.example.org"),
                onPage(2, "1 A numbered line of the last practice itself"),
                onPage(3, "i The West Bank, including East Jerusalem, and the"), onPage(3, "Gaza Strip."),
                onPage(3, "ii The pilot was financed separately.")));
        List<TextLine> last = doc.practices().get(1).blocks().stream().map(TextLine.class::cast).toList();
        assertThat(last).extracting(TextLine::text, TextLine::role).containsExactly(
                tuple("Find out more — www.fishers.example.org", LineRole.BODY),
                tuple("1 A numbered line of the last practice itself", LineRole.BODY),
                tuple("i The West Bank, including East Jerusalem, and the", LineRole.FOOTNOTE),
                tuple("Gaza Strip.", LineRole.FOOTNOTE),
                tuple("ii The pilot was financed separately.", LineRole.FOOTNOTE));
    }

    @Test
    void anEndnotesRomanMarkGluedToAnAcronymTheNoteNamesIsTakenOffWhereverItStands() {
        SegmentedDocument doc = segmenter.split(document(SourceFormat.TEXT,
                onPage(1, "GOOD PRACTICE 1 – AFRICA – Fishers"), onPage(1, "Countries: Angola and the SADCi"),
                onPage(1, "Partners from Malawi and Mali worked together."),
                onPage(2, "GOOD PRACTICE 2 – ASIA – Tea"), onPage(2, "Countries: India, Sri Lanka and the SAARCii"),
                onPage(3, "i The SADC has sixteen member States."), onPage(3, "ii The SAARC has eight members.")));
        assertThat(doc.practices().get(0).blocks()).extracting(b -> ((TextLine) b).text())
                .containsExactly("Countries: Angola and the SADC", "Partners from Malawi and Mali worked together.");
        assertThat(((TextLine) doc.practices().get(1).blocks().get(0)).text()).isEqualTo("Countries: India, Sri Lanka and the SAARC");
    }

    private static TextLine onPage(int page, String text) {
        return new TextLine(text, page, 0, false, 11f, LineStart.PARAGRAPH, LineRole.BODY, List.of());
    }

    @Test
    void aHashBeforeTheNumberAndBarsBetweenThePartsOrARegionInBracketsAfterTheTitleMakeAHeading() {
        SegmentedDocument doc = segmenter.split(document(SourceFormat.TEXT,
                para("GOOD PRACTICE #1 | SOUTH ASIA | Fair recruitment desks"), para("Objective(s): To help."),
                para("BUENA PRÁCTICA 2: Aprendices en la finca (ÁFRICA OCCIDENTAL)"), para("Objetivo(s): Formar."),
                para("BUENA PRÁCTICA 3: Puertos seguros (Caribe)"), para("Objetivo(s): Formar.")));
        assertThat(doc.practices()).extracting(p -> p.heading().number(), p -> p.heading().region(), p -> p.heading().shortTitle())
                .containsExactly(tuple(1, "SOUTH ASIA", "Fair recruitment desks"),
                        tuple(2, "ÁFRICA OCCIDENTAL", "Aprendices en la finca"), tuple(3, "CARIBE", "Puertos seguros"));
    }

    @Test
    void readsTheRegionOfAHeadingSplitRightAfterItsNumber() {
        SegmentedDocument doc = segmenter.split(document(SourceFormat.DOCX,
                bold("GOOD PRACTICE 3 –"), bold("LATIN AMERICA AND THE CARIBBEAN – Rural skills"), para("Author: A")));
        assertThat(doc.practices()).extracting(p -> p.heading().number(), p -> p.heading().region(), p -> p.heading().shortTitle())
                .containsExactly(tuple(3, "LATIN AMERICA AND THE CARIBBEAN", "Rural skills"));
    }

    @Test
    void aContentsEntryWhoseTitleWrapsBeforeItsLeadersIsNoPractice() {
        SegmentedDocument doc = segmenter.split(document(SourceFormat.PDF,
                para("GOOD PRACTICE 3 – AFRICA – Skills in the"), para("Sahel.................................6"),
                para("Introduction text."),
                para("GOOD PRACTICE 3 – AFRICA – Skills in the Sahel"), para("Author: A")));
        assertThat(doc.practices()).hasSize(1);
        assertThat(doc.practices().get(0).blocks()).extracting(b -> ((TextLine) b).text()).containsExactly("Author: A");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void aFootnoteOfAPracticePrintedAfterTheNextHeadingOnTheirSharedPageGoesBackToIt() {
        TextLine note = footnoteOnPage("2 The Partnership Programme has funded the exchange since 2004.", 6);
        TextLine target = new TextLine("https://example.org/report", 6, 0, false, 0f, LineStart.PARAGRAPH,
                LineRole.LINK_TARGET, List.of());
        SegmentedDocument doc = segmenter.split(document(SourceFormat.PDF,
                page(para("GOOD PRACTICE 1 – AFRICA – Care"), 5), page(para("Funding: the Partnership Programme"), 6),
                page(para("GOOD PRACTICE 2 – AFRICA – Skills"), 6), page(para("Objectives: to train welders."), 6),
                note, target, page(para("Results: forty welders."), 7)));
        assertThat(doc.practices().get(0).blocks()).contains(note, target);
        assertThat(doc.practices().get(1).blocks()).doesNotContain(note, target);
    }

    @Test
    void aFootnoteThatExplainsTheTextOfTheNewPracticeStaysWithIt() {
        TextLine note = footnoteOnPage("3 The welding school opened in 2019.", 6);
        SegmentedDocument doc = segmenter.split(document(SourceFormat.PDF,
                page(para("GOOD PRACTICE 1 – AFRICA – Care"), 5), page(para("Funding: the Partnership Programme"), 6),
                page(para("GOOD PRACTICE 2 – AFRICA – Skills"), 6), page(para("Objectives: to train at the welding school."), 6),
                note));
        assertThat(doc.practices().get(1).blocks()).contains(note);
    }

    @Test
    void twoFootnotesAtTheFootOfASharedPageGoEachToThePracticeWhoseTextTheyExplain() {
        TextLine first = footnoteOnPage("1 Records of the mining services, compiled by the network in 2025.", 6);
        TextLine second = footnoteOnPage("2 The Andean Community brings together Bolivia, Colombia, Ecuador and Peru.", 6);
        SegmentedDocument doc = segmenter.split(document(SourceFormat.PDF,
                page(para("GOOD PRACTICE 2 – AFRICA – Mines"), 5),
                page(para("Results: pit collapses fell, as records of the mining services show."), 6),
                page(para("GOOD PRACTICE 3 – ANDEAN REGION – Guides"), 6), page(para("Countries: the Andean Community and Chile"), 6),
                first, second));

        assertThat(doc.practices().get(0).blocks()).contains(first).doesNotContain(second);
        assertThat(doc.practices().get(1).blocks()).contains(second).doesNotContain(first);
    }

    @Test
    void aRegionInCapitalsThatFlattenedTextCutBeforeItsColonGoesOnOnTheNextLine() {
        PracticeHeading heading = firstHeadingOfFlattened("GOOD PRACTICE 2 — CENTRAL AMERICA AND THE DOMINICAN",
                "REPUBLIC: Migrant worker desks at border crossings", "", "Practice title One-stop desks");
        assertThat(heading.region()).isEqualTo("CENTRAL AMERICA AND THE DOMINICAN REPUBLIC");
        assertThat(heading.shortTitle()).isEqualTo("Migrant worker desks at border crossings");
    }

    @Test
    void aNoteThatSharesANameWithTheFirstPracticeGoesToItThoughItSharesCommonWordsWithTheSecond() {
        TextLine note = footnoteOnPage("2 Le G5 Sahel réunit le Burkina Faso, le Mali, le Niger et le Tchad.", 6);
        SegmentedDocument doc = segmenter.split(document(SourceFormat.PDF,
                page(para("BONNE PRATIQUE 2 – SAHEL CENTRAL – Orpaillage"), 5),
                page(para("Pays concernés : Burkina Faso, Mali et Niger, au sein du G5 Sahel"), 6),
                page(para("BONNE PRATIQUE 3 – SAHEL OCCIDENTAL – Épargne"), 6),
                page(para("Les femmes fument le poisson et le vendent le long du fleuve."), 6), note));

        assertThat(doc.practices().get(0).blocks()).contains(note);
        assertThat(doc.practices().get(1).blocks()).doesNotContain(note);
    }

    @Test
    void theNotesAPracticeListsAtItsEndAreItsFootnotesAndTheirTypedMarksLeaveTheText() {
        SegmentedDocument doc = segmenter.split(document(SourceFormat.TEXT,
                flat("GOOD PRACTICE 1 — CARIBBEAN: Safety mentors"),
                flat("Mentors visited 214 firms.1 They coached owners,2 not workers."),
                new TableRow(List.of(cell(bold("Results")), cell(para("Injuries fell by a third in 2025."))), 1),
                flat("Notes"), flat("1. Firms with fewer than 50 workers."), flat("2. The coaching guide follows"), flat("the WISE approach."),
                flat("GOOD PRACTICE 2 — CARIBBEAN: Desks"), flat("Notes are kept by the desk.")));

        List<TextLine> lines = doc.practices().get(0).blocks().stream().filter(b -> b instanceof TextLine).map(b -> (TextLine) b).toList();
        assertThat(lines).filteredOn(l -> l.role() == LineRole.FOOTNOTE).extracting(TextLine::text)
                .containsExactly("1 Firms with fewer than 50 workers.", "2 The coaching guide follows", "the WISE approach.");
        assertThat(lines).filteredOn(l -> l.role() == LineRole.BODY).extracting(TextLine::text)
                .containsExactly("Mentors visited 214 firms. They coached owners, not workers.");
        // The year in the table keeps its digits; the second practice has no notes list.
        assertThat(((TableRow) doc.practices().get(0).blocks().get(1)).cells().get(1).text()).isEqualTo("Injuries fell by a third in 2025.");
        assertThat(doc.practices().get(1).blocks()).extracting(b -> ((TextLine) b).role()).containsOnly(LineRole.BODY);
    }

    @Test
    void aRegionInBracketsThatFlattenedTextPutOnALineOfItsOwnEndsTheHeading() {
        PracticeHeading heading = firstHeadingOfFlattened("Buena práctica 1. Inspección del trabajo a bordo de los",
                "buques de pesca: los inspectores aprenden", "(Magreb)", "", "Unidad que presenta la ficha: OIT");
        assertThat(heading.region()).isEqualTo("MAGREB");
        assertThat(heading.shortTitle()).isEqualTo("Inspección del trabajo a bordo de los buques de pesca: los inspectores aprenden");
    }

    @Test
    void aWordNoteStaysWithThePracticeThatRefersToItThoughTheNextStartsOnItsPage() {
        TextLine note = footnoteOnPage("2 Counted by the inspection of fishing ports, as for vessels.", 3);
        SegmentedDocument doc = segmenter.split(document(SourceFormat.DOCX,
                page(para("GOOD PRACTICE 1 – ARAB STATES – Fishing"), 3), page(para("The inspection of fishing vessels."), 3),
                page(para("GOOD PRACTICE 2 – ARAB STATES – Garments"), 3), page(para("Accidents fell in the factories."), 3), note));

        assertThat(doc.practices().get(1).blocks()).contains(note);
    }

    /** The heading of the first practice of flattened text made of {@code lines}. */
    private PracticeHeading firstHeadingOfFlattened(String... lines) {
        return segmenter.split(document(SourceFormat.TEXT, Arrays.stream(lines).map(Lines::flat).toArray(Block[]::new)))
                .practices().get(0).heading();
    }

    /** A footnote line printed at the foot of {@code page}. */
    private static TextLine footnoteOnPage(String text, int page) {
        return new TextLine(text, page, 0, false, 8f, LineStart.PARAGRAPH, LineRole.FOOTNOTE, List.of());
    }

    private static TextLine page(TextLine line, int page) {
        return new TextLine(line.text(), page, line.boldPrefix(), line.heading(), line.fontSize(), line.start(), line.role(),
                line.links());
    }
}
