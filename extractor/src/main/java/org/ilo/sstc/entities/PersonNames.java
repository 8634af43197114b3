package org.ilo.sstc.entities;

import org.ilo.sstc.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a person's name from the other capitalised phrases of a practice (offices, towns, programmes)
 * and cleans names as people write them: titles, possessives and glued offices dropped. Immutable.
 */
final class PersonNames {

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s,.;:()\\[\\]\"“”*•·–—-]++|(?<![\\s,;:()\\[\\]\"“”*•·–—-])[\\s,;:()\\[\\]\"“”*•·–—-]++$");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})['’]s?$");
    /** "Bhadra-ILO": an office glued to a surname by a hyphen. */
    private static final Pattern GLUED_OFFICE = Pattern.compile("(?<=\\p{Ll})[-–]\\p{Lu}{2,}.*$");
    /** "Jordan", "Thomas-Charles", and the apostrophe of "N'Diaye" and "O'Brien". */
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}(?:['’]\\p{Lu})?[\\p{Ll}\\p{M}][\\p{L}\\p{M}'’-]*");
    private static final Pattern ALL_CAPS = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{M}'’-]+");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");
    /**
     * "DA SILVA GOMES, Albertina –", "DOSSOU-YOVO Carine, spécialiste": one to four words in capitals, a comma or
     * a space, one to three capitalised given names, then the end of the entry or a separator.
     */
    private static final Pattern SURNAME_FIRST = Pattern.compile(
            "(?<![\\s\\p{L}\\p{M}'’-])\\s*+((?:\\p{Lu}[\\p{Lu}\\p{M}'’-]*\\s+){0,3}\\p{Lu}[\\p{Lu}\\p{M}'’-]+)(?:\\s*,\\s*|\\s+)"
            + "((?:\\p{Lu}[\\p{Ll}\\p{M}][\\p{L}\\p{M}'’-]*\\s+){0,2}\\p{Lu}[\\p{Ll}\\p{M}][\\p{L}\\p{M}'’-]*)"
            + "(?=\\s*(?:[-–—,;:(|]|$))");
    private static final Pattern LEADING_WORD = Pattern.compile("^\\s*+(\\S++)\\s+");
    private static final Pattern WORD_START = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{L}");

    /** A name written surname first, in natural order ("Albertina da Silva Gomes"), and where it ends in the entry. */
    record SurnameFirst(String name, int end) {
    }

    private final ContactWords words;
    private final PlaceGazetteer places;

    PersonNames(ContactWords words, PlaceGazetteer places) {
        this.words = words;
        this.places = places;
    }

    /** {@code raw} without titles, possessive, glued office and edge punctuation, spaces collapsed ("Mr. Joel Alcocer’s" → "Joel Alcocer"). */
    String clean(String raw) {
        String name = EDGE_PUNCTUATION.matcher(raw.replaceAll("\\s+", " ")).replaceAll("");
        while (true) {
            int space = name.indexOf(' ');
            if (space < 0 || !words.isTitle(name.substring(0, space))) {
                break;
            }
            name = name.substring(space + 1).strip();
        }
        name = POSSESSIVE.matcher(name).replaceFirst("");
        name = GLUED_OFFICE.matcher(name).replaceFirst("");
        return EDGE_PUNCTUATION.matcher(name).replaceAll("");
    }

    /**
     * The name {@code entry} opens with when it writes the surname first, in capitals, before a comma ("DA SILVA
     * GOMES, Albertina – National Coordinator"), titles before it allowed; empty otherwise. The form alone could be
     * an office and its town ("ILO, Dakar"), so something must confirm a person: the e-mail {@code email} (may be
     * null) holding the surname, NER tagging the given names a person, or a job title in the rest of the entry;
     * and the capitals must not be an organisation: tagged so by NER, or the e-mail's domain ("ILO" of "@ilo.org").
     */
    Optional<SurnameFirst> surnameFirst(String entry, NerEvidence evidence, String email) {
        Matcher word = LEADING_WORD.matcher(entry);
        int start = 0;
        while (word.region(start, entry.length()).lookingAt() && words.isTitle(word.group(1))) {
            start = word.end();
        }
        Matcher m = SURNAME_FIRST.matcher(entry).region(start, entry.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String surname = m.group(1).replaceAll("\\s+", " ");
        String given = m.group(2).replaceAll("\\s+", " ");
        String name = given + " " + naturalCase(surname);
        boolean confirmed = emailHolds(email, List.of(surname.split(" "))) || evidence.tagged(given, NerMention.Type.PERSON)
                || evidence.tagged(name, NerMention.Type.PERSON) || words.hasRole(entry.substring(m.end()));
        // An address that spells both parts ("marta.mucavele@…"), or the surname before a job title ("ASANTE OWUSU,
        // Kwabena (Coordinador Nacional …): asante@…"), outweighs a recogniser taking the capitals for a body.
        boolean inEmail = emailHolds(email, List.of(surname.split(" ")));
        boolean spelled = inEmail && (emailHolds(email, List.of(given.split(" "))) || words.hasRole(entry.substring(m.end())));
        if (!confirmed || !spelled && evidence.tagged(surname, NerMention.Type.ORGANIZATION) || inDomain(email, surname)
                || !isName(name, evidence, email, spelled && !surname.contains(" ") ? naturalCase(surname) : null, false)) {
            return Optional.empty();
        }
        return Optional.of(new SurnameFirst(name, m.end()));
    }

    /** A surname written in capitals as names are written: "DA SILVA GOMES" → "da Silva Gomes", "MENSAH-BONSU" → "Mensah-Bonsu". */
    String naturalCase(String capitals) {
        List<String> tokens = new ArrayList<>(List.of(capitals.split(" ")));
        for (int i = 0; i < tokens.size(); i++) {
            String lower = tokens.get(i).toLowerCase(Locale.ROOT);
            // A particle is a particle only before the surname it introduces: Vietnamese "LE" is a surname.
            if (i < tokens.size() - 1 && words.isParticle(lower)) {
                tokens.set(i, lower);
                continue;
            }
            Matcher start = WORD_START.matcher(lower);
            StringBuilder cased = new StringBuilder();
            while (start.find()) {
                start.appendReplacement(cased, start.group().toUpperCase(Locale.ROOT));
            }
            start.appendTail(cased);
            tokens.set(i, cased.toString());
        }
        return String.join(" ", tokens);
    }

    /**
     * True when the cleaned {@code name} reads as a person's full name: two to six capitalised words (particles
     * and initials allowed, words in capitals after the given names: "Bady EBE", "Sonia BEN YOUSSEF"), no role or
     * organisation word, not a place, not a town ("San Jose"), not tagged only as a place or organisation by NER. An
     * e-mail whose local part holds one of the words ({@code email}, may be null) admits forms the rules would refuse.
     * Subject words ("Labour Migration") make no name.
     */
    boolean isName(String name, NerEvidence evidence, String email) {
        return isName(name, evidence, email, null, false);
    }

    /**
     * Whether {@code raw} is a courtesy title and a person's name: "Sr. Rafael Cuba Ramírez" is a person though
     * "Cuba" is a country, as the title says.
     */
    boolean isTitledName(String raw, NerEvidence evidence, String email) {
        Matcher first = LEADING_WORD.matcher(raw);
        return first.lookingAt() && words.isTitle(first.group(1)) && isName(clean(raw), evidence, email, null, true);
    }

    /**
     * {@link #isName}, {@code spelledSurname} (null if none) being a surname the address and a job title confirm;
     * {@code titled}: a courtesy title stood before it, so a place's name among its words is a person's.
     */
    private boolean isName(String name, NerEvidence evidence, String email, String spelledSurname, boolean titled) {
        List<String> tokens = List.of(name.split(" "));
        if (name.isBlank() || tokens.size() < 2 || tokens.size() > 6) {
            return false;
        }
        boolean confirmed = emailHolds(email, tokens);
        int capitalised = 0;
        int capitals = 0;
        // A capitalised word after one in capitals: the capitals are no trailing surname ("Jean ILO Dakar").
        boolean capitalisedAfterCapitals = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean inner = i > 0 && i < tokens.size() - 1;
            // A particle first: "da" in "Jacinta da Silva" is also what the title "Dª" folds to.
            if (inner && Character.isLowerCase(token.charAt(0)) && words.isParticle(token)) {
                continue;
            }
            // A surname written out where the person's own address spells it and a job title follows
            // ("CAMARA, Mamadou (Head of Training …) – m.camara@…") is one, though "Cámara de Comercio" is a body.
            boolean surname = spelledSurname != null && Fold.key(token).equals(Fold.key(spelledSurname));
            if (words.isRole(token) || words.isTitle(token)
                    || !surname && (words.isOrganisationWord(token) || words.isCommonWord(token))) {
                return false;
            }
            if (i < tokens.size() - 1 && INITIAL.matcher(token).matches()) {
                continue;
            }
            // "Kerry-Ann St. Rose": a saint's name abbreviated opens a surname as it opens a town's name.
            if (inner && token.endsWith(".") && words.isPlacePrefix(token.substring(0, token.length() - 1))) {
                continue;
            }
            if (CAPITALISED.matcher(token).matches()) {
                capitalised++;
                capitalisedAfterCapitals |= capitals > 0;
            } else if (ALL_CAPS.matcher(token).matches() && (i > 0 || emailHolds(email, List.of(token)))) {
                // A first word in capitals is a surname ("MUKENDI Jean-Paul") only when the address holds it:
                // "ILO Beirut" is no name for "sstc-beirut@ilo.org".
                capitals++;
            } else {
                return false;
            }
        }
        // Several words in capitals only as the surname closing the name: "Sonia BEN YOUSSEF TRABELSI".
        if (!confirmed && (capitalised == 0 || capitals > 1 && capitalisedAfterCapitals)) {
            return false;
        }
        // "TCHAD Amina — coordinatrice …, a.tchad@…": a surname the address spells before a job title, though a country's.
        return !words.isPlacePrefix(tokens.get(0))
                && (titled || spelledSurname != null || !isPlace(name) || emailHoldsBeyondPlaces(email, name))
                && (confirmed || !evidence.taggedOtherThanPerson(name));
    }

    /**
     * Whether the address spells a word of {@code name} that is no place: "Rafael Cuba Ramírez" of "rcuba@…" holds
     * a country, "rafael.ramirez@…" makes it a person's name all the same; "Beirut" of "sstc-beirut@…" stays a place.
     */
    private boolean emailHoldsBeyondPlaces(String email, String name) {
        List<PlaceMatch> inside = places.find(name, PlaceGazetteer.Reading.RUNNING_TEXT);
        List<String> others = new ArrayList<>();
        int offset = 0;
        for (String token : name.split(" ")) {
            int start = name.indexOf(token, offset);
            offset = start + token.length();
            int end = offset;
            if (inside.stream().noneMatch(m -> m.overlaps(start, end))) {
                others.add(token);
            }
        }
        return emailHolds(email, others);
    }

    /**
     * How many of {@code tokens} make a name followed, without a comma, by an office or a role
     * ("Dr Anika Sorensen ILO Regional Office" → 3); 0 when they do not start with such a name. Without the
     * comma the form alone is weak evidence, so the name must also be tagged a person by NER, hold the
     * e-mail's words, or follow a title.
     */
    int leadingName(List<String> tokens, NerEvidence evidence, String email) {
        for (int k = Math.min(5, tokens.size() - 1); k >= 2; k--) {
            String next = tokens.get(k);
            String name = clean(String.join(" ", tokens.subList(0, k)));
            boolean titled = !name.startsWith(tokens.get(0));
            boolean confirmed = titled || evidence.tagged(name, NerMention.Type.PERSON) || emailHolds(email, List.of(name.split(" ")));
            if (confirmed && (isCue(next) || words.isRole(next) || rolePhraseAt(tokens, k)) && isName(name, evidence, email)) {
                return k;
            }
        }
        return 0;
    }

    /** Words a job title may put before its head word ("Regional Project Coordinator"). */
    private static final int ROLE_QUALIFIERS = 2;

    /** Whether a job title in capitalised words opens {@code tokens} at {@code from}: "Regional Project Coordinator". */
    private boolean rolePhraseAt(List<String> tokens, int from) {
        for (int i = from; i < Math.min(tokens.size(), from + ROLE_QUALIFIERS + 1); i++) {
            String token = tokens.get(i);
            if (token.isEmpty() || !Character.isUpperCase(token.codePointAt(0))) {
                return false;
            }
            if (i > from && words.isRole(EDGE_PUNCTUATION.matcher(token).replaceAll(""))) {
                return true;
            }
        }
        return false;
    }

    /** An acronym ("ILO", "DWT/CO-Moscow") or an organisation word ("Office"). */
    boolean isCue(String token) {
        return ACRONYM.matcher(token).find() || words.isOrganisationWord(EDGE_PUNCTUATION.matcher(token).replaceAll(""));
    }

    /** True when {@code name} is or contains a place that is not also a person's name ("Africa Yaounde", "Costa Rica"). */
    private boolean isPlace(String name) {
        return places.find(name, PlaceGazetteer.Reading.RUNNING_TEXT).stream().anyMatch(m -> !m.personAmbiguous());
    }

    /** True when a word of {@code phrase} is a label of the domain of {@code email}: "ILO" of "dakar@ilo.org" is its office. */
    private static boolean inDomain(String written, String phrase) {
        String email = written == null ? null : WebAddresses.plainEmail(written);
        if (email == null || email.indexOf('@') < 0) {
            return false;
        }
        List<String> labels = List.of(Fold.fold(email.substring(email.indexOf('@') + 1)).split("\\."));
        return Word.split(phrase).stream().anyMatch(word -> labels.contains(word.folded()));
    }

    private static boolean emailHolds(String written, List<String> tokens) {
        String email = written == null ? null : WebAddresses.plainEmail(written);
        if (email == null || email.indexOf('@') < 0) {
            return false;
        }
        String local = Fold.key(email.substring(0, email.indexOf('@')));
        // Each part of a double-barrelled name: "BAPTISTE-CLARKE" of "baptiste@…".
        return tokens.stream().flatMap(t -> List.of(t.split("-")).stream()).map(Fold::key)
                .anyMatch(t -> t.length() >= 3 && local.contains(t));
    }
}
