package org.ilo.sstc.entities;

import org.ilo.sstc.text.Fold;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
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

    /** One capitalised word and a comma opening a line: the end of a name wrapped from the line above ("Bello, …"). */
    private static final Pattern WRAPPED_SURNAME = Pattern.compile("(\\p{Lu}[\\p{Ll}\\p{M}'’-]+),");
    /** How long a desk's name before its colon and address may be. */
    private static final int MIN_DESK_CHARS = 3;
    private static final int MAX_DESK_CHARS = 80;
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-–—•*·▪◦]+|\\d{1,2}[.)])\\s+");
    private static final Pattern GLUED_OFFICE = Pattern.compile("(?<=\\p{Ll})[-–](?=\\p{Lu}{2,}\\b)");
    /** Fewer digits are a number of some other kind (a year, a street number), not a telephone's. */
    private static final int MIN_PHONE_DIGITS = 6;
    private static final Pattern SEPARATOR = Pattern.compile("\\t|\\s[-–—]+\\s|,|;|:(?!//)|\\||\\(|\\)|\\[|\\]|\\s{2,}");
    private final ContactWords words;
    private final EntityWords entityWords;
    private final PersonNames names;
    private final PlaceGazetteer places;
    private final JobTitles titles;

    ContactParser(ContactWords words, EntityWords entityWords, PersonNames names, PlaceGazetteer places) {
        this.words = words;
        this.entityWords = entityWords;
        this.names = names;
        this.places = places;
        this.titles = new JobTitles(words, entityWords.jobPrepositions);
    }

    /** A contact being built; fields null until found. */
    private static final class Draft {
        String name;
        String role;
        String organization;
        String email;
        String phone;
        String country;

        /** Only an e-mail address and maybe a phone number: details of the contact above, or a desk's address. */
        boolean onlyEmail() {
            return email != null && onlyDetails();
        }

        /** Nothing but an e-mail address or a phone number, or both. */
        boolean onlyDetails() {
            return name == null && role == null && organization == null && country == null;
        }

        /** Takes from {@code other} each part this contact lacks. */
        void fillFrom(Draft other) {
            name = name == null ? other.name : name;
            role = role == null ? other.role : role;
            organization = organization == null ? other.organization : organization;
            email = email == null ? other.email : email;
            phone = phone == null ? other.phone : phone;
            country = country == null ? other.country : country;
        }

        boolean onlyOrganization() {
            return organization != null && name == null && role == null && email == null && phone == null && country == null;
        }

        /** An organisation, with or without an e-mail address or phone number, and nothing else. */
        boolean placeThenDetails() {
            return organization != null && name == null && role == null && country == null;
        }

        boolean onlyRole() {
            return role != null && name == null && organization == null && email == null && phone == null && country == null;
        }

        boolean onlyCountry() {
            return country != null && name == null && role == null && organization == null && email == null && phone == null;
        }

        Contact toContact() {
            if (name == null && organization == null && email == null) {
                if (role == null) {
                    return null;
                }
                // A desk named by its function ("Skills Specialists for Arab States") is an organisation.
                return new Contact(null, null, role, null, phone, country);
            }
            return new Contact(name, role, organization, email, phone, country);
        }
    }

    /** The segments of one entry, sorted by what they are. */
    private static final class Entry {
        final List<String> names = new ArrayList<>();
        final List<String> emails = new ArrayList<>();
        final List<String> organisations = new ArrayList<>();
        /** For each organisation, the index of the name it followed (-1 before any). */
        final List<Integer> organisationOwners = new ArrayList<>();
        final List<String> phones = new ArrayList<>();
        String role;
        String country;
    }

    /**
     * The contacts of {@code field}; {@code evidence} is what NER said about the practice's phrases, {@code practiceLinks}
     * the practice's hyperlinks (targets listed apart from the text included).
     */
    List<Contact> parse(FieldText field, NerEvidence evidence, List<Hyperlink> practiceLinks) {
        List<Draft> all = new ArrayList<>();
        List<Draft> previousLine = List.of();
        for (ContactRows.Row row : ContactRows.rows(field, (above, line) -> continuesEntry(above, line, evidence), this::labelledPart)) {
            String text = BULLET.matcher(row.text()).replaceFirst("").strip();
            if (text.isEmpty() || words.isHeader(text.replace('\t', ' '))) {
                continue;
            }
            List<Entry> entries = new ArrayList<>();
            for (String entryText : ContactRows.entries(text, entityWords.leadingConnector, entityWords.alternativeGap)) {
                addEntry(entries, read(entryText, evidence));
            }
            List<Draft> line = new ArrayList<>();
            entries.forEach(entry -> line.addAll(drafts(entry)));
            applyMailtoTargets(line, row.links());
            previousLine = merge(all, previousLine, line);
        }
        applyListedMailtoTargets(all, practiceLinks, field.text());
        List<Contact> contacts = new ArrayList<>();
        for (Draft draft : all) {
            Contact contact = draft.toContact();
            if (contact != null) {
                contacts.add(contact);
            }
        }
        return contacts;
    }

    /**
     * Whether {@code line} of flattened text goes on with the unfinished entry {@code above}: it opens no entry of
     * its own, and the line above was cut inside its parts ("…, Especialista en Servicios de" / "Empleo, OIT …")
     * or inside a name ("… y Sr. Ibrahim Danjuma" / "Bello, Coordinadores …"). A name alone on its line is whole
     * ("Israel Mendoza Cruz" / "Maritime Specialist, ILO …").
     */
    private boolean continuesEntry(String above, String line, NerEvidence evidence) {
        if (opensEntry(line, evidence)) {
            return false;
        }
        String[] lastWords = above.split("\\s+");
        String last = lastWords[lastWords.length - 1];
        boolean cutInParts = above.indexOf(',') >= 0 || above.endsWith("(") || Character.isLowerCase(last.codePointAt(0));
        Matcher surname = WRAPPED_SURNAME.matcher(line);
        boolean cutInName = surname.lookingAt() && Character.isUpperCase(last.codePointAt(0)) && !isPlaceOnly(surname.group(1));
        return cutInParts || cutInName;
    }

    /** A part of a contact given under its heading, a line of its own ("Cargo: …", "Fonction : …", "E-mail: …"). */
    private boolean labelledPart(String line) {
        int colon = line.indexOf(':');
        return colon > 0 && !line.startsWith("//", colon + 1) && words.isHeader(line.substring(0, colon).strip());
    }

    /**
     * Whether a line of flattened text opens a contact of its own: a bullet or title first ("Sra. …"), a
     * person's name before its first comma, or an address alone (the e-mail of the person above).
     */
    private boolean opensEntry(String line, NerEvidence evidence) {
        String text = BULLET.matcher(line).replaceFirst("").strip();
        if (text.length() < line.strip().length() || text.isEmpty()) {
            return true;
        }
        String first = text.split("[,;:(–—|\\t]", 2)[0].strip();
        int space = first.indexOf(' ');
        if (words.isTitle(space < 0 ? first : first.substring(0, space)) || WebAddresses.EMAIL.matcher(text).lookingAt()) {
            return true;
        }
        if (isDeskLine(text)) {
            return true;
        }
        String name = names.clean(first);
        return names.isName(name, evidence, null) || names.surnameFirst(text, evidence, null).isPresent();
    }

    /**
     * A desk and its address alone on a line, "Secrétariat technique du COACP : secretariat@coacp-ao.org": a name without
     * commas or brackets that is no contact heading ("E-mail:"), a colon, one e-mail address.
     */
    private boolean isDeskLine(String text) {
        int colon = text.indexOf(':');
        if (colon < MIN_DESK_CHARS || colon > MAX_DESK_CHARS) {
            return false;
        }
        String head = text.substring(0, colon).strip();
        return head.chars().noneMatch(c -> ",;()".indexOf(c) >= 0) && !words.isHeader(head)
                && WebAddresses.EMAIL.matcher(text.substring(colon + 1).strip()).matches();
    }

    /**
     * Adds {@code entry} to the line's {@code entries}; addresses alone go to the entry before them while it names
     * more people than it has addresses ("Sr. A y Sra. B, Inspección – a@x.uy, b@x.uy" is cut after each address).
     */
    private static void addEntry(List<Entry> entries, Entry entry) {
        Entry before = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        boolean onlyAddresses = entry.names.isEmpty() && entry.organisations.isEmpty() && entry.role == null
                && entry.country == null && entry.phones.isEmpty() && !entry.emails.isEmpty();
        if (onlyAddresses && before != null && before.names.size() > before.emails.size()) {
            before.emails.addAll(entry.emails);
        } else {
            entries.add(entry);
        }
    }

    /** Sorts the segments of one entry: e-mails, names, a country, a role, organisation parts. */
    private Entry read(String text, NerEvidence evidence) {
        Entry entry = new Entry();
        // A phone number goes before the line is cut, since its "Tel.:" and "(591)" would be cut apart from it.
        String unglued = takePhones(GLUED_OFFICE.matcher(text).replaceAll(" - "), entry);
        Matcher m = WebAddresses.EMAIL.matcher(unglued);
        String firstEmail = m.find() ? m.group() : null;
        int from = 0;
        Optional<PersonNames.SurnameFirst> surnameFirst = names.surnameFirst(unglued, evidence, firstEmail);
        if (surnameFirst.isPresent()) {
            entry.names.add(surnameFirst.get().name());
            from = surnameFirst.get().end();
        }
        m.reset();
        List<String> segments = new ArrayList<>();
        while (m.find()) {
            if (m.start() < from) {
                continue;
            }
            segments.addAll(List.of(SEPARATOR.split(unglued.substring(from, m.start()))));
            // The address itself, one a mail program takes: "j.roe [at] ilo [dot] org" stays so in contactDetails only.
            entry.emails.add(WebAddresses.plainEmail(m.group()));
            from = m.end();
        }
        segments.addAll(List.of(SEPARATOR.split(unglued.substring(from))));
        for (String raw : segments) {
            String segment = withoutTrailingHeading(ContactRows.EDGE.matcher(raw).replaceAll(""));
            if (segment.isEmpty() || words.isHeader(segment) || entityWords.phone.matcher(segment).matches()
                    || entityWords.alternativeGap.matcher(segment).matches()
                    || WebAddresses.WRITTEN_URL.matcher(segment).lookingAt()) {
                continue;
            }
            readSegment(segment, entry, evidence, firstEmail);
        }
        return entry;
    }

    /**
     * {@code segment} without the heading of the address after it, where a full stop ends what comes first: "Hotel
     * Workers’ Union. Email" before "Email: a@x.org" is the union.
     */
    private String withoutTrailingHeading(String segment) {
        int stop = segment.lastIndexOf(". ");
        return stop > 0 && words.isHeader(ContactRows.EDGE.matcher(segment.substring(stop + 2)).replaceAll(""))
                ? segment.substring(0, stop) : segment;
    }

    /** {@code text} without its phone numbers, which go to {@code entry} as written ("+254 20 123 4567"). */
    private String takePhones(String text, Entry entry) {
        Matcher phone = entityWords.phoneInLine.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (phone.find()) {
            String number = phone.group("number") != null ? phone.group("number") : phone.group("international");
            if (number.chars().filter(Character::isDigit).count() < MIN_PHONE_DIGITS) {
                continue;
            }
            entry.phones.add(number.strip());
            phone.appendReplacement(rest, " ");
        }
        phone.appendTail(rest);
        return rest.toString();
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
        if (names.isName(cleaned, evidence, email) || names.isTitledName(segment, evidence, email)) {
            return List.of(cleaned);
        }
        // "and Mr Ashan Perera" after "Ms Sabina Shrestha (ILO Kathmandu)": one more person.
        Matcher connector = entityWords.leadingConnector.matcher(segment);
        if (connector.lookingAt() && connector.end() > 0 && names.isTitledName(segment.substring(connector.end()), evidence, email)) {
            return List.of(names.clean(segment.substring(connector.end())));
        }
        List<String> people = new ArrayList<>();
        for (String part : entityWords.personJoin.split(segment)) {
            String name = names.clean(part);
            if (!names.isName(name, evidence, email) && !names.isTitledName(part, evidence, email)) {
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
            entry.organisationOwners.add(entry.names.size() - 1);
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
            draft.organization = ownOrganisation(entry, i).orElse(organisation);
            draft.country = entry.country;
            draft.email = emailFor(entry, i);
            draft.phone = entry.phones.isEmpty() || people > 1 && entry.phones.size() != people ? null
                    : entry.phones.get(Math.min(i, entry.phones.size() - 1));
            drafts.add(draft);
        }
        if (entry.names.isEmpty() && organisation == null && entry.role == null && entry.emails.isEmpty() && entry.country == null
                && entry.phones.isEmpty()) {
            return List.of();
        }
        return drafts;
    }

    /**
     * The organisation written right after person {@code person}'s name where each of several people has one of their
     * own ("Ms Sabina Shrestha (ILO Kathmandu) and Mr Ashan Perera (ILO Colombo)"); empty where they share them.
     */
    private static Optional<String> ownOrganisation(Entry entry, int person) {
        int people = entry.names.size();
        if (people < 2 || entry.organisations.size() != people || !entry.organisationOwners.equals(
                IntStream.range(0, people).boxed().toList())) {
            return Optional.empty();
        }
        return Optional.of(entry.organisations.get(person));
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
            for (Draft draft : line) {
                String label = draft.name != null ? draft.name : draft.organization;
                if (draft.email == null && label != null && namesTheSame(label, link.text())) {
                    draft.email = address;
                    break;
                }
            }
        }
    }

    /**
     * Adds a line's drafts to {@code all}, or completes the contacts above with them: an e-mail, phone number,
     * role, country or office alone on a line belongs to the contact(s) above, and a second e-mail address or
     * number to the person before it. Returns the drafts this line made or completed.
     */
    private List<Draft> merge(List<Draft> all, List<Draft> previousLine, List<Draft> line) {
        // A line of nothing but addresses and numbers ("E-mail: a@x.org; b@y.org", "Tel: ...") details the contacts above.
        boolean details = line.stream().allMatch(Draft::onlyDetails);
        Draft current = details && !all.isEmpty() ? all.get(all.size() - 1) : null;
        List<Draft> made = new ArrayList<>();
        for (Draft draft : line) {
            List<Draft> completed = (details || line.size() == 1) && !all.isEmpty() ? complete(all, previousLine, draft) : List.of();
            if (completed.isEmpty() && current != null && absorb(current, draft)) {
                continue;
            }
            if (completed.isEmpty()) {
                all.add(draft);
                completed = List.of(draft);
            }
            made.addAll(completed);
            current = completed.get(completed.size() - 1);
        }
        return made.isEmpty() && current != null ? List.of(current) : made;
    }

    /** The contacts above that {@code only}, a draft alone on its line or among details, completes (they now hold its parts). */
    private List<Draft> complete(List<Draft> all, List<Draft> previousLine, Draft only) {
        Draft last = all.get(all.size() - 1);
        if (only.onlyDetails()) {
            // The first person of the line above still without one takes it ("Name, Name" / "a@x.org" / "b@y.org").
            List<Draft> above = all.subList(Math.max(0, all.size() - Math.max(1, previousLine.size())), all.size());
            for (Draft draft : above) {
                if ((only.email == null || draft.email == null) && (only.phone == null || draft.phone == null)) {
                    absorb(draft, only);
                    return List.of(draft);
                }
            }
        } else if (only.onlyOrganization() && !previousLine.isEmpty()
                && previousLine.stream().allMatch(d -> d.name != null && d.organization == null)) {
            previousLine.forEach(d -> d.organization = only.organization);
            return previousLine;
        } else if (only.placeThenDetails() && (last.organization != null || last.role != null)
                && (only.email == null || last.email == null) && (only.phone == null || last.phone == null)
                && (isPlaceOnly(only.organization) || only.email != null && last.name != null && belongsTo(only.email, last.name))) {
            // A place alone on a line ends the office or function above it ("... Arab States and North" / "Africa");
            // so do words before the address of the person above ("Sr. Montes, …, OIT" / "Ginebra, montes@ilo.org").
            last.email = last.email == null ? only.email : last.email;
            last.phone = last.phone == null ? only.phone : last.phone;
            if (last.organization != null) {
                last.organization = last.organization + " " + only.organization;
            } else {
                last.role = last.role + " " + only.organization;
            }
            return List.of(last);
        } else if (only.onlyRole() && last.role == null && (last.name != null || last.organization != null)) {
            last.role = only.role;
            return List.of(last);
        } else if (only.name == null && (only.role != null || only.organization != null) && last.name != null
                && last.role == null && last.organization == null && last.email == null && last.phone == null) {
            // A person's parts one a line, the name first ("Nombre: Ana Ruiz" / "Cargo: Oficial, OIT Lima" / "Correo: …").
            last.fillFrom(only);
            return List.of(last);
        } else if (only.onlyCountry() && last.country == null) {
            last.country = only.country;
            return List.of(last);
        } else if (only.name != null && last.onlyEmail() && belongsTo(last.email, only.name)) {
            // An e-mail written before the name it belongs to.
            last.fillFrom(only);
            return List.of(last);
        }
        return List.of();
    }

    /**
     * Adds an e-mail address or phone number alone ({@code details}) to {@code contact} when it is the contact's:
     * a part the contact lacks, a second number, or a second address of a person that holds the person's name
     * ("otieno@ilo.org; grace.otieno@example.com"); the first of each stays. False when it is someone else's.
     */
    private static boolean absorb(Draft contact, Draft details) {
        if (!details.onlyDetails() || details.email != null && contact.email != null
                && (contact.name == null || !belongsTo(details.email, contact.name))) {
            return false;
        }
        contact.email = contact.email == null ? details.email : contact.email;
        contact.phone = contact.phone == null ? details.phone : contact.phone;
        return true;
    }

    /**
     * A mailto target listed apart from the text (flattened text lists a page's link targets after it) gives the
     * e-mail of the one person without an address whose name its local part holds ("mailto:robertson@ilo.org").
     */
    private static void applyListedMailtoTargets(List<Draft> drafts, List<Hyperlink> links, String fieldText) {
        for (Hyperlink link : links) {
            String address = WebAddresses.mailtoAddress(link.url());
            if (address == null || address.indexOf('@') < 0 || !link.text().isBlank() || Fold.key(fieldText).contains(Fold.key(address))
                    || drafts.stream().anyMatch(d -> address.equalsIgnoreCase(d.email))) {
                continue;
            }
            List<Draft> owners = drafts.stream().filter(d -> d.email == null && d.name != null && belongsTo(address, d.name)).toList();
            if (owners.size() == 1) {
                owners.get(0).email = address;
            }
        }
    }

    /**
     * Whether a link's visible text names the contact {@code label}: one holds the other, or its words in any order
     * ("PIKE, Jordan" behind the name read as "Jordan Pike").
     */
    private static boolean namesTheSame(String label, String visible) {
        String a = Fold.key(label);
        String b = Fold.key(visible);
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        Set<String> labelWords = keyedWords(label);
        Set<String> visibleWords = keyedWords(visible);
        return !visibleWords.isEmpty() && (labelWords.containsAll(visibleWords) || visibleWords.containsAll(labelWords));
    }

    private static Set<String> keyedWords(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.split("[\\s,;]+")) {
            String key = Fold.key(word);
            if (!key.isEmpty()) {
                words.add(key);
            }
        }
        return words;
    }

    /** True when the local part of {@code email} holds a word of {@code name} ("jroe@x.org", "Jane Roe"). */
    private static boolean belongsTo(String written, String name) {
        String email = WebAddresses.plainEmail(written);
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
