package org.ilo.sstc.output.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One practice as the review page's template sees it, built from the practice's JSON: every scalar
 * field in the order the JSON has it (a field added to the output later shows without code), lists
 * apart, each value marked null, empty or text.
 */
public record PracticeView(String anchor, Value number, Value region, Value shortTitle, Value pages,
                           List<String> warnings, List<Field> fields, List<CountryRow> countries, List<String> regions,
                           List<ContactRow> contacts, List<LinkRow> links, List<MentionRow> mentionedCountries,
                           List<MentionRow> persons, List<MentionRow> organizations, List<String> footnotes,
                           List<SectionRow> otherSections, List<PageImage> pageImages, String pageImagesNote) {

    /** Properties shown in their own blocks rather than in the table of fields. */
    private static final Set<String> LISTS = Set.of("countries", "regions", "contacts", "links", "entities",
            "footnotes", "otherSections", "warnings");

    /** A labelled value of the table of fields, e.g. {@code sections.objectives}. */
    public record Field(String name, String label, Value value) {
    }

    /** A country by ISO 3166-1 alpha-3 code. */
    public record CountryRow(Value iso3, Value name) {
    }

    /** A contact; each part may be null. */
    public record ContactRow(Value name, Value role, Value organization, Value email, String mailto, Value phone,
                             Value country) {
    }

    /** A link; {@code href} is null when the target is not a web or mail address (it is then shown as text only). */
    public record LinkRow(Value text, Value url, String href, Value original) {
    }

    /** An entity and how many times it is named. */
    public record MentionRow(Value iso3, Value name, Value mentions) {
    }

    /** A row whose label maps to no template field. */
    public record SectionRow(Value label, Value text) {
    }

    /** A picture of a source page. */
    public record PageImage(int page, String src) {
    }

    /** Whether the practice has warnings (they are shown at its top). */
    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /** How many warnings the practice has. */
    public int warningCount() {
        return warnings.size();
    }

    /** Which lists have entries, by name, so that a table is drawn only around rows ({@code {{#has.links}}}). */
    public Map<String, Boolean> has() {
        return Map.of("countries", !countries.isEmpty(), "regions", !regions.isEmpty(), "contacts", !contacts.isEmpty(),
                "links", !links.isEmpty(), "footnotes", !footnotes.isEmpty(), "otherSections", !otherSections.isEmpty());
    }

    /** The view of {@code practice}, the {@code index}-th of its document; {@code pictures} by page number. */
    static PracticeView of(JsonNode practice, int index, Map<Integer, String> pictures, String noPicturesNote) {
        List<PageImage> images = new ArrayList<>();
        JsonNode pages = practice.path("pages");
        if (pages.isObject()) {
            for (int page = pages.path("start").asInt(); page <= pages.path("end").asInt(); page++) {
                if (pictures.containsKey(page)) {
                    images.add(new PageImage(page, pictures.get(page)));
                }
            }
        }
        String note = noPicturesNote != null ? noPicturesNote
                : pages.isObject() && images.isEmpty() ? "no pictures of these pages (see the warnings above)" : null;
        return new PracticeView("practice-" + (index + 1), Value.of(practice.get("number")),
                Value.of(practice.get("region")), Value.of(practice.get("shortTitle")), pageText(pages),
                texts(practice.path("warnings")), fields(practice),
                rows(practice.path("countries"), c -> new CountryRow(Value.of(c.get("iso3")), Value.of(c.get("name")))),
                texts(practice.path("regions")),
                rows(practice.path("contacts"), PracticeView::contact),
                rows(practice.path("links"), l -> new LinkRow(Value.of(l.get("text")), Value.of(l.get("url")),
                        Links.safeHref(l.path("url").asText(null)), Value.of(l.get("original")))),
                rows(practice.path("entities").path("countries"), PracticeView::mention),
                rows(practice.path("entities").path("persons"), PracticeView::mention),
                rows(practice.path("entities").path("organizations"), PracticeView::mention),
                texts(practice.path("footnotes")),
                rows(practice.path("otherSections"), s -> new SectionRow(Value.of(s.get("label")), Value.of(s.get("text")))),
                images, note);
    }

    /** Every property not shown in a block of its own; the narrative sections one row each. */
    private static List<Field> fields(JsonNode practice) {
        List<Field> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = practice.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            if (LISTS.contains(name)) {
                continue;
            }
            if (name.equals("sections") && property.getValue().isObject()) {
                property.getValue().fields().forEachRemaining(section -> fields.add(
                        new Field("sections." + section.getKey(), label(section.getKey()), Value.of(section.getValue()))));
            } else if (name.equals("pages")) {
                fields.add(new Field(name, label(name), pageText(property.getValue())));
            } else {
                fields.add(new Field(name, label(name), Value.of(property.getValue())));
            }
        }
        return fields;
    }

    private static ContactRow contact(JsonNode c) {
        return new ContactRow(Value.of(c.get("name")), Value.of(c.get("role")), Value.of(c.get("organization")),
                Value.of(c.get("email")), Links.mailto(c.path("email").asText(null)), Value.of(c.get("phone")),
                Value.of(c.get("country")));
    }

    private static MentionRow mention(JsonNode m) {
        return new MentionRow(Value.of(m.get("iso3")), Value.of(m.get("name")), Value.of(m.get("mentions")));
    }

    private static Value pageText(JsonNode pages) {
        if (!pages.isObject()) {
            return Value.of(pages);
        }
        int start = pages.path("start").asInt();
        int end = pages.path("end").asInt();
        return Value.of(start == end ? String.valueOf(start) : start + "–" + end);
    }

    /** "countriesInvolved" → "Countries involved". */
    static String label(String name) {
        String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.isValueNode() ? item.asText() : item.toString()));
        return texts;
    }

    static <T> List<T> rows(JsonNode array, Function<JsonNode, T> row) {
        List<T> rows = new ArrayList<>();
        array.forEach(item -> rows.add(row.apply(item)));
        return rows;
    }
}
