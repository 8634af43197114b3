package org.ilo.sstc.output.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.Contact;
import org.ilo.sstc.model.Country;
import org.ilo.sstc.model.CountryMention;
import org.ilo.sstc.model.Link;
import org.ilo.sstc.model.NamedEntity;
import org.ilo.sstc.model.Practice;

/**
 * The sheets of the workbook: practices (one row each, a column per field), contacts, countries, links
 * and warnings. Headers are the JSON's names, so that a column is found in the JSON under its header.
 */
public final class Tables {

    /** A row about a practice (or, for a document's warning, about no practice: null). */
    public interface OfPractice {
        String source();

        Practice practice();
    }

    /** A practice and the file it comes from. */
    public record PracticeRow(String source, Practice practice) implements OfPractice {
    }

    /** A contact of a practice. */
    public record ContactRow(String source, Practice practice, Contact contact) implements OfPractice {
    }

    /** A country a practice involves or only names in its text. */
    public record CountryRow(String source, Practice practice, String iso3, String name, boolean involved,
                             Integer mentions) implements OfPractice {
    }

    /** A link of a practice. */
    public record LinkRow(String source, Practice practice, Link link) implements OfPractice {
    }

    /** A warning of a practice, or of the document when {@code practice} is null. */
    public record WarningRow(String source, Practice practice, String warning) implements OfPractice {
    }

    /** One practice a row; the CSV has exactly these columns. */
    public static final Table<PracticeRow> PRACTICES = new Table<>("practices", List.of(
            text("source", 28, PracticeRow::source),
            number("number", 8, r -> r.practice().number()),
            text("region", 16, r -> r.practice().region()),
            text("shortTitle", 28, r -> r.practice().shortTitle()),
            text("author", 22, r -> r.practice().author()),
            text("institution", 24, r -> r.practice().institution()),
            text("dates", 12, r -> r.practice().dates()),
            text("title", 40, r -> r.practice().title()),
            text("countriesInvolved", 30, r -> r.practice().countriesInvolved()),
            text("countries.iso3", 16, r -> join(r.practice().countries(), Country::iso3, "; ")),
            text("countries.name", 28, r -> join(r.practice().countries(), Country::name, "; ")),
            text("regions", 20, r -> join(r.practice().regions(), Function.identity(), "; ")),
            text("sections.objectives", 60, r -> r.practice().sections().objectives()),
            text("sections.cooperation", 60, r -> r.practice().sections().cooperation()),
            text("sections.methodology", 60, r -> r.practice().sections().methodology()),
            text("sections.innovation", 60, r -> r.practice().sections().innovation()),
            text("sections.sustainability", 60, r -> r.practice().sections().sustainability()),
            text("sections.adaptability", 60, r -> r.practice().sections().adaptability()),
            text("sections.results", 60, r -> r.practice().sections().results()),
            text("contactDetails", 40, r -> r.practice().contactDetails()),
            text("fundingSources", 30, r -> r.practice().fundingSources()),
            text("materials", 30, r -> r.practice().materials()),
            text("links.url", 40, r -> join(r.practice().links(), Link::url, "\n")),
            text("entities.persons", 30, r -> join(r.practice().entities().persons(), NamedEntity::name, "; ")),
            text("entities.organizations", 30, r -> join(r.practice().entities().organizations(), NamedEntity::name, "; ")),
            text("footnotes", 30, r -> join(r.practice().footnotes(), Function.identity(), "\n")),
            text("otherSections", 40, r -> join(r.practice().otherSections(), s -> s.label() + ": " + s.text(), "\n")),
            number("pages.start", 8, r -> r.practice().pages() == null ? null : r.practice().pages().start()),
            number("pages.end", 8, r -> r.practice().pages() == null ? null : r.practice().pages().end()),
            text("warnings", 40, r -> join(r.practice().warnings(), Function.identity(), "\n"))),
            (document, rows) -> document.practices().forEach(p -> rows.add(new PracticeRow(source(document), p))));

