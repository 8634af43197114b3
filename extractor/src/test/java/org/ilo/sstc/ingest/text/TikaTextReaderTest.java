package org.ilo.sstc.ingest.text;

import org.ilo.sstc.ingest.Admitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.ingest.TikaFixtures;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.SourceFormat;
import org.ilo.sstc.layout.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaTextReaderTest {

    private static final TikaTextReader READER = new TikaTextReader();

    @TempDir
    Path dir;

    // --- text Tika flattened from a PDF ---

    @Test
    void pageNumberLineIsDroppedAndPagesAreNumberedFromOne() throws Exception {
        LayoutDocument doc = read(new FlattenedPdfText()
                .page("GOOD PRACTICE 1 - AFRICA - Title").blank(1)
                .line("Author's name: Jane Doe", "Body text of the first page")
                .blank(2)
                .page("14").blank(1)
                .line("Body text of the second page")
                .page("Third page text"));

        assertThat(doc.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(doc.pageCount()).isEqualTo(3);
        assertThat(texts(doc)).doesNotContain("14");
        assertThat(find(doc, "Body text of the second page").page()).isEqualTo(2);
        assertThat(find(doc, "Third page text").page()).isEqualTo(3);
    }

    @Test
    void urlLinesAtPageEndAreLinkTargetsCarryingTheirUrlAndTheNextPageStartsAParagraph() throws Exception {
        LayoutDocument doc = read(new FlattenedPdfText()
                .page("GOOD PRACTICE 1 - AFRICA - Title")
                .line("Contact details  Jane Doe, jane@example.org", "Materials and Web-links", "Link: forum")
                .blank(3)
                .targets("mailto:jane@example.org", "https://example.org/forum", "https://example.org/forum")
                .page("delivery models continue here", "and here"));

        List<TextLine> targets = role(doc, LineRole.LINK_TARGET);
        assertThat(targets).extracting(TextLine::text)
                .containsExactly("mailto:jane@example.org", "https://example.org/forum", "https://example.org/forum");
        assertThat(targets).allSatisfy(t -> assertThat(t.links()).containsExactly(new Hyperlink("", t.text())));
        assertThat(targets).extracting(TextLine::page).containsOnly(1);
        TextLine next = find(doc, "delivery models continue here");
        assertThat(next.page()).isEqualTo(2);
        assertThat(next.role()).isEqualTo(LineRole.BODY);
        assertThat(next.start()).isEqualTo(LineStart.PARAGRAPH);
        assertThat(find(doc, "and here").start()).isEqualTo(LineStart.UNKNOWN);
    }

    @Test
    void webAddressWrittenInTheTextStaysBodyBesideTheTargetBlock() throws Exception {
        LayoutDocument doc = read(new FlattenedPdfText()
                .page("Materials and Web-links").blank(2)
                .line("https://example.org/visible").blank(1)
                .line("www.example.net").blank(4)
                .targets("https://example.org/visible", "http://www.example.net/")
                .page("Next page"));

        assertThat(find(doc, "https://example.org/visible").role()).isEqualTo(LineRole.BODY);
        assertThat(find(doc, "www.example.net").role()).isEqualTo(LineRole.BODY);
        assertThat(role(doc, LineRole.LINK_TARGET)).extracting(TextLine::text)
                .containsExactly("https://example.org/visible", "http://www.example.net/");
    }

    @Test
    void footnoteAtPageEndWithGluedMarkerIsFootnoteAndTheMarkerLeavesTheBody() throws Exception {
        LayoutDocument doc = read(new FlattenedPdfText()
                .page("GOOD PRACTICE 15 - EUROPE - Peer learning").blank(1)
                .line("Countries involved: Western Balkans (WB-6)1, Moldova, and").blank(1)
                .line("Ukraine").blank(1)
                .line("South-South Adaptability   - The access to tailor-made technical assistance for the",
                        "improvement of services, programme, and service")
                .blank(2)
                .line("1 WB-6 refers to the following 6 economies in the Western Balkans: Albania, Bosnia,").blank(1)
                .line("Montenegro, North Macedonia, Serbia.")
                .page("delivery models through the Inclusiveness Facility", "managed by the ILO."));

        assertThat(role(doc, LineRole.FOOTNOTE)).extracting(TextLine::text).containsExactly(
                "WB-6 refers to the following 6 economies in the Western Balkans: Albania, Bosnia,",
                "Montenegro, North Macedonia, Serbia.");
        assertThat(find(doc, "Countries involved").text()).isEqualTo("Countries involved: Western Balkans (WB-6), Moldova, and");
        // The table cell resumes on the next page: running text again.
        assertThat(find(doc, "delivery models").role()).isEqualTo(LineRole.BODY);
        assertThat(find(doc, "managed by the ILO.").role()).isEqualTo(LineRole.BODY);
    }

    @Test
    void numberedLineAtPageEndWithoutGluedMarkerStaysBody() throws Exception {
        LayoutDocument doc = read(new FlattenedPdfText()
                .page("South-South Results  - Training for officials of", "several countries; in total").blank(1)
                .line("11 Pacific Island Countries took part (COVID19 rules applied).")
                .page("Next page"));

        TextLine numbered = find(doc, "11 Pacific Island Countries");
        assertThat(numbered.role()).isEqualTo(LineRole.BODY);
        assertThat(numbered.text()).isEqualTo("11 Pacific Island Countries took part (COVID19 rules applied).");
    }

    @Test
    void posterWordsAfterLongBlankRunAreImageTextWhileTextAfterShortRunStaysBody() throws Exception {
        LayoutDocument doc = read(new FlattenedPdfText()
                .page("Materials and Web-links").blank(2)
                .line("Link: Summer youth forum").blank(40)
                .line("SUM M ER GLOBAL YOUTH FORUM  2021", "YOUTH AT THE FOREFRONT").blank(1)
                .line("\uFFFD 3 W EEKS, 60 HOURS").blank(6)
                .line("ONLINE").blank(1)
                .targets("https://example.org/forum")
                .page("ILO Programme Page : link here", "Summary Report:  Link here").blank(7)
                .line("Climate Change and the World of Work: Collaborative Development of", "Educational Resources",
                        "Consultation Workshop 7-8 October 2021.")
                .blank(5)
                .targets("https://example.org/workshop"));

        assertThat(role(doc, LineRole.IMAGE_TEXT)).extracting(TextLine::text).containsExactly(
                "SUM M ER GLOBAL YOUTH FORUM  2021", "YOUTH AT THE FOREFRONT", "- 3 W EEKS, 60 HOURS", "ONLINE");
        assertThat(find(doc, "Link: Summer youth forum").role()).isEqualTo(LineRole.BODY);
        assertThat(find(doc, "Consultation Workshop 7-8 October 2021.").role()).isEqualTo(LineRole.BODY);
        assertThat(find(doc, "Educational Resources").role()).isEqualTo(LineRole.BODY);
    }

    @Test
    void proseAfterLongBlankRunStaysBody() throws Exception {
        LayoutDocument doc = read(new FlattenedPdfText()
                .page("Innovation").blank(1)
                .line("- The first point of the innovation row is here.").blank(30)
                .line("- The second point, which the layout pushed down the page, is still text.",
                        "It goes on for another long sentence of ordinary words.")
                .page("Next page"));

        assertThat(role(doc, LineRole.IMAGE_TEXT)).isEmpty();
    }

    @Test
    void strayGlyphsAtLineStartBecomeDashesOrVanish() throws Exception {
        LayoutDocument doc = read(new FlattenedPdfText()
                .page("Results").blank(1)
                .line("\uFFFD Trainers trained", "\u2022 Second item", "\u2022", "\uF0B7Third item")
                .page("Next page"));

        assertThat(texts(doc)).containsExactly("Results", "- Trainers trained", "- Second item", "- Third item", "Next page");
    }

    @Test
    void runningHeaderRepeatedAtPageStartsIsDropped() throws Exception {
        FlattenedPdfText text = new FlattenedPdfText();
        for (int page = 1; page <= 4; page++) {
            text.page("South-South good practices 2020-2021").line("Text of page " + page).blank(1);
        }
        LayoutDocument doc = read(text);

        assertThat(texts(doc)).containsExactly("Text of page 1", "Text of page 2", "Text of page 3", "Text of page 4");
        assertThat(doc.pageCount()).isEqualTo(4);
    }

    @Test
    void runningFooterCarryingThePageNumberIsDroppedButNumberedHeadingsStay() throws Exception {
        FlattenedPdfText text = new FlattenedPdfText();
        for (int page = 1; page <= 4; page++) {
            text.page("GOOD PRACTICE " + page).line("Text of page " + page, "Compendium 2021 | " + (page + 2));
        }
        LayoutDocument doc = read(text);

        assertThat(texts(doc)).noneMatch(t -> t.startsWith("Compendium"));
        assertThat(texts(doc)).contains("GOOD PRACTICE 1", "GOOD PRACTICE 2", "GOOD PRACTICE 3", "GOOD PRACTICE 4");
    }

    // --- plain text ---

    @Test
    void plainTextWithoutPageMarksHasNoPagesAndParagraphsAfterBlankLines() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"),
                "GOOD PRACTICE 1 - AFRICA - Title   \n\n  Author's name: Jane Doe\nsecond line\t\nhttps://example.org/a\n");
        LayoutDocument doc = Admitted.read(READER, file);

        assertThat(doc.pageCount()).isZero();
        assertThat(lines(doc)).extracting(TextLine::page).containsOnly(0);
        assertThat(lines(doc)).extracting(TextLine::text)
                .containsExactly("GOOD PRACTICE 1 - AFRICA - Title", "Author's name: Jane Doe", "second line", "https://example.org/a");
        assertThat(lines(doc)).extracting(TextLine::start)
                .containsExactly(LineStart.PARAGRAPH, LineStart.PARAGRAPH, LineStart.UNKNOWN, LineStart.UNKNOWN);
        assertThat(lines(doc)).extracting(TextLine::role).containsOnly(LineRole.BODY);
    }

    @Test
    void formFeedsSeparatePages() throws Exception {
        Path file = Files.writeString(dir.resolve("pdftotext.txt"), "First page\n\f2\nSecond page\n\fThird page\n");
        LayoutDocument doc = Admitted.read(READER, file);

        assertThat(doc.pageCount()).isEqualTo(3);
        assertThat(lines(doc)).extracting(TextLine::text).containsExactly("First page", "Second page", "Third page");
        assertThat(lines(doc)).extracting(TextLine::page).containsExactly(1, 2, 3);
    }

    @Test
    void printedPageNumbersThatCountUpEndPagesAndAreDropped() throws Exception {
        Path file = Files.writeString(dir.resolve("tika3.txt"), "Preface text\n\n1\n\n\n\nGOOD PRACTICE 1 - AFRICA - Jobs\n"
                + "Results 12 inspectors\n\n2\n\n\n\nGOOD PRACTICE 2 - AFRICA - Care\nFunds ILO\n\n3\n\n\n");
        LayoutDocument doc = Admitted.read(READER, file);

        assertThat(doc.pageCount()).isEqualTo(3);
        assertThat(lines(doc)).extracting(TextLine::text).containsExactly("Preface text", "GOOD PRACTICE 1 - AFRICA - Jobs",
                "Results 12 inspectors", "GOOD PRACTICE 2 - AFRICA - Care", "Funds ILO");
        assertThat(lines(doc)).extracting(TextLine::page).containsExactly(1, 2, 2, 3, 3);
    }

    @Test
    void numbersThatDoNotCountUpAreText() throws Exception {
        Path file = Files.writeString(dir.resolve("list.txt"), "Scores\n\n7\n\n3\n\n9\n\n4\n");
        assertThat(lines(Admitted.read(READER, file))).extracting(TextLine::text).containsExactly("Scores", "7", "3", "9", "4");
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        assertDecoded("\uFEFFCaf\u00e9 \u2013 na\u00efve\n", StandardCharsets.UTF_16LE);
        assertDecoded("\uFEFFCaf\u00e9 \u2013 na\u00efve\n", StandardCharsets.UTF_16BE);
    }

    @Test
    void windows1252TextIsDecodedWithItsCurlyQuotes() throws Exception {
        assertDecoded("Author\u2019s r\u00e9sum\u00e9 \u2013 caf\u00e9 na\u00efve fa\u00e7ade, \u201cquoted\u201d words\n",
                Charset.forName("windows-1252"));
    }

    @Test
    void utf8TextIsDecoded() throws Exception {
        assertDecoded("Author\u2019s r\u00e9sum\u00e9 \u2013 Mustapha Sa\u00efd, \u0141\u00f3d\u017a\n", StandardCharsets.UTF_8);
    }

    private void assertDecoded(String text, Charset charset) throws Exception {
        Path file = Files.write(dir.resolve("encoded-" + charset.name() + ".txt"), text.getBytes(charset));
        assertThat(texts(Admitted.read(READER, file))).containsExactly(text.replace("\uFEFF", "").strip());
    }

    // --- formats Tika parses ---

    @Test
    void htmlLinkIsAttachedToItsAnchorLineAndBoldLabelIsBoldPrefix() throws Exception {
        LayoutDocument doc = Admitted.read(READER, TikaFixtures.html(dir.resolve("page.html")));

        assertThat(texts(doc)).containsExactly("GOOD PRACTICE 1 \u2013 Heading", "Author's name: Jane Doe",
                "Read the full report here.", "Second line", "Funding Sources", "RBTC");
        assertThat(find(doc, "GOOD PRACTICE").heading()).isTrue();
        TextLine label = find(doc, "Author's name:");
        assertThat(label.boldText()).isEqualTo("Author's name:");
        assertThat(label.heading()).isFalse();
        assertThat(find(doc, "Read the full report").links())
                .containsExactly(new Hyperlink("the full report", "https://example.org/html"));
        assertThat(find(doc, "Second line").start()).isEqualTo(LineStart.UNKNOWN);
        assertThat(find(doc, "Read the full report").start()).isEqualTo(LineStart.PARAGRAPH);
        assertThat(doc.pageCount()).isZero();
    }

    @Test
    void rtfParagraphsComeOutAsLinesWithBoldLabelAndLink() throws Exception {
        LayoutDocument doc = Admitted.read(READER, TikaFixtures.rtf(dir.resolve("doc.rtf")));

        assertThat(texts(doc)).containsExactly("Author\u2019s name: Jane Doe", "Plain second paragraph", "See the report online");
        assertThat(find(doc, "Author").boldText()).isEqualTo("Author\u2019s name:");
        assertThat(find(doc, "Plain").boldPrefix()).isZero();
        assertThat(find(doc, "See the report").links()).containsExactly(new Hyperlink("the report", "https://example.org/rtf"));
    }

    @Test
    void odtParagraphsComeOutAsLinesWithHeadingBoldLabelAndLink() throws Exception {
        LayoutDocument doc = Admitted.read(READER, TikaFixtures.odt(dir.resolve("doc.odt")));

        assertThat(texts(doc)).containsExactly("GOOD PRACTICE 2 \u2013 Odt heading", "Institution: ILO", "Visit our page.");
        assertThat(find(doc, "GOOD PRACTICE").heading()).isTrue();
        assertThat(find(doc, "Institution").boldText()).isEqualTo("Institution:");
        assertThat(find(doc, "Visit").links()).containsExactly(new Hyperlink("our page", "https://example.org/odt"));
    }

    // --- refusals ---

    @Test
    void imageFailsAsUnsupportedFormat() throws Exception {
        Path file = TikaFixtures.png(dir.resolve("poster.png"));
        assertThatThrownBy(() -> Admitted.read(READER, file)).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.UNSUPPORTED_FORMAT));
    }

    @Test
    void fileAboveTheSizeLimitFailsAsTooLarge() throws Exception {
        Path file = Files.writeString(dir.resolve("big.txt"), "x".repeat(100));
        assertThatThrownBy(() -> Admitted.read(READER, file, new ReadOptions(null, 10, false)))
                .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.failure()).isEqualTo(Failure.TOO_LARGE))
                .hasMessage("big.txt: file too large: 100 bytes, the limit is 10 bytes (raise it with --max-file-mb)");
    }

    @Test
    void zeroByteFileFailsAsEmpty() throws Exception {
        Path file = Files.createFile(dir.resolve("nothing.txt"));
        assertThatThrownBy(() -> Admitted.read(READER, file)).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.EMPTY_FILE));
    }

    @Test
    void pagesWithoutTikasMarksAreFoundByTheirFootersWhoseRunningHeaderAndLinkTargetsAreSetApart() throws Exception {
        Path file = Files.writeString(dir.resolve("footers.txt"), String.join("\n",
                "Compendium 2024 – SSTC practices", "", "GOOD PRACTICE 1 – AFRICA – Care", "Author's name: Jane Doe",
                "Materials: Care guide", "", "Page 1", "", "https://example.org/care-guide", "", "",
                "Compendium 2024 – SSTC practices", "", "Objective(s)", "To train carers.", "", "Page 2", "", "",
                "Compendium 2024 – SSTC practices", "", "Results", "Forty carers trained.", "", "Page 3", ""),
                StandardCharsets.UTF_8);

        LayoutDocument doc = Admitted.read(READER, file);

        assertThat(doc.pageCount()).isEqualTo(3);
        assertThat(texts(doc)).doesNotContain("Page 1", "Page 2", "Compendium 2024 – SSTC practices");
        assertThat(role(doc, LineRole.LINK_TARGET)).extracting(TextLine::text, TextLine::page)
                .containsExactly(tuple("https://example.org/care-guide", 1));
        assertThat(find(doc, "Results").page()).isEqualTo(3);
    }

    @Test
    void footersWithARunningTitleBesideThePageNumberEndPagesAndAreDropped() throws Exception {
        Path file = Files.writeString(dir.resolve("titled.txt"), String.join("\n",
                "GOOD PRACTICE 1 – ASIA – Fair recruitment", "Countries involved: Mekong Subregion2 and Thailand",
                "Results", "Fees fell.", "2 For this practice the Mekong Subregion covers Cambodia and Laos.",
                "Field Notes 2025 | page 1 of 3", "", "https://example.org/ratings", "",
                "Contact details", "Jane Roe, roe@example.org", "Field Notes 2025 | page 2 of 3", "",
                "GOOD PRACTICE 2 – AFRICA – Care", "Results", "Forty carers trained.", "Field Notes 2025 | page 3 of 3", ""),
                StandardCharsets.UTF_8);

        LayoutDocument doc = Admitted.read(READER, file);

        assertThat(doc.pageCount()).isEqualTo(3);
        assertThat(texts(doc)).noneMatch(t -> t.startsWith("Field Notes 2025"));
        assertThat(find(doc, "Contact details").page()).isEqualTo(2);
        assertThat(find(doc, "Countries involved").text()).isEqualTo("Countries involved: Mekong Subregion and Thailand");
        assertThat(role(doc, LineRole.FOOTNOTE)).extracting(TextLine::text)
                .containsExactly("For this practice the Mekong Subregion covers Cambodia and Laos.");
    }

    @Test
    void aRunningTitleThatOpensConsecutivePagesOfOnePracticeIsDroppedThoughNoOtherPageHasIt() throws Exception {
        StringBuilder text = new StringBuilder();
        int page = 1;
        for (int practice = 1; practice <= 3; practice++) {
            for (int k = 0; k < 2; k++) {
                text.append("Good practice ").append(practice).append(" | Africa | Title ").append(practice).append("\n\n");
                text.append(k == 0 ? "GOOD PRACTICE " + practice + " – AFRICA – Title " + practice + "\n" : "")
                        .append("Body of page ").append(page).append(".\n\n").append(page).append("\n\n\n");
                page++;
            }
        }
        LayoutDocument doc = Admitted.read(READER, Files.writeString(dir.resolve("titles.txt"), text, StandardCharsets.UTF_8));

        assertThat(doc.pageCount()).isEqualTo(6);
        assertThat(texts(doc)).noneMatch(t -> t.startsWith("Good practice ")).contains("GOOD PRACTICE 2 – AFRICA – Title 2");
    }

    @Test
    void aFootnoteThatTheWordProcessorPushedOntoTheNextPageKeepsItsMarkOnTheOneBefore() throws Exception {
        LayoutDocument doc = read(new FlattenedPdfText()
                .page("GOOD PRACTICE 6 - AFRICA - Apprenticeships").blank(1)
                .line("Methodology Visits in the partner countries3, with local interpreters.").blank(1)
                .line("Results", "- 1,200 apprentices trained.").blank(2)
                .page("- 300 master craftsmen certified.").blank(1)
                .line("3 In Guinea and the Niger the official language is French.").blank(1)
                .page("Contact details Jane Roe"));

        assertThat(role(doc, LineRole.FOOTNOTE)).extracting(TextLine::text)
                .containsExactly("In Guinea and the Niger the official language is French.");
        assertThat(find(doc, "Methodology").text()).isEqualTo("Methodology Visits in the partner countries, with local interpreters.");
    }

    @Test
    void theOutlineTikaAppendsAfterTheLastPageIsNeitherAPracticeNorText() throws Exception {
        Path file = Files.writeString(dir.resolve("outline.txt"), String.join("\n",
                "GOOD PRACTICE 1 – AFRICA – Care", "What we aimed for", "To train carers.", "",
                "GOOD PRACTICE 2 – ASIA – Skills", "What we aimed for", "To train welders.", "", "",
                "\tGOOD PRACTICE 1 – AFRICA – Care", "\t\tWhat we aimed for", "\tGOOD PRACTICE 2 – ASIA – Skills",
                "\t\tWhat we aimed for", ""), StandardCharsets.UTF_8);

        LayoutDocument doc = Admitted.read(READER, file);

        assertThat(texts(doc)).containsExactly("GOOD PRACTICE 1 – AFRICA – Care", "What we aimed for", "To train carers.",
                "GOOD PRACTICE 2 – ASIA – Skills", "What we aimed for", "To train welders.");
    }

    @Test
    void aFootnoteMarkGluedToAnAcronymGoesWhenTheNoteNamesOrSpellsItOutAndStaysOnANameWithDigits() throws Exception {
        LayoutDocument doc = read(new FlattenedPdfText()
                .page("Countries involved: ECOWAS1 and PALOP2", "Results: a COVID19 recovery plan.").blank(1)
                .line("1 The Economic Community of West African States (ECOWAS) has fifteen members.")
                .line("2 Países Africanos de Língua Oficial Portuguesa.")
                .page("Next page"));

        assertThat(texts(doc)).contains("Countries involved: ECOWAS and PALOP", "Results: a COVID19 recovery plan.");
        assertThat(role(doc, LineRole.FOOTNOTE)).extracting(TextLine::text).containsExactly(
                "The Economic Community of West African States (ECOWAS) has fifteen members.",
                "Países Africanos de Língua Oficial Portuguesa.");
    }

    @Test
    void aFootnoteMarkAfterANumberAndACommaGoesOnlyWhereNoWordCarriesIt() throws Exception {
        LayoutDocument doc = read(new FlattenedPdfText()
                .page("Results: 3,4 million meals served;", "Helmets worn on 61 per cent of the sites in 2024,3 against 20 per cent.").blank(1)
                .line("3 Counts of the site inspectors, on 812 visits.")
                .page("Next page"));

        assertThat(texts(doc)).contains("Results: 3,4 million meals served;",
                "Helmets worn on 61 per cent of the sites in 2024, against 20 per cent.");
        assertThat(role(doc, LineRole.FOOTNOTE)).extracting(TextLine::text).containsExactly("Counts of the site inspectors, on 812 visits.");
    }

    @Test
    void aFootnoteMarkGluedToAYearGoesWhereNoWordCarriesIt() throws Exception {
        LayoutDocument doc = read(new FlattenedPdfText()
                .page("Duración: abril de 2023 – septiembre de 20251", "Resultados: 12500 recicladoras inscritas.").blank(1)
                .line("1 Prorrogada seis meses por la pandemia.")
                .page("Next page"));

        assertThat(texts(doc)).contains("Duración: abril de 2023 – septiembre de 2025", "Resultados: 12500 recicladoras inscritas.");
        assertThat(role(doc, LineRole.FOOTNOTE)).extracting(TextLine::text).containsExactly("Prorrogada seis meses por la pandemia.");
    }

    // --- helpers ---

    private LayoutDocument read(FlattenedPdfText text) throws Exception {
        return Admitted.read(READER, text.write(dir.resolve("flattened.txt")));
    }

    static List<TextLine> lines(LayoutDocument doc) {
        return doc.blocks().stream().map(TextLine.class::cast).toList();
    }

    static List<String> texts(LayoutDocument doc) {
        return lines(doc).stream().map(TextLine::text).toList();
    }

    static List<TextLine> role(LayoutDocument doc, LineRole role) {
        return lines(doc).stream().filter(l -> l.role() == role).toList();
    }

    static TextLine find(LayoutDocument doc, String start) {
        return lines(doc).stream().filter(l -> l.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with \"" + start + "\" in " + texts(doc)));
    }
}
