package org.ilo.sstc.output.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.pipeline.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review page of the committed sample outputs (no NLP needed: the JSON is read back). */
class ReviewPageWriterTest {
    private static final String PDF = "sstc-good-practices-2020-2021.pdf";

    @TempDir
    Path dir;

    private final ReviewPageWriter writer = new ReviewPageWriter(new PageImages(PageImages.DEFAULT_DPI, null,
            Duration.ofMinutes(1)));

    static JsonNode committed(String sample) throws Exception {
        return CompendiumJson.mapper().readTree(SharedPipeline.projectRoot().resolve("output").resolve(sample + ".json").toFile());
    }

    private String render(JsonNode document, String sample) throws Exception {
        byte[] html = writer.render(document, SharedPipeline.sample(sample));
        Files.write(Path.of("target").resolve(sample + ".test.html"), html);
        return new String(html, StandardCharsets.UTF_8);
    }

    @Test
    void pdfPageShowsEveryPracticeWithPicturesOfItsPages() throws Exception {
        String html = render(committed(PDF), PDF);

        assertThat(html).contains("<dd id=\"practice-count\">21</dd>");
        assertThat(html.split("<section class=\"practice", -1)).hasSize(22);
        assertThat(html.split("<img src=\"data:image/jpeg;base64,", -1)).as("pages 2-44, practice 17 ends on 37, 18 starts on 39")
                .hasSize(43);
        assertThat(html).doesNotContain("http-equiv=\"refresh\"").doesNotContain("<script");
    }
}
