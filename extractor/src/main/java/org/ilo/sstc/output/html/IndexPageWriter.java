package org.ilo.sstc.output.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.output.AtomicFile;

/**
 * Writes {@code index.html} of a batch from its summary's JSON: every input with its status, practices,
 * warnings or failure, linking to its review page. Self-contained like the review pages. Thread-safe.
 */
public final class IndexPageWriter {

    /** The name of the batch's index page. */
    public static final String FILE = "index.html";

    private static final HtmlTemplate TEMPLATE = new HtmlTemplate("index.mustache");

    /**
     * The index as its template sees it.
     *
     * @param summary  the summary's JSON as maps (totals: files, converted, skipped, failed, practices, warnings, seconds)
     * @param outcomes one row per input, in input order
     */
    public record IndexView(Map<String, Object> summary, List<OutcomeRow> outcomes) {
    }

    /**
     * One input of the batch.
     *
     * @param page   relative link to its review page, null when it failed
     * @param json   relative link to its JSON, null when it failed
     */
    public record OutcomeRow(String input, String status, String failure, String message, int practices, int warnings,
                             String page, String json) {

        /** Whether the input failed (its row is highlighted). */
        public boolean failed() {
            return "FAILED".equals(status);
        }
    }

    /** Writes the index of the batch whose {@code summary.json} tree is {@code summary}, into {@code outputDir}. */
    public void write(JsonNode summary, Path outputDir) throws IOException {
        List<OutcomeRow> rows = new ArrayList<>();
        Path dir = outputDir.toAbsolutePath().normalize();
        for (JsonNode outcome : summary.path("outcomes")) {
            String json = outcome.path("output").isTextual()
                    ? relativeLink(dir, Path.of(outcome.path("output").asText())) : null;
            String page = json == null ? null : json.replaceFirst("\\.json$", ".html");
            rows.add(new OutcomeRow(outcome.path("input").asText(), outcome.path("status").asText(),
                    outcome.path("failure").asText(null), outcome.path("message").asText(null),
                    outcome.path("practices").asInt(), outcome.path("warnings").asInt(), page, json));
        }
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        @SuppressWarnings("unchecked")
        Map<String, Object> totals = CompendiumJson.mapper().convertValue(summary, Map.class);
        TEMPLATE.render(new IndexView(totals, rows), html);
        byte[] bytes = html.toByteArray();
        AtomicFile.write(outputDir.resolve(FILE), out -> out.write(bytes));
    }

    /** {@code file} relative to {@code dir}, percent-encoded as a URL path (a name may hold '#' or spaces). */
    private static String relativeLink(Path dir, Path file) {
        String relative = dir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        try {
            return new URI(null, null, relative, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot link to " + relative, e);
        }
    }
}
