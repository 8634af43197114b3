package org.ilo.sstc.output.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ilo.sstc.model.CompendiumJson;

/**
 * A compendium document as the review page's template sees it, built from the JSON written for the
 * platforms. {@code doc} is that whole JSON tree as maps and lists, and {@code has} says which of its
 * top-level properties have a value, so that a property added to the output (a language, the template
 * read) is shown by a template change alone: {@code {{#has.language}}…{{doc.language}}…{{/has.language}}}.
 */
public record ReviewView(String file, Value format, Value pageCount, Value sha256, Value schemaVersion,
                         Value extractorVersion, int practiceCount, int warningCount, int practicesWithWarnings,
                         List<String> documentWarnings, List<String> pictureWarnings, String picturesNote,
                         Value preface, List<PracticeView> practices, Map<String, Object> doc,
                         Map<String, Boolean> has) {

    /** The view of {@code document}; {@code pictures} of its pages; {@code picturesNote} says why there are none. */
    static ReviewView of(JsonNode document, PageImages.Rendered pictures, String picturesNote) {
        List<PracticeView> practices = new ArrayList<>();
        JsonNode practiceNodes = document.path("practices");
        for (int i = 0; i < practiceNodes.size(); i++) {
            practices.add(PracticeView.of(practiceNodes.get(i), i, pictures.uris(), picturesNote));
        }
        List<String> warnings = PracticeView.texts(document.path("warnings"));
        int practiceWarnings = practices.stream().mapToInt(p -> p.warnings().size()).sum();
        JsonNode source = document.path("source");
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = CompendiumJson.mapper().convertValue(document, Map.class);
        return new ReviewView(source.path("file").asText(), Value.of(source.get("format")), Value.of(source.get("pages")),
                Value.of(source.get("sha256")), Value.of(document.get("schemaVersion")),
                Value.of(document.get("extractorVersion")), practices.size(), warnings.size() + practiceWarnings,
                (int) practices.stream().filter(PracticeView::hasWarnings).count(), warnings, pictures.warnings(),
                picturesNote, Value.of(document.get("preface")), practices, doc, present(document));
    }

    /** For each top-level property, whether it has a value other than null, "", [] or {}. */
    private static Map<String, Boolean> present(JsonNode document) {
        Map<String, Boolean> present = new HashMap<>();
        document.fields().forEachRemaining(p -> present.put(p.getKey(),
                !p.getValue().isNull() && !(p.getValue().isContainerNode() && p.getValue().isEmpty())
                        && !(p.getValue().isTextual() && p.getValue().asText().isEmpty())));
        return present;
    }

    /** Whether some page pictures could not be made. */
    public boolean hasPictureWarnings() {
        return !pictureWarnings.isEmpty();
    }

    /** Whether the document has warnings of its own. */
    public boolean hasDocumentWarnings() {
        return !documentWarnings.isEmpty();
    }
}
