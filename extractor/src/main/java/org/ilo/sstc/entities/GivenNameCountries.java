package org.ilo.sstc.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives back to a person the first name NER left out because it is also a country's ("Argentina Huamán Ccori",
 * tagged "Huamán Ccori"): a country name that is also a given name, right before a person mention, after a
 * comma, a parenthesis or a dash, where the country itself would take an article or a preposition.
 */
final class GivenNameCountries {

    /** What may come before a name that opens a clause (spaces aside): a comma, colon, semicolon, parenthesis, dash. */
    private static final String OPENS_CLAUSE = ",;:(–—";

    private GivenNameCountries() {
    }

    /** {@code mentions} of {@code text}, each person mention extended over such a given name before it. */
    static List<NerMention> extend(List<NerMention> mentions, String text, PlaceGazetteer places) {
        List<NerMention> out = new ArrayList<>(mentions.size());
        for (NerMention mention : mentions) {
            out.add(mention.type() == NerMention.Type.PERSON ? extended(mention, text, places) : mention);
        }
        return out;
    }

    /** Whether a clause opens at {@code at}: right after a comma, parenthesis or dash and one space, or at the text's start. */
    private static boolean opensClause(String text, int at) {
        int i = at > 0 && text.charAt(at - 1) == ' ' ? at - 1 : at;
        return i == 0 || OPENS_CLAUSE.indexOf(text.charAt(i - 1)) >= 0;
    }

    private static NerMention extended(NerMention mention, String text, PlaceGazetteer places) {
        // One space or one line break between the two: a wider gap, or a space and a break, ends a table cell.
        int end = mention.begin() - 1;
        if (end <= 0 || text.charAt(end) != ' ' && text.charAt(end) != '\n' || Character.isWhitespace(text.charAt(end - 1))) {
            return mention;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        if (begin == end || !Character.isUpperCase(text.charAt(begin)) || !opensClause(text, begin)) {
            return mention;
        }
        boolean givenName = places.lookup(text.substring(begin, end), PlaceGazetteer.Reading.PLACE_LIST)
                .filter(m -> m.place().isCountry() && m.personAmbiguous()).isPresent();
        return givenName ? new NerMention(NerMention.Type.PERSON, text.substring(begin, mention.end()), begin, mention.end()) : mention;
    }
}
