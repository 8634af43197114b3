package org.ilo.sstc.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.model.Link;
import org.junit.jupiter.api.Test;

class LinkCollectorTest {

    private final LinkCollector links = new LinkCollector();

    @Test
    void hyperlinkTargetsAndWrittenAddressesInOrderOfAppearance() {
        String text = "See www.decentjobs.example.org for the toolkit.\nVideo: Youth voices\nReport at https://example.net/report.pdf.";
        List<Hyperlink> hyperlinks = List.of(new Hyperlink("Youth voices", "https://video.example.com/watch?v=42"));
        assertThat(links.collect(text, hyperlinks)).containsExactly(
                new Link(null, "www.decentjobs.example.org", null),
                new Link("Youth voices", "https://video.example.com/watch?v=42", null),
                new Link(null, "https://example.net/report.pdf", null));
    }

    @Test
    void sameAddressWithOrWithoutSchemeWwwOrTrailingSlashIsOneLink() {
        String text = "www.labourhub.example.org and https://labourhub.example.org/ and HTTP://WWW.LABOURHUB.EXAMPLE.ORG";
        List<Hyperlink> hyperlinks = List.of(new Hyperlink("", "http://www.labourhub.example.org/"));
        assertThat(links.collect(text, hyperlinks)).extracting(Link::url).containsExactly("www.labourhub.example.org");
    }

    @Test
    void safelinkIsUnwrappedAndTheOriginalKept() {
        String safelink = "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.example.org%2Fnews%2F17"
                + "&data=05%7C01%7Cx%40ilo.org&reserved=0";
        assertThat(links.collect("News item", List.of(new Hyperlink("News item", safelink))))
                .containsExactly(new Link("News item", "https://www.example.org/news/17", safelink));
    }

    @Test
    void twoAddressesGluedIntoOneTargetAreSplit() {
        String glued = "https://www.example.org/a/index.htm%20%20%20https:/www.training.example.com/course-7";
        assertThat(links.collect("Course", List.of(new Hyperlink("Course", glued)))).containsExactly(
                new Link("Course", "https://www.example.org/a/index.htm", glued),
                new Link("Course", "https://www.training.example.com/course-7", glued));
    }

    @Test
    void mailtoAndAnchorTargetsAreNoWebLinks() {
        List<Hyperlink> hyperlinks = List.of(new Hyperlink("Write to us", "mailto:info@example.org"),
                new Hyperlink("Annex", "#annex-2"));
        assertThat(links.collect("Write to us. Annex", hyperlinks)).isEmpty();
    }

    @Test
    void trailingPunctuationIsNotPartOfAWrittenAddress() {
        assertThat(links.collect("(see https://example.org/page), or www.example.com.", List.of()))
                .extracting(Link::url).containsExactly("https://example.org/page", "www.example.com");
    }

    @Test
    void addressCutByALineBreakOrTheSpaceOfAWrappedLineIsOneLink() {
        String text = "Guide: https://www.ilo.org/global/topics/skills-\nfor-youth/index.htm\n"
                + "Report: https://www.example.org/publications/\nWCMS_123456/lang--en/index.htm\n"
                + "Toolkit at www.coop-training.example.org/ modules/module-3.pdf and https://example.net/ for news.";
        assertThat(links.collect(text, List.of())).extracting(Link::url).containsExactly(
                "https://www.ilo.org/global/topics/skills-for-youth/index.htm",
                "https://www.example.org/publications/WCMS_123456/lang--en/index.htm",
                "www.coop-training.example.org/modules/module-3.pdf", "https://example.net/");
    }

    @Test
    void addressAtALineEndIsNotJoinedToTheNextAddressOrWord() {
        String text = "https://www.example.org/news/\nhttps://www.example.org/events/\nwww.example.com/jobs/\nNext steps\n"
                + "Contact: www.example.com/team/\njane@example.com";
        assertThat(links.collect(text, List.of())).extracting(Link::url).containsExactly("https://www.example.org/news/",
                "https://www.example.org/events/", "www.example.com/jobs/", "www.example.com/team/");
    }
}
