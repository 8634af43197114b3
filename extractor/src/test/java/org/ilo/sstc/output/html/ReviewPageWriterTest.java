package org.ilo.sstc.output.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.pipeline.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The review page of the committed sample outputs, read back from {@code output/} (no NLP needed). */
class ReviewPageWriterTest {
    private static final String PDF = "sstc-good-practices-2020-2021.pdf";
    private static final String DOCX = "sstc-good-practices-2020-2021.docx";

    private final ReviewPageWriter writer = writer(PageImages.DEFAULT_DPI);
    /** Drawing 43 pages takes seconds: the tests of text leave the pictures out. */
    private final ReviewPageWriter textOnly = writer(0);

    private static ReviewPageWriter writer(int dpi) {
        return new ReviewPageWriter(new PageImages(dpi, null, Duration.ofMinutes(1)));
    }

    static ObjectNode committed(String sample) throws Exception {
        return (ObjectNode) CompendiumJson.mapper().readTree(
                SharedPipeline.projectRoot().resolve("output").resolve(sample + ".json").toFile());
    }

    private static ObjectNode practice(JsonNode document, int index) {
        return (ObjectNode) document.path("practices").get(index);
    }

    private static String render(ReviewPageWriter writer, JsonNode document, String source) throws Exception {
        byte[] html = writer.render(document, SharedPipeline.sample(source));
        Path dir = Files.createDirectories(Path.of("target", "review-page-test"));
        Files.write(dir.resolve(source + ".html"), html);
        return new String(html, StandardCharsets.UTF_8);
    }

    private static String row(String html, String field) {
        int start = html.indexOf("<tr data-field=\"" + field + "\">");
        assertThat(start).as("row of %s", field).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void pageShowsEveryPractice() throws Exception {
        String html = render(textOnly, committed(PDF), PDF);

        assertThat(html).contains("<dd id=\"practice-count\">21</dd>");
        assertThat(html.split("<section class=\"practice", -1)).hasSize(22);
    }

    @Test
    void pdfPracticeShowsPicturesOfItsPages() throws Exception {
        ObjectNode document = committed(PDF);
        // Two practices, pages 2-5: drawing all 43 pages is the browser test's work.
        while (document.path("practices").size() > 2) {
            ((ArrayNode) document.path("practices")).remove(2);
        }

        String html = render(writer, document, PDF);

        assertThat(html.split("<img src=\"data:image/jpeg;base64,", -1)).hasSize(5);
        assertThat(html).contains("alt=\"page 2 of the source\"", "alt=\"page 5 of the source\"");
    }

    @Test
    void everyValueFromTheDocumentIsEscaped() throws Exception {
        ObjectNode document = committed(PDF);
        practice(document, 0).put("shortTitle", "<script>alert(1)</script>");
        practice(document, 0).put("institution", "\"><img src=x onerror=alert(2)>");
        practice(document, 0).putArray("footnotes").add("</section><script>alert(3)</script>");

        String html = render(textOnly, document, PDF);

        assertThat(html).doesNotContain("<script", "<img src=x").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(row(html, "institution")).contains("&lt;img src");
    }

    @Test
    void onlyWebAndMailAddressesAreClickable() throws Exception {
        ObjectNode document = committed(PDF);
        ObjectNode link = (ObjectNode) practice(document, 0).path("links").get(0);
        link.put("url", "javascript:alert(1)");

        String html = render(textOnly, document, PDF);

        assertThat(html).doesNotContain("href=\"javascript").contains("(not a web address: not clickable)");
        assertThat(html).contains("href=\"mailto:");
    }

    @Test
    void nullAndEmptyFieldsAreShownApart() throws Exception {
        ObjectNode document = committed(PDF);
        practice(document, 0).put("institution", "");

        String html = render(textOnly, document, PDF);

        assertThat(row(html, "institution")).contains("class=\"empty\"").doesNotContain("class=\"null\"");
        assertThat(row(html, "dates")).contains("class=\"null\"").doesNotContain("class=\"empty\"");
    }

    @Test
    void showsTheLanguageAndTheTemplateReadWithEveryLabelEscaped() throws Exception {
        ObjectNode document = committed(PDF);
        assertThat(render(textOnly, document, PDF)).contains("<dd id=\"language\">en</dd>", "id=\"template\"",
                "<tr class=\"how-synonym\">");
        ObjectNode row = document.putArray("template").addObject();
        row.put("label", "Budget <remarks>").putNull("field");
        row.put("how", "unmapped").put("practices", 3);

        String html = render(textOnly, document, PDF);

        assertThat(html).contains("<dd id=\"language\">en</dd>", "<tr class=\"how-unmapped\">", "Budget &lt;remarks&gt;",
                "<td class=\"practices\">3</td>");
    }

    @Test
    void wordPageSaysWhyItHasNoPagePictures() throws Exception {
        String html = render(writer, committed(DOCX), DOCX);

        assertThat(html).doesNotContain("<img ").contains("No page pictures: a docx source has no fixed pages. "
                + "Its page numbers are counted from the page breaks the file records");
    }

    @Test
    void pdfThatCannotBeDrawnGivesAWarningInThePageNotAFailure() throws Exception {
        // The PDF's JSON with the Word file as its source: PDFBox cannot open it.
        String html = new String(writer.render(committed(PDF), SharedPipeline.sample(DOCX)), StandardCharsets.UTF_8);

        assertThat(html).contains("no page pictures: PDFBox could not open the PDF").doesNotContain("<img ");
        assertThat(html.split("<section class=\"practice", -1)).hasSize(22);
    }

    @Test
    void noPicturesWhenTheResolutionIsZero() throws Exception {
        String html = render(textOnly, committed(PDF), PDF);

        assertThat(html).doesNotContain("<img ").contains("Page pictures left out (--page-dpi 0).");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"review.mustache", "index.mustache", "value.mustache", "style.mustache"})
    void templatesUseNoUnescapedValues(String template) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/" + HtmlTemplate.FOLDER + "/" + template)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("{{{", "{{&");
        }
    }
}
