package org.ilo.sstc.entities;

import org.ilo.sstc.text.Fold;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.profile.ProfileLine;
import org.ilo.sstc.profile.WordSet;

/**
 * Country and region names: ISO 3166-1 from the JDK's {@code Locale} plus the variants real documents
 * use ({@code country-names.tsv}) and regions and groups ({@code regions.tsv}). Finds them in text word
 * by word, longest name first ("Equatorial Guinea" before "Guinea"), accent-, hyphen- and
 * punctuation-insensitive, tolerant of one misspelt long word; a country's name inside the name of a place or
 * company named after it ("Lake Chad", "Kenya Airways": {@link Namesakes}) names no country. Immutable and thread-safe.
 */
final class PlaceGazetteer {

    /** How strictly letter case is read. */
    enum Reading {
        /** Running text: "Chad" is a country and "chad" is not; "DRC" only as an abbreviation in mixed-case text. */
        RUNNING_TEXT,
        /** A list of places (the countries-involved line): any case, abbreviations still exact. */
        PLACE_LIST
    }

    private enum NameCase { CAPITALISED, EXACT, ABBREVIATION, ANY }

    private record Entry(Place place, List<String> words, NameCase nameCase, boolean person) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final List<Entry> entries = new ArrayList<>();
        /**
         * The children whose word is long enough to be misspelt ({@link #misspelt}), by first letter: the only ones
         * a word not found among the children is compared with. Filled once, when the gazetteer is built.
         */
        final Map<Character, List<Map.Entry<String, Node>>> longChildren = new HashMap<>();

