package org.ilo.sstc.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ilo.sstc.model.CountryMention;

/**
 * Counts the countries named anywhere in a practice: gazetteer names (no demonyms, no group expansion),
 * minus any country name inside the name of a person the practice names ("MWALE, Jordan", "Pierre GABON") and
 * person-like names inside a longer NER person ("Michael Jordan"), plus NER locations the
 * gazetteer maps to a country that its case rules passed over. Sorted by ISO3 code.
 */
final class CountryMentions {

    private final PlaceGazetteer places;

    CountryMentions(PlaceGazetteer places) {
        this.places = places;
    }

    /**
     * The countries named in {@code text} (addresses masked), with the NER {@code mentions} of the same text and the
     * {@code persons} found in it (names of people such as "Jordan Mwale" or "MWALE, Jordan" name no country).
     */
    List<CountryMention> count(String text, List<NerMention> mentions, List<String> persons) {
        List<int[]> personSpans = new ArrayList<>();
        persons.forEach(name -> personSpans.addAll(NameOccurrences.spans(name, text)));
        List<PlaceMatch> found = new ArrayList<>();
        PlaceGazetteer.Scan scan = places.scan(text, PlaceGazetteer.Reading.RUNNING_TEXT);
        // Country names inside another name ("fleuve Niger") stay no mention when the tagger marks them a location.
        List<PlaceMatch> notMentions = new ArrayList<>(scan.namesakes());
        for (PlaceMatch match : scan.places()) {
            if (!match.place().isCountry()) {
                continue;
            }
            // In the name of a person the practice names ("Pierre GABON", "Kenya Dela Cruz") a country name is a name;
            // in a bare NER person mention only where the name is also a person's ("Jordan", not "Kenya Airways").
            boolean person = insideLonger(match, personSpans) || match.personAmbiguous() && insideLongerPerson(match, mentions);
            (person ? notMentions : found).add(match);
        }
        for (NerMention mention : mentions) {
            if (mention.type() != NerMention.Type.LOCATION
                    || found.stream().anyMatch(m -> m.overlaps(mention.begin(), mention.end()))
                    || notMentions.stream().anyMatch(m -> m.overlaps(mention.begin(), mention.end()))) {
                continue;
            }
            places.lookup(mention.text(), PlaceGazetteer.Reading.PLACE_LIST)
                    .filter(m -> m.place().isCountry())
                    .ifPresent(m -> found.add(new PlaceMatch(m.place(), mention.begin(), mention.end(), mention.text(), false)));
        }
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (PlaceMatch match : found) {
            counts.merge(match.place().iso3(), 1, Integer::sum);
            names.put(match.place().iso3(), match.place().name());
        }
        List<CountryMention> result = new ArrayList<>();
        counts.forEach((iso3, n) -> result.add(new CountryMention(iso3, names.get(iso3), n)));
        return result;
    }

    private static boolean insideLonger(PlaceMatch match, List<int[]> spans) {
        return spans.stream().anyMatch(s -> s[0] <= match.begin() && s[1] >= match.end() && s[1] - s[0] > match.end() - match.begin());
    }

    private static boolean insideLongerPerson(PlaceMatch match, List<NerMention> mentions) {
        return mentions.stream().anyMatch(m -> m.type() == NerMention.Type.PERSON
                && m.begin() <= match.begin() && m.end() >= match.end() && Word.split(m.text()).size() > Word.split(match.surface()).size());
    }
}
