package org.ilo.sstc.entities;

import org.ilo.sstc.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.fields.FieldText;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.model.Contact;

/**
 * Parses a contact row into one {@link Contact} per person or desk, whatever the layout: "Name, Role Org
 * e-mail" lines, name and e-mail on two lines, name / e-mail / country tables (tabs or spaces), e-mail
 * before the name, desks with only an e-mail or an office name, "Name (e-mail) and Name (e-mail)" sharing
 * the office on the next line, "- Name - Role Org" bullets. Immutable and thread-safe.
 */
final class ContactParser {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-–—•*·▪◦]+|\\d{1,2}[.)])\\s+");
    private static final Pattern GLUED_OFFICE = Pattern.compile("(?<=\\p{Ll})[-–](?=\\p{Lu}{2,}\\b)");
    private static final Pattern SEPARATOR = Pattern.compile("\\t|\\s[-–—]+\\s|,|;|:(?!//)|\\||\\(|\\)|\\[|\\]|\\s{2,}");
    private static final Pattern PHONE = Pattern.compile("(?i)^(?:tel|phone|mobile|fax|whatsapp)?[.:\\s]{0,20}\\+?[\\d\\s().\\-/]{6,}$");
    private static final Pattern AND = Pattern.compile("(?<!\\s)\\s++(?:and|&)\\s+");

    private final ContactWords words;
    private final PersonNames names;
    private final PlaceGazetteer places;
    private final JobTitles titles;

    ContactParser(ContactWords words, PersonNames names, PlaceGazetteer places) {
        this.words = words;
        this.names = names;
        this.places = places;
        this.titles = new JobTitles(words);
    }

    /** A contact being built; fields null until found. */
    private static final class Draft {
        String name;
        String role;
        String organization;
        String email;
        String country;

        boolean onlyEmail() {
            return email != null && name == null && role == null && organization == null && country == null;
        }

        boolean onlyOrganization() {
            return organization != null && name == null && role == null && email == null && country == null;
        }

        boolean onlyRole() {
            return role != null && name == null && organization == null && email == null && country == null;
        }

        boolean onlyCountry() {
            return country != null && name == null && role == null && organization == null && email == null;
        }

        Contact toContact() {
            if (name == null && organization == null && email == null) {
                if (role == null) {
                    return null;
                }
                // A desk named by its function ("Skills Specialists for Arab States") is an organisation.
                return new Contact(null, null, role, null, country);
            }
            return new Contact(name, role, organization, email, country);
        }
    }

    /** The segments of one entry, sorted by what they are. */
    private static final class Entry {
        final List<String> names = new ArrayList<>();
        final List<String> emails = new ArrayList<>();
        final List<String> organisations = new ArrayList<>();
        String role;
        String country;
    }

    /** The contacts of {@code field}; {@code evidence} is what NER said about the practice's phrases. */
    List<Contact> parse(FieldText field, NerEvidence evidence) {
        List<Draft> all = new ArrayList<>();
        List<Draft> previousLine = List.of();
        for (ContactRows.Row row : ContactRows.rows(field)) {
            String text = BULLET.matcher(row.text()).replaceFirst("").strip();
            if (text.isEmpty() || words.isHeader(text.replace('\t', ' '))) {
                continue;
            }
            List<Draft> line = new ArrayList<>();
            for (String entryText : ContactRows.entries(text)) {
                line.addAll(drafts(read(entryText, evidence)));
            }
            applyMailtoTargets(line, row.links());
            previousLine = merge(all, previousLine, line);
        }
        List<Contact> contacts = new ArrayList<>();
        for (Draft draft : all) {
            Contact contact = draft.toContact();
            if (contact != null) {
                contacts.add(contact);
            }
        }
        return contacts;
    }

    /** Sorts the segments of one entry: e-mails, names, a country, a role, organisation parts. */
    private Entry read(String text, NerEvidence evidence) {
        Entry entry = new Entry();
        String unglued = GLUED_OFFICE.matcher(text).replaceAll(" - ");
        Matcher m = WebAddresses.EMAIL.matcher(unglued);
        String firstEmail = m.find() ? m.group() : null;
        int from = 0;
        m.reset();
        List<String> segments = new ArrayList<>();
        while (m.find()) {
            segments.addAll(List.of(SEPARATOR.split(unglued.substring(from, m.start()))));
            entry.emails.add(m.group());
            from = m.end();
        }
        segments.addAll(List.of(SEPARATOR.split(unglued.substring(from))));
        for (String raw : segments) {
            String segment = ContactRows.EDGE.matcher(raw).replaceAll("");
            if (segment.isEmpty() || words.isHeader(segment) || PHONE.matcher(segment).matches()
                    || WebAddresses.WRITTEN_URL.matcher(segment).lookingAt()) {
                continue;
            }
            readSegment(segment, entry, evidence, firstEmail);
        }
        return entry;
    }

    private void readSegment(String segment, Entry entry, NerEvidence evidence, String email) {
        Optional<PlaceMatch> place = places.lookup(segment, PlaceGazetteer.Reading.PLACE_LIST);
        if (place.isPresent() && place.get().place().isCountry() && entry.country == null) {
            entry.country = segment;
            return;
        }
        List<String> people = people(segment, evidence, email);
        if (!people.isEmpty()) {
            entry.names.addAll(people);
            return;
        }
        List<String> tokens = List.of(segment.split("\\s+"));
        int nameLength = names.leadingName(tokens, evidence, email);
        if (nameLength > 0) {
            entry.names.add(names.clean(String.join(" ", tokens.subList(0, nameLength))));
            readRoleAndOrganisation(tokens.subList(nameLength, tokens.size()), entry);
            return;
        }
        readRoleAndOrganisation(tokens, entry);
    }

    /** The person names {@code segment} holds: one, or two joined by "and" / "&"; empty when it is something else. */
    private List<String> people(String segment, NerEvidence evidence, String email) {
        String cleaned = names.clean(segment);
        if (names.isName(cleaned, evidence, email)) {
            return List.of(cleaned);
        }
        List<String> people = new ArrayList<>();
        for (String part : AND.split(segment)) {
            String name = names.clean(part);
            if (!names.isName(name, evidence, email)) {
                return List.of();
            }
            people.add(name);
        }
        return people.size() > 1 ? people : List.of();
    }

    private void readRoleAndOrganisation(List<String> tokens, Entry entry) {
        JobTitles.Split split = titles.split(tokens);
        if (split.role() != null) {
            entry.role = entry.role == null ? split.role() : entry.role + ", " + split.role();
        }
        if (split.organisation() != null) {
            entry.organisations.add(split.organisation());
        }
    }

    /** One draft per person of the entry, sharing its role, organisation and country; one for a desk. */
    private static List<Draft> drafts(Entry entry) {
        List<Draft> drafts = new ArrayList<>();
        String organisation = entry.organisations.isEmpty() ? null : String.join(", ", entry.organisations);
        int people = Math.max(1, entry.names.size());
        for (int i = 0; i < people; i++) {
            Draft draft = new Draft();
            draft.name = entry.names.isEmpty() ? null : entry.names.get(i);
            draft.role = entry.role;
            draft.organization = organisation;
            draft.country = entry.country;
            draft.email = emailFor(entry, i);
            drafts.add(draft);
        }
        if (entry.names.isEmpty() && organisation == null && entry.role == null && entry.emails.isEmpty() && entry.country == null) {
            return List.of();
        }
        return drafts;
    }

    private static String emailFor(Entry entry, int person) {
        if (entry.emails.isEmpty()) {
            return null;
        }
        if (entry.names.size() <= 1 || entry.emails.size() == entry.names.size()) {
            return entry.emails.get(Math.min(person, entry.emails.size() - 1));
        }
        String surname = Fold.key(lastWord(entry.names.get(person)));
        return entry.emails.stream().filter(e -> Fold.key(e).contains(surname)).findFirst().orElse(null);
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** A mailto hyperlink behind a name gives that person's e-mail when the line shows none. */
    private static void applyMailtoTargets(List<Draft> line, List<Hyperlink> links) {
        for (Hyperlink link : links) {
            String address = WebAddresses.mailtoAddress(link.url());
            if (address == null || WebAddresses.EMAIL.matcher(link.text()).find() || link.text().isBlank()) {
                continue;
            }
            String visible = Fold.key(link.text());
            for (Draft draft : line) {
                String label = draft.name != null ? draft.name : draft.organization;
                if (draft.email == null && label != null && (Fold.key(label).contains(visible) || visible.contains(Fold.key(label)))) {
                    draft.email = address;
                    break;
                }
            }
        }
    }

    /**
     * Adds a line's drafts to {@code all}, or completes the previous line's contacts with them: an e-mail,
     * role, country or office alone on a line belongs to the contact(s) above. Returns the drafts this line
     * made or completed.
     */
    private List<Draft> merge(List<Draft> all, List<Draft> previousLine, List<Draft> line) {
        if (line.size() != 1 || all.isEmpty()) {
            all.addAll(line);
            return line;
        }
        Draft only = line.get(0);
        Draft last = all.get(all.size() - 1);
        if (only.onlyEmail()) {
            for (int i = all.size() - 1; i >= 0 && i >= all.size() - Math.max(1, previousLine.size()); i--) {
                if (all.get(i).email == null) {
                    all.get(i).email = only.email;
                    return List.of(all.get(i));
                }
            }
        } else if (only.onlyOrganization() && !previousLine.isEmpty()
                && previousLine.stream().allMatch(d -> d.name != null && d.organization == null)) {
            previousLine.forEach(d -> d.organization = only.organization);
            return previousLine;
        } else if (only.onlyOrganization() && isPlaceOnly(only.organization) && (last.organization != null || last.role != null)) {
            // A place alone on a line ends the office or function above it ("... Arab States and North" / "Africa").
            if (last.organization != null) {
                last.organization = last.organization + " " + only.organization;
            } else {
                last.role = last.role + " " + only.organization;
            }
            return List.of(last);
        } else if (only.onlyRole() && last.role == null && (last.name != null || last.organization != null)) {
            last.role = only.role;
            return List.of(last);
        } else if (only.onlyCountry() && last.country == null) {
            last.country = only.country;
            return List.of(last);
        } else if (only.name != null && last.onlyEmail() && belongsTo(last.email, only.name)) {
            // An e-mail written before the name it belongs to.
            last.name = only.name;
            last.role = only.role;
            last.organization = only.organization;
            last.country = only.country;
            return List.of(last);
        }
        all.add(only);
        return line;
    }

    /** True when the local part of {@code email} holds a word of {@code name} ("jroe@x.org", "Jane Roe"). */
    private static boolean belongsTo(String email, String name) {
        String local = Fold.key(email.substring(0, email.indexOf('@')));
        for (String word : name.split(" ")) {
            String key = Fold.key(word);
            if (key.length() >= 3 && local.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private boolean isPlaceOnly(String text) {
        return places.lookup(text, PlaceGazetteer.Reading.PLACE_LIST).isPresent();
    }
}
