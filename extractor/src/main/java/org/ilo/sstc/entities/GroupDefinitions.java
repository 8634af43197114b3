package org.ilo.sstc.entities;

import org.ilo.sstc.text.Fold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The members of groups of countries as a document lists them: a group name or abbreviation, then
 * "refers to", "includes", "comprises", "consists of", "i.e.", "namely", a colon or a parenthesis, then
 * a list of countries ("WB-6 refers to the following 6 economies in the Western Balkans: Albania, ..."). A group
 * defined under its full name is found by its abbreviation too.
 */
final class GroupDefinitions {

    private static final Pattern ABBREVIATION = Pattern.compile("\\b\\p{Lu}-?[\\p{Lu}\\d]++(?:-[\\p{Lu}\\d]++)*+\\b");
    private static final Pattern TRAILING_COMMA = Pattern.compile(",\\s*$");
    private static final int SUBJECT_REACH = 80;
    private static final int LIST_REACH = 120;
    private static final int MAX_GROUP_WORDS = 6;
    private static final int MIN_INITIALS = 3;

    private final Map<String, List<Place>> members;
    /** The groups defined under their full name ("Países Africanos de Língua Oficial Portuguesa: ..."), by its initials. */
    private final Map<Pattern, List<Place>> byInitials;

    private GroupDefinitions(Map<String, List<Place>> members, Map<Pattern, List<Place>> byInitials) {
        this.members = Map.copyOf(members);
        this.byInitials = Map.copyOf(byInitials);
    }

    /**
     * The group definitions {@code text} holds, and those of its {@code footnotes}: a note on a group names it,
     * then its members, in words of its own ("IBSA is the dialogue forum of India, Brazil and South Africa",
     * "For this practice the Greater Mekong Subregion covers Cambodia, ..."). A footnote's group is found only
     * by its abbreviation or region name, never by other words before the list.
     */
    static GroupDefinitions find(String text, List<String> footnotes, PlaceGazetteer places, EntityWords words) {
        GroupDefinitions found = find(text, places, words);
        Map<String, List<Place>> members = new HashMap<>(found.members);
        for (String note : footnotes) {
            List<PlaceMatch> matches = places.find(note, PlaceGazetteer.Reading.RUNNING_TEXT);
            for (PlaceMatch first : matches) {
                if (!first.place().isCountry()) {
                    continue;
                }
                List<Place> countries = listAfter(note, first.begin(), 0, note.length(), matches, words.listGap);
                if (countries.size() >= 2) {
                    String subject = note.substring(0, first.begin());
                    List<String> aliases = new ArrayList<>(Names.in(subject, places).folded());
                    aliases.addAll(capitalisedNames(subject));
                    for (String alias : aliases) {
                        members.putIfAbsent(alias, countries);
                    }
                    break;
                }
            }
        }
        return new GroupDefinitions(members, found.byInitials);
    }

    /** The group definitions {@code text} holds. */
    static GroupDefinitions find(String text, PlaceGazetteer places, EntityWords words) {
        Map<String, List<Place>> members = new HashMap<>();
        Map<Pattern, List<Place>> byInitials = new LinkedHashMap<>();
        List<PlaceMatch> matches = places.find(text, PlaceGazetteer.Reading.RUNNING_TEXT);
        Matcher trigger = words.groupTrigger.matcher(text);
        while (trigger.find()) {
            boolean punctuation = trigger.group().length() == 1;
            // After a colon or parenthesis the list starts at once (and a parenthesis closes it): "WB-6 (Albania, ...)".
            int reach = punctuation ? 3 : LIST_REACH;
            int limit = trigger.group().equals("(") ? closing(text, trigger.end()) : text.length();
            List<Place> countries = listAfter(text, trigger.end(), reach, limit, matches, words.listGap);
            if (countries.size() < 2) {
                continue;
            }
            String subject = subject(text, trigger.start());
            for (String alias : aliases(subject, places, punctuation, words.leadingArticle)) {
                members.putIfAbsent(alias, countries);
            }
            Pattern initials = initials(words.leadingArticle.matcher(subject).replaceFirst(""));
            if (initials != null) {
                byInitials.putIfAbsent(initials, countries);
            }
        }
        return new GroupDefinitions(members, byInitials);
    }

