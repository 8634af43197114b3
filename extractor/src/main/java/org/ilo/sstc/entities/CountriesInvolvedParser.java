package org.ilo.sstc.entities;

import org.ilo.sstc.text.Fold;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.model.Country;

/**
 * Reads a countries-involved line ("Western Balkans (WB-6), Moldova, and Ukraine") into countries and
 * regions. The line is cut at commas, "and", "&", "/" and "as well as" that fall outside place names
 * ("Trinidad and Tobago") and parentheses; each piece is a country, a region kept as written, or a group
 * expanded into its members when the document lists them or a profile line gives them.
 */
final class CountriesInvolvedParser {

    private final PlaceGazetteer places;
    private final EntityWords words;

    CountriesInvolvedParser(PlaceGazetteer places, EntityWords words) {
        this.places = places;
        this.words = words;
    }

    /** A word that opens with a capital (or a digit: "G20"), after the start, a space or an elided article ("l’Union"). */
    private static final Pattern FIRST_CAPITAL = Pattern.compile("(?<=^|[\\s'’])[\\p{Lu}\\d]");
    private static final Pattern LOWER_WORDS = Pattern.compile("[\\p{Ll}\\p{M}'’\\s-]+");

    /** The countries and regions of {@code line} (may be null); {@code groups} are the document's own group definitions. */
    InvolvedPlaces parse(String line, GroupDefinitions groups) {
        if (line == null || line.isBlank()) {
            return new InvolvedPlaces(List.of(), List.of());
        }
        List<PlaceMatch> matches = places.find(line, PlaceGazetteer.Reading.PLACE_LIST);
        Map<String, Country> countries = new LinkedHashMap<>();
        Map<String, String> regions = new LinkedHashMap<>();
        for (int[] piece : pieces(line, matches)) {
            String text = fromFirstCapital(words.countryEdge.matcher(line.substring(piece[0], piece[1])).replaceAll(""));
            List<PlaceMatch> inside = matches.stream().filter(m -> m.begin() >= piece[0] && m.end() <= piece[1]).toList();
            boolean hasCountry = inside.stream().anyMatch(m -> m.place().isCountry());
            for (PlaceMatch match : inside) {
                if (match.place().isCountry()) {
                    add(countries, match.place());
                } else if (!hasCountry) {
                    // The piece is the region, with whatever the document adds to it: "Western Balkans (WB-6)".
                    addRegion(regions, countries, text, match.place(), groups);
                } else {
                    addRegion(regions, countries, match.surface(), match.place(), groups);
                }
            }
            if (inside.isEmpty() && isPlaceLike(text)) {
                addRegion(regions, countries, text, null, groups);
            }
            if (hasCountry) {
                for (String named : namedBesideCountries(line, piece, inside)) {
                    addRegion(regions, countries, named, null, groups);
                }
            }
        }
        return new InvolvedPlaces(List.copyOf(countries.values()), List.copyOf(regions.values()));
    }

    /**
     * {@code piece} from its first capitalised word: the words in lower case before a place's name lead up to it
     * ("dans le cadre de la COI" names the COI), the name itself is capitalised. A piece all in lower case stays.
     */
    private static String fromFirstCapital(String piece) {
        Matcher capital = FIRST_CAPITAL.matcher(piece);
        return capital.find() && capital.start() > 0 && LOWER_WORDS.matcher(piece.substring(0, capital.start())).matches()
                ? piece.substring(capital.start()) : piece;
    }

    private void addRegion(Map<String, String> regions, Map<String, Country> countries, String asWritten, Place region,
                           GroupDefinitions groups) {
        if (regions.putIfAbsent(Fold.key(asWritten), asWritten) != null) {
            return;
        }
        List<Place> listed = groups.membersOf(asWritten);
        if (!listed.isEmpty()) {
            listed.forEach(p -> add(countries, p));
        } else if (region != null) {
            region.members().forEach(iso3 -> add(countries, places.country(iso3)));
        }
    }

    private static void add(Map<String, Country> countries, Place country) {
        countries.putIfAbsent(country.iso3(), new Country(country.iso3(), country.name()));
    }

    /** Offsets of the pieces between separators that lie outside place names and parentheses. */
    private List<int[]> pieces(String line, List<PlaceMatch> matches) {
        List<int[]> pieces = new ArrayList<>();
        Matcher separator = words.countrySeparator.matcher(line);
        int from = 0;
        while (separator.find()) {
            int at = separator.start();
            if (depth(line, at) > 0 || matches.stream().anyMatch(m -> m.begin() < at && m.end() > at)) {
                continue;
            }
            pieces.add(new int[] {from, separator.start()});
            from = separator.end();
        }
        pieces.add(new int[] {from, line.length()});
        return pieces;
    }

    private static int depth(String line, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            if (line.charAt(i) == '(') {
                depth++;
            } else if (line.charAt(i) == ')' && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    /**
     * The name a piece gives its countries, before their bracket or in a bracket after them: "Mano River Union
     * (Guinea, Liberia, ...)", "Argentina, Brazil and Paraguay (Triple Frontier)". A part naming a country or a
     * known place is not one (it is read as such).
     */
    private List<String> namedBesideCountries(String line, int[] piece, List<PlaceMatch> inside) {
        int open = line.indexOf('(', piece[0]);
        int close = open < 0 ? -1 : line.indexOf(')', open);
        if (open < 0 || open >= piece[1] || close < 0 || close >= piece[1]) {
            return List.of();
        }
        List<String> named = new ArrayList<>();
        for (int[] part : List.of(new int[] {piece[0], open}, new int[] {open + 1, close})) {
            String text = words.countryEdge.matcher(line.substring(part[0], part[1])).replaceAll("").strip();
            boolean known = inside.stream().anyMatch(m -> m.begin() < part[1] && part[0] < m.end());
            if (!known && !text.isEmpty() && isPlaceLike(text)) {
                named.add(text);
            }
        }
        return named;
    }

    private boolean isPlaceLike(String piece) {
        boolean capitalised = false;
        for (Word word : Word.split(piece)) {
            if (words.notPlaces.contains(word.folded())) {
                return false;
            }
            capitalised |= word.capitalised() && Character.isLetter(word.text().charAt(0));
        }
        return capitalised;
    }
}
