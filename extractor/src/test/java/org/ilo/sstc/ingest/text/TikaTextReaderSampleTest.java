package org.ilo.sstc.ingest.text;

import org.ilo.sstc.ingest.Admitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.sstc.ingest.text.TikaTextReaderTest.find;
import static org.ilo.sstc.ingest.text.TikaTextReaderTest.lines;
import static org.ilo.sstc.ingest.text.TikaTextReaderTest.role;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.LayoutDump;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.TextLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample compendium as Tika extracted it from the real ILO PDF, artefacts and all. */
class TikaTextReaderSampleTest {

    private static final Path SAMPLE =
            Path.of(System.getProperty("project.root", ".."), "samples", "sstc-good-practices-2020-2021.tika.txt");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "org", "ilo", "sstc", "ingest", "text",
            "sstc-good-practices-2020-2021.tika.layout.txt");
    private static final TikaTextReader READER = new TikaTextReader();

    private static LayoutDocument doc;

    @BeforeAll
    static void read() throws Exception {
        doc = Admitted.read(READER, SAMPLE);
    }

    @Test
    void pagesAreFoundAndNumberedInOrder() {
        assertThat(doc.pageCount()).isGreaterThan(40);
        assertThat(lines(doc)).extracting(TextLine::page).isSorted().allMatch(p -> p >= 1 && p <= doc.pageCount());
        assertThat(lines(doc).get(0).text()).isEqualTo("PREFACE");
    }

    @Test
    void noLineIsABarePageNumber() {
        assertThat(lines(doc)).extracting(TextLine::text).noneMatch(t -> t.matches("\\d{1,3}"));
    }

    @Test
    void everyHyperlinkTargetTikaAppendedIsLinkTargetAndVisibleAddressesStayBody() throws Exception {
        // In this file Tika's appended targets are the URL lines without trailing space; visible ones have one.
        List<String> raw = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        List<String> appended = raw.stream().filter(l -> l.matches("(mailto:|https?://)\\S+")).toList();
        List<String> visible = raw.stream().filter(l -> l.matches("\\s*(mailto:|https?://)\\S+\\s+")).map(String::strip).toList();

        assertThat(role(doc, LineRole.LINK_TARGET)).extracting(TextLine::text).containsExactlyElementsOf(appended);
        assertThat(role(doc, LineRole.LINK_TARGET)).allMatch(l -> l.links().size() == 1 && l.links().get(0).url().equals(l.text()));
        assertThat(visible).isNotEmpty().allSatisfy(v -> assertThat(find(doc, v).role()).isEqualTo(LineRole.BODY));
    }

    @Test
    void wb6FootnoteIsFootnoteAndItsMarkerLeavesTheCountriesLine() {
        List<TextLine> footnotes = role(doc, LineRole.FOOTNOTE);
        assertThat(footnotes).extracting(TextLine::text).containsExactly(
                "WB-6 refers to the following 6 economies in the Western Balkans: Albania, Bosnia and,Hergovina, Kosovo ,",
                "Montenegro, North Macedonia, Serbia. All references to Kosovo shall be understood within the context of",
                "UNSCR 1244.");
        assertThat(lines(doc)).extracting(TextLine::text).noneMatch(t -> t.contains("(WB-6)1"));
        assertThat(find(doc, "Countries involved (please add more than one country): Western Balkans").text())
                .contains("Western Balkans (WB-6), Moldova");
        // The adaptability cell goes on after the footnote, on the next page.
        TextLine continuation = find(doc, "delivery models through the Inclusiveness Facility");
        assertThat(continuation.role()).isEqualTo(LineRole.BODY);
        assertThat(continuation.page()).isEqualTo(footnotes.get(0).page() + 1);
    }

    @Test
    void posterWordsOfPractice1AreImageTextWhilePractice12MaterialsStayBody() {
        assertThat(role(doc, LineRole.IMAGE_TEXT)).extracting(TextLine::text).containsExactly(
                "SUM M ER GLOBAL YOUTH FORUM  2021", "YOUTH AT THE FOREFRONT OF ACHIEVING THE 2030",
                "AGENDA FOR SUSTAINABLE DEVELOPMENT", "2 \u2013 20 AUGUST 2021", "- 3 W EEKS, 60 HOURS",
                "SOUTH-SOUTH GOOD PRACTICES", "ONLINE");
        assertThat(find(doc, "Link: Summer youth forum").role()).isEqualTo(LineRole.BODY);
        assertThat(find(doc, "Consultation Workshop 7-8 October 2021.").role()).isEqualTo(LineRole.BODY);
    }

    @Test
    void everyGoodPracticeHeadingIsBodyOnItsOwnLine() {
        List<TextLine> headings = lines(doc).stream().filter(l -> l.text().startsWith("GOOD PRACTICE")).toList();
        assertThat(headings).hasSize(21).allMatch(l -> l.role() == LineRole.BODY);
    }

    @Test
    void blocksAreTextLinesWithoutTrailingOrLeadingSpaces() {
        assertThat(doc.blocks()).allMatch(TextLine.class::isInstance);
        assertThat(lines(doc)).extracting(TextLine::text).allMatch(t -> !t.isBlank() && t.equals(t.strip()));
    }

    @Test
    void layoutMatchesTheGoldenDump() throws Exception {
        GoldenFile.assertMatches(LayoutDump.render(doc), GOLDEN);
    }
}
