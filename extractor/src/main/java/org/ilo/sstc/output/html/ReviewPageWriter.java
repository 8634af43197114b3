package org.ilo.sstc.output.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.TreeSet;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.output.AtomicFile;

/**
 * Writes the review page of a compendium document: one self-contained HTML file (styles inline, page
 * pictures as {@code data:} URIs, no script, no network) with the summary, then every practice with
 * every field beside pictures of its source pages. Written atomically. Thread-safe.
 */
public final class ReviewPageWriter {

    private static final HtmlTemplate TEMPLATE = new HtmlTemplate("review.mustache");

    private final PageImages pageImages;

    public ReviewPageWriter(PageImages pageImages) {
        this.pageImages = Objects.requireNonNull(pageImages, "pageImages");
    }

    /** Writes the page of {@code document}, converted from {@code sourceFile}, to {@code target}. */
    public void write(CompendiumDocument document, Path sourceFile, Path target) throws IOException {
        byte[] html = render(CompendiumJson.mapper().valueToTree(document), sourceFile);
        AtomicFile.write(target, out -> out.write(html));
    }

    /** The page of a document's JSON tree, as UTF-8 bytes; pictures of pages come from {@code sourceFile}. */
    public byte[] render(JsonNode document, Path sourceFile) throws IOException {
        PageImages.Rendered pictures = PageImages.Rendered.none();
        String note = picturesNote(document);
        if (note == null) {
            TreeSet<Integer> pages = new TreeSet<>();
            for (JsonNode practice : document.path("practices")) {
                JsonNode range = practice.path("pages");
                for (int page = range.path("start").asInt(1); page <= range.path("end").asInt(0); page++) {
                    pages.add(page);
                }
            }
            pictures = pageImages.render(sourceFile, pages);
        }
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        TEMPLATE.render(ReviewView.of(document, pictures, note), html);
        return html.toByteArray();
    }

    /** Why the page shows no pictures of the source's pages, or null when it does. */
    private String picturesNote(JsonNode document) {
        String format = document.path("source").path("format").asText();
        if (!format.equals("pdf")) {
            boolean paged = document.path("source").path("pages").canConvertToInt();
            return "No page pictures: a " + format + " source has no fixed pages. "
                    + (paged ? "Its page numbers are counted from the page breaks the file records; an editor may lay"
                            + " the pages out otherwise." : "Page numbers are absent.");
        }
        return pageImages.enabled() ? null : "Page pictures left out (--page-dpi 0).";
    }
}