    /** The countries the document lists for the group written {@code group} ("Western Balkans (WB-6)"), or none. */
    List<Place> membersOf(String group) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Fold.key(group));
        keys.add(Fold.key(group.replaceAll("\\(.*?\\)", "")));
        Matcher inParentheses = Pattern.compile("\\((.*?)\\)").matcher(group);
        while (inParentheses.find()) {
            keys.add(Fold.key(inParentheses.group(1)));
        }
        Matcher abbreviation = ABBREVIATION.matcher(group);
        while (abbreviation.find()) {
            keys.add(Fold.key(abbreviation.group()));
        }
        for (String key : keys) {
            List<Place> found = members.get(key);
            if (found != null) {
                return found;
            }
        }
        abbreviation.reset();
        while (abbreviation.find()) {
            String letters = Fold.key(abbreviation.group());
            for (Map.Entry<Pattern, List<Place>> longName : byInitials.entrySet()) {
                if (longName.getKey().matcher(letters).matches()) {
                    return longName.getValue();
                }
            }
        }
        return List.of();
    }

    /**
     * What the abbreviation of {@code name} may be: the initials of its capitalised words, each lower-case word's
     * initial optional, as abbreviations are made ("Países Africanos de Língua Oficial Portuguesa": PALOP;
     * "Communauté économique des États de l'Afrique de l'Ouest": CEDEAO). Null for a name of fewer than three
     * capitalised words, whose initials could spell too many things.
     */
    private static Pattern initials(String name) {
        StringBuilder regex = new StringBuilder();
        int capitalised = 0;
        for (Word word : Word.split(name)) {
            if (!Character.isLetter(word.text().charAt(0))) {
                return null;
            }
            String initial = Pattern.quote(word.folded().substring(0, 1));
            if (word.capitalised()) {
                capitalised++;
                regex.append(initial);
            } else {
                regex.append(initial).append('?');
            }
        }
        return capitalised >= MIN_INITIALS ? Pattern.compile(regex.toString()) : null;
    }

    private static int closing(String text, int from) {
        int close = text.indexOf(')', from);
        return close < 0 ? text.length() : close;
    }

    /**
     * The clause before a trigger: back to the start of the line, sentence or comma-separated part, at most a few
     * words. A comma right before the trigger sets it off and ends no clause ("the PALOP, namely ...").
     */
    private static String subject(String text, int triggerStart) {
        int from = Math.max(0, triggerStart - SUBJECT_REACH);
        String before = TRAILING_COMMA.matcher(text.substring(from, triggerStart)).replaceFirst("");
        int cut = Math.max(Math.max(before.lastIndexOf('\n'), before.lastIndexOf(',')),
                Math.max(before.lastIndexOf(". "), before.lastIndexOf(';')));
        return before.substring(cut + 1).strip();
    }

    /**
     * The names a subject gives its group: its abbreviations and known regions, and the whole subject when
     * short. A colon or parenthesis is a trigger only right after an abbreviation or region ("WB-6: Albania, ...").
     */
    private static List<String> aliases(String subject, PlaceGazetteer places, boolean punctuation, Pattern leadingArticle) {
        Names names = Names.in(subject, places);
        List<String> aliases = new ArrayList<>(names.folded());
        int lastEnd = names.lastEnd();
        if (punctuation && (lastEnd < 0 || !subject.substring(lastEnd).isBlank())) {
            return List.of();
        }
        // A short subject names the group as a whole ("The Mekong group comprises ..."); it only ever
        // matches a countries-involved piece written the same way.
        String whole = leadingArticle.matcher(subject).replaceFirst("");
        if (!Fold.key(whole).isEmpty() && Word.split(whole).size() <= MAX_GROUP_WORDS) {
            aliases.add(Fold.key(whole));
        }
        return aliases;
    }

    /**
     * The abbreviations and known region names in a text, folded, and where the last of them ends (-1 when none).
     */
    private record Names(List<String> folded, int lastEnd) {
        static Names in(String text, PlaceGazetteer places) {
            List<String> names = new ArrayList<>();
            int end = -1;
            Matcher abbreviation = ABBREVIATION.matcher(text);
            while (abbreviation.find()) {
                names.add(Fold.key(abbreviation.group()));
                end = abbreviation.end();
            }
            for (PlaceMatch match : places.find(text, PlaceGazetteer.Reading.RUNNING_TEXT)) {
                if (match.place().isRegion()) {
                    names.add(Fold.key(match.surface()));
                    end = Math.max(end, match.end());
                }
            }
            return new Names(names, end);
        }
    }

    /**
     * The runs of two or more capitalised words in {@code text}, folded: names no list knows ("the Greater
     * Mekong Subregion covers ..."). They only ever match a countries-involved piece written the same way.
     */
    private static List<String> capitalisedNames(String text) {
        List<String> names = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        for (Word word : Word.split(text + " .")) {
            if (word.capitalised() && (run.isEmpty() || text.substring(run.get(run.size() - 1).end(), word.begin()).isBlank())) {
                run.add(word);
                continue;
            }
            if (run.size() >= 2) {
                names.add(Fold.key(text.substring(run.get(0).begin(), run.get(run.size() - 1).end())));
            }
            run.clear();
            if (word.capitalised()) {
                run.add(word);
            }
        }
        return names;
    }

    /** The run of countries right after a trigger, joined only by commas and "and". */
    private static List<Place> listAfter(String text, int from, int reach, int limit, List<PlaceMatch> matches,
                                         Pattern listGap) {
        List<Place> countries = new ArrayList<>();
        int previousEnd = -1;
        for (PlaceMatch match : matches) {
            if (match.begin() < from || !match.place().isCountry()) {
                continue;
            }
            if (match.end() > limit) {
                break;
            }
            if (previousEnd < 0) {
                if (match.begin() - from > reach) {
                    break;
                }
            } else if (!listGap.matcher(text.substring(previousEnd, match.begin())).matches()) {
                break;
            }
            if (!countries.contains(match.place())) {
                countries.add(match.place());
            }
            previousEnd = match.end();
        }
        return countries;
    }
}
