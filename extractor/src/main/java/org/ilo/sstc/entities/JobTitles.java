package org.ilo.sstc.entities;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ilo.sstc.text.Fold;

/**
 * Splits a phrase of a contact row into a job title and an organisation: the title is the run of words
 * that holds a role word ("Chief Technical Adviser"), with its complement when that names no
 * organisation ("Specialist in Workers’ Activities") and the adjectives that follow it in languages that put them
 * after the noun ("Coordinador Nacional de Programa"); an acronym before the role word puts the organisation
 * first ("ITCILO Manager"). Immutable.
 */
final class JobTitles {

    /** A job title and an organisation, each null when the phrase has none. */
    record Split(String role, String organisation) {
    }

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");
    private final ContactWords words;
    /** Folded prepositions that tie a title to its complement ("Specialist in ..."). */
    private final Set<String> prepositions;

    JobTitles(ContactWords words, Set<String> prepositions) {
        this.words = words;
        this.prepositions = Set.copyOf(prepositions);
    }

    /** The title and organisation of the phrase made of {@code tokens}. */
    Split split(List<String> tokens) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (words.isRole(clean(tokens.get(i)))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return split(tokens, 0);
        }
        // Only an acronym puts the organisation first: "Project" in "Project Coordinator" is part of the title.
        if (tokens.subList(0, first).stream().anyMatch(JobTitles::isAcronym)) {
            int start = first;
            while (start > 0 && !isAcronym(tokens.get(start - 1))) {
                start--;
            }
            return new Split(join(tokens.subList(start, tokens.size())), join(tokens.subList(0, start)));
        }
        // "Director of Member Services": what follows the title's preposition is its complement, role words in it too.
        if (first + 1 < tokens.size() && prepositions.contains(Fold.fold(tokens.get(first + 1)))) {
            last = first;
        }
        int end = last + 1;
        while (end < tokens.size() && words.isRoleQualifier(clean(tokens.get(end)))) {
            end++;
        }
        if (end < tokens.size() && prepositions.contains(Fold.fold(tokens.get(end)))) {
            if (tokens.subList(end + 1, tokens.size()).stream().noneMatch(JobTitles::isAcronym)) {
                end = tokens.size();
            } else {
                return new Split(join(tokens.subList(0, end)), join(tokens.subList(end + 1, tokens.size())));
            }
        }
        return split(tokens, end);
    }

    /** The words before {@code end} as the title, the rest as the organisation. */
    private static Split split(List<String> tokens, int end) {
        return new Split(join(tokens.subList(0, end)), join(tokens.subList(end, tokens.size())));
    }

    private static boolean isAcronym(String token) {
        return ACRONYM.matcher(token).find();
    }

    private static String join(List<String> tokens) {
        String text = clean(String.join(" ", tokens));
        return text.isEmpty() ? null : text;
    }

    private static String clean(String text) {
        return ContactRows.EDGE.matcher(text).replaceAll("");
    }
}