    /** One contact a row. */
    public static final Table<ContactRow> CONTACTS = new Table<>("contacts", ofPractice(
            text("name", 24, r -> r.contact().name()),
            text("role", 28, r -> r.contact().role()),
            text("organization", 30, r -> r.contact().organization()),
            text("email", 30, r -> r.contact().email()),
            text("phone", 20, r -> r.contact().phone()),
            text("country", 16, r -> r.contact().country())),
            (document, rows) -> document.practices().forEach(p -> p.contacts().forEach(
                    c -> rows.add(new ContactRow(source(document), p, c)))));

    /** One country of a practice a row: involved (in {@code countries}) or only named in the text. */
    public static final Table<CountryRow> COUNTRIES = new Table<>("countries", ofPractice(
            text("iso3", 8, CountryRow::iso3),
            text("name", 28, CountryRow::name),
            text("involvement", 14, r -> r.involved() ? "involved" : "mentioned"),
            number("mentions", 10, CountryRow::mentions)),
            (document, rows) -> document.practices().forEach(p -> rows.addAll(countries(source(document), p))));

    /** One link a row. */
    public static final Table<LinkRow> LINKS = new Table<>("links", ofPractice(
            text("text", 30, r -> r.link().text()),
            text("url", 60, r -> r.link().url()),
            text("original", 40, r -> r.link().original())),
            (document, rows) -> document.practices().forEach(p -> p.links().forEach(
                    l -> rows.add(new LinkRow(source(document), p, l)))));

    /** One warning a row, the document's first (no practice), then each practice's. */
    public static final Table<WarningRow> WARNINGS = new Table<>("warnings", ofPractice(
            text("warning", 90, WarningRow::warning)),
            (document, rows) -> {
                document.warnings().forEach(w -> rows.add(new WarningRow(source(document), null, w)));
                document.practices().forEach(p -> p.warnings().forEach(
                        w -> rows.add(new WarningRow(source(document), p, w))));
            });

    /** Every sheet, in workbook order. */
    public static final List<Table<?>> ALL = List.of(PRACTICES, CONTACTS, COUNTRIES, LINKS, WARNINGS);

    private Tables() {
    }

    /** The involved countries in their order, then those only named in the text, with their mentions. */
    static List<CountryRow> countries(String source, Practice practice) {
        Map<String, Integer> mentions = practice.entities().countries().stream()
                .collect(Collectors.toMap(CountryMention::iso3, CountryMention::mentions, Integer::sum, LinkedHashMap::new));
        List<CountryRow> involved = practice.countries().stream()
                .map(c -> new CountryRow(source, practice, c.iso3(), c.name(), true, mentions.get(c.iso3()))).toList();
        List<String> involvedCodes = practice.countries().stream().map(Country::iso3).toList();
        List<CountryRow> mentioned = practice.entities().countries().stream()
                .filter(m -> !involvedCodes.contains(m.iso3()))
                .map(m -> new CountryRow(source, practice, m.iso3(), m.name(), false, m.mentions())).toList();
        return Stream.concat(involved.stream(), mentioned.stream()).toList();
    }

    /** Columns naming the row's file and practice, then {@code columns}. */
    @SafeVarargs
    private static <R extends OfPractice> List<Column<R>> ofPractice(Column<R>... columns) {
        List<Column<R>> all = new ArrayList<>(List.of(
                text("source", 28, OfPractice::source),
                number("practice", 8, r -> r.practice() == null ? null : r.practice().number()),
                text("shortTitle", 28, r -> r.practice() == null ? null : r.practice().shortTitle())));
        all.addAll(List.of(columns));
        return all;
    }

    private static String source(CompendiumDocument document) {
        return document.source().file();
    }

    private static <T> String join(List<T> items, Function<T, String> text, String separator) {
        return items.stream().map(text).collect(Collectors.joining(separator));
    }

    private static <R> Column<R> text(String header, int width, Function<R, String> value) {
        return new Column<>(header, width, value::apply);
    }

    private static <R> Column<R> number(String header, int width, Function<R, Number> value) {
        return new Column<>(header, width, value::apply);
    }
}