        void indexLongChildren() {
            for (Map.Entry<String, Node> child : children.entrySet()) {
                if (child.getKey().length() >= MIN_MISSPELT_NAME) {
                    longChildren.computeIfAbsent(child.getKey().charAt(0), c -> new ArrayList<>()).add(child);
                }
                child.getValue().indexLongChildren();
            }
        }
    }

    /** Name words shorter than this are never taken as misspelt: too many real words lie one edit away. */
    private static final int MIN_MISSPELT_NAME = 8;
    private static final int MIN_MISSPELT_WORD = 7;

    private record Candidate(Entry entry, int endWord, boolean fuzzy) {
    }

    private record State(Node node, int next, boolean fuzzy) {
    }

    private static final LevenshteinDistance WITHIN_TWO = new LevenshteinDistance(2);
    private static final String GAP_CHARS = " \t\n\r\u00a0-‐‑‒–—,.'’()/";

    private final Node root = new Node();
    private final Map<String, Place> countries;
    /** Words inside multi-word place names that need no capital: "and", "of", "de". */
    private final Set<String> minorWords;
    private final Namesakes namesakes;

    private PlaceGazetteer(Map<String, Place> countries, List<Entry> entries, Set<String> minorWords, Namesakes namesakes) {
        this.countries = Map.copyOf(countries);
        this.minorWords = Set.copyOf(minorWords);
        this.namesakes = namesakes;
        for (Entry entry : entries) {
            Node node = root;
            for (String word : entry.words()) {
                node = node.children.computeIfAbsent(Fold.fold(word), k -> new Node());
            }
            addOrReplace(node.entries, entry);
        }
        root.indexLongChildren();
    }

    /** A later entry of the same spelling of a place replaces the earlier: the variant file refines the JDK's names. */
    private static void addOrReplace(List<Entry> entries, Entry entry) {
        for (int i = 0; i < entries.size(); i++) {
            Entry old = entries.get(i);
            if (old.place().equals(entry.place()) && old.words().equals(entry.words())) {
                entries.set(i, new Entry(entry.place(), entry.words(), entry.nameCase(), old.person() || entry.person()));
                return;
            }
        }
        entries.add(entry);
    }

    /**
     * The gazetteer of {@code profile}: the JDK's ISO 3166-1 names in the profile's language (and in English,
     * which documents of every language cite), the profile's country variants, regions and groups, and its
     * demonyms read whole so that they never count as countries. Fails naming the file and line of a bad entry.
     */
    static PlaceGazetteer load(CompendiumProfile profile) {
        Map<String, String> names = new LinkedHashMap<>();
        List<Variant> variants = new ArrayList<>();
        String connector = profile.words(WordSet.CONNECTORS).isEmpty() ? "and" : profile.words(WordSet.CONNECTORS).get(0);
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            String iso3 = country.getISO3Country();
            String name = jdkName(country.getDisplayCountry(profile.locale()), connector);
            names.put(iso3, name);
            variants.add(new Variant(iso3, name, "", null));
            String english = jdkName(country.getDisplayCountry(Locale.ENGLISH), "and");
            if (!english.equals(name)) {
                variants.add(new Variant(iso3, english, "", null));
            }
        }
        for (ProfileLine line : profile.countryNames()) {
            String[] row = line.text().split("\t");
            if (row.length < 2) {
                throw line.error("expected ISO3 <tab> name [<tab> flags]");
            }
            String flags = row.length > 2 ? row[2] : "";
            if (flags.contains("name")) {
                names.put(row[0].strip(), row[1].strip());
            }
            variants.add(new Variant(row[0].strip(), row[1].strip(), flags, line));
        }
        Map<String, Place> countries = new LinkedHashMap<>();
        Set<String> territories = Set.copyOf(profile.words(WordSet.TERRITORIES));
        // A territory of another State is named as a region: "… and Puerto Rico".
        names.forEach((iso3, name) -> countries.put(iso3, territories.contains(iso3)
                ? new Place(Place.Kind.REGION, null, name, List.of()) : new Place(Place.Kind.COUNTRY, iso3, name, List.of())));
        List<Entry> entries = new ArrayList<>();
        for (Variant variant : variants) {
            Place country = countries.get(variant.iso3());
            if (country == null) {
                throw variant.line().error("unknown ISO3 code " + variant.iso3());
            }
            entries.add(entry(country, variant.name(), variant.flags()));
        }
        for (ProfileLine line : profile.regions()) {
            String[] row = line.text().split("\t");
            String extra = row.length > 1 ? row[1].strip() : "";
            if (extra.equals("not-a-place")) {
                entries.add(entry(new Place(Place.Kind.NOT_A_PLACE, null, row[0], List.of()), row[0], ""));
                continue;
            }
            List<String> members = extra.isEmpty() ? List.of() : Arrays.asList(extra.split("\\s+"));
            for (String member : members) {
                if (!countries.containsKey(member) || !countries.get(member).isCountry()) {
                    throw line.error("unknown member " + member + " of " + row[0]);
                }
            }
            entries.add(entry(new Place(Place.Kind.REGION, null, row[0], members), row[0], ""));
        }
        for (String demonym : profile.words(WordSet.DEMONYMS)) {
            entries.add(entry(new Place(Place.Kind.NOT_A_PLACE, null, demonym, List.of()), demonym, "exact"));
        }
        Set<String> minor = new HashSet<>();
        profile.words(WordSet.MINOR_WORDS).forEach(w -> minor.add(Fold.fold(w)));
        return new PlaceGazetteer(countries, entries, minor,
                new Namesakes(profile.words(WordSet.NAMESAKE_HEADS), profile.words(WordSet.NAMESAKE_TAILS)));
    }

    /** A country name of a profile file, or of the JDK ({@code line} null). */
    private record Variant(String iso3, String name, String flags, ProfileLine line) {
    }

    /** A JDK display name as documents write it: without "(Burma)", "&amp;" written as the language's "and". */
    private static String jdkName(String display, String connector) {
        String name = display.replace(" & ", " " + connector + " ");
        int paren = name.indexOf(" (");
        return paren > 0 ? name.substring(0, paren) : name;
    }

    private static Entry entry(Place place, String variant, String flags) {
        List<String> words = Word.split(variant).stream().map(Word::text).toList();
        if (words.isEmpty()) {
            throw new IllegalStateException("place name without letters: '" + variant + "'");
        }
        NameCase nameCase;
        if (flags.contains("exact")) {
            nameCase = NameCase.EXACT;
        } else if (flags.contains("any")) {
            nameCase = NameCase.ANY;
        } else if (words.stream().allMatch(Word::isAllCaps)) {
            nameCase = NameCase.ABBREVIATION;
        } else {
            nameCase = NameCase.CAPITALISED;
        }
        return new Entry(place, words, nameCase, flags.contains("person"));
    }

    /** The country with ISO3 code {@code iso3}, or null when the gazetteer does not know it. */
    Place country(String iso3) {
        return countries.get(iso3);
    }

    /** Every country and region named in {@code text}, in order, none overlapping. */
    List<PlaceMatch> find(String text, Reading reading) {
        return scan(text, reading).places();
    }

    /**
     * What a scan of a text found: the places it names, and the country names in it that are part of another proper
     * name ("fleuve Niger", "Oman Chamber"), which a named-entity tagger may still take for the country.
     */
    record Scan(List<PlaceMatch> places, List<PlaceMatch> namesakes) {
    }

    /** The places {@code text} names, and the country names in it that belong to other names ({@link Scan}). */
    Scan scan(String text, Reading reading) {
        List<Word> words = Word.split(text);
        List<PlaceMatch> matches = new ArrayList<>();
        List<PlaceMatch> namesakeMatches = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Candidate best = longestAt(text, words, i, reading);
            if (best == null) {
                i++;
                continue;
            }
            boolean namesake = best.entry().place().isCountry() && namesakes.around(text, words, i, best.endWord());
            if (best.entry().place().kind() != Place.Kind.NOT_A_PLACE) {
                int begin = words.get(i).begin();
                int end = closeParenthesis(text, begin, words.get(best.endWord() - 1).end());
                (namesake ? namesakeMatches : matches).add(new PlaceMatch(best.entry().place(), begin, end, text.substring(begin, end),
                        best.entry().person()));
            }
            i = best.endWord();
        }
        return new Scan(matches, namesakeMatches);
    }

    /** The place {@code phrase} names as a whole (not a place within it), if any. */
    Optional<PlaceMatch> lookup(String phrase, Reading reading) {
        List<PlaceMatch> matches = find(phrase, reading);
        if (matches.size() != 1) {
            return Optional.empty();
        }
        PlaceMatch match = matches.get(0);
        boolean whole = Fold.key(phrase.substring(0, match.begin())).isEmpty()
                && Fold.key(phrase.substring(match.end())).isEmpty();
        return whole ? Optional.of(match) : Optional.empty();
    }

    private Candidate longestAt(String text, List<Word> words, int start, Reading reading) {
        Candidate best = null;
        Deque<State> stack = new ArrayDeque<>();
        stack.push(new State(root, start, false));
        while (!stack.isEmpty()) {
            State state = stack.pop();
            if (state.next() > start) {
                for (Entry entry : state.node().entries) {
                    if (accepts(entry, text, words, start, state.next(), state.fuzzy(), reading)) {
                        Candidate candidate = new Candidate(entry, state.next(), state.fuzzy());
                        if (best == null || better(candidate, best)) {
                            best = candidate;
                        }
                        break;
                    }
                }
            }
            if (state.next() >= words.size()) {
                continue;
            }
            Word word = words.get(state.next());
            if (state.next() > start && !isGap(text, words.get(state.next() - 1).end(), word.begin())) {
                continue;
            }
            Node child = state.node().children.get(word.folded());
            if (child != null) {
                stack.push(new State(child, state.next() + 1, state.fuzzy()));
            } else if (!state.fuzzy() && word.folded().length() >= MIN_MISSPELT_WORD) {
                boolean inside = state.next() > start;
                for (Map.Entry<String, Node> next : state.node().longChildren.getOrDefault(word.folded().charAt(0), List.of())) {
                    if (misspelt(word, next.getKey(), inside)) {
                        stack.push(new State(next.getValue(), state.next() + 1, true));
                    }
                }
            }
        }
        return best;
    }

    private static boolean better(Candidate a, Candidate b) {
        if (a.endWord() != b.endWord()) {
            return a.endWord() > b.endWord();
        }
        return !a.fuzzy() && b.fuzzy();
    }

    /**
     * True when {@code word} is a slip of the long name word {@code known}: one edit (two in a word of
     * ten letters or more inside a longer name), same first letter and same ending, and not the name
     * with a suffix, which would turn demonyms ("Colombian", "Honduran") into countries.
     */
    private boolean misspelt(Word word, String known, boolean insideName) {
        String seen = word.folded();
        if (known.length() < MIN_MISSPELT_NAME || seen.length() < MIN_MISSPELT_WORD || (!insideName && !word.capitalised())) {
            return false;
        }
        if (seen.charAt(0) != known.charAt(0) || !seen.regionMatches(seen.length() - 2, known, known.length() - 2, 2)
                || seen.startsWith(known) || known.startsWith(seen) || root.children.containsKey(seen)) {
            return false;
        }
        int allowed = insideName && known.length() >= 10 ? 2 : 1;
        int distance = WITHIN_TWO.apply(seen, known);
        return distance >= 0 && distance <= allowed;
    }

    /** True when only spaces, a hyphen, punctuation or one line break (six characters at most) lie between two words. */
    static boolean isGap(String text, int from, int to) {
        if (to - from > 6) {
            return false;
        }
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (GAP_CHARS.indexOf(c) < 0) {
                return false;
            }
            if (c == '\n') {
                newlines++;
            }
        }
        return newlines <= 1;
    }

    private boolean accepts(Entry entry, String text, List<Word> words, int from, int to, boolean fuzzy,
                                   Reading reading) {
        switch (entry.nameCase()) {
            case EXACT:
                return !fuzzy && sameWords(entry, words, from, to);
            case ABBREVIATION:
                return !fuzzy && sameWords(entry, words, from, to)
                        && (reading == Reading.PLACE_LIST || !inCapitalsLine(text, words.get(from).begin(), words.get(to - 1).end()));
            case ANY:
                return true;
            default:
                return reading == Reading.PLACE_LIST || capitalised(entry, words, from, to);
        }
    }

    private static boolean sameWords(Entry entry, List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!words.get(i).text().equals(entry.words().get(i - from))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the words of the name are capitalised in the text, but for minor words and the words the name
     * itself writes in lower case ("Guinée équatoriale", "République démocratique du Congo").
     */
    private boolean capitalised(Entry entry, List<Word> words, int from, int to) {
        boolean content = false;
        for (int i = from; i < to; i++) {
            Word word = words.get(i);
            if (minorWords.contains(word.folded()) || Character.isLowerCase(entry.words().get(i - from).charAt(0))) {
                continue;
            }
            if (!word.capitalised()) {
                return false;
            }
            content = true;
        }
        return content;
    }

    /** True when the rest of the line is in capitals, where an abbreviation is just another word ("CAR PARK"). */
    private static boolean inCapitalsLine(String text, int begin, int end) {
        int lineStart = text.lastIndexOf('\n', begin - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        int letters = 0;
        int upper = 0;
        for (int i = lineStart; i < lineEnd; i++) {
            if (i >= begin && i < end) {
                continue;
            }
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 4 && upper >= 0.8 * letters;
    }

    /** Takes in the ')' of a name written with a parenthesis ("Bolivia (Plurinational State of)"). */
    private static int closeParenthesis(String text, int begin, int end) {
        String surface = text.substring(begin, end);
        if (surface.indexOf('(') >= 0 && surface.indexOf(')') < 0) {
            int close = text.indexOf(')', end);
            if (close >= 0 && close - end <= 2) {
                return close + 1;
            }
        }
        return end;
    }
}
