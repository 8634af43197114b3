package org.ilo.sstc.entities;

import org.ilo.sstc.text.Fold;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ilo.sstc.model.NamedEntity;

/**
 * The organisations NER finds in a practice, deduplicated, in order of first appearance; places and
 * persons it mistakes for organisations dropped.
 */
final class OrganisationCollector {

    private static final Pattern EDGE = Pattern.compile("(?i)^(?:the\\s++|[\\s,.;:()\\[\\]\"“”-]++)++|(?<![\\s,.;:()\\[\\]\"“”-])[\\s,.;:()\\[\\]\"“”-]++$");

    private final PlaceGazetteer places;

    OrganisationCollector(PlaceGazetteer places) {
        this.places = places;
    }

    /** The organisations among {@code mentions}, except names found to be {@code persons}. */
    List<NamedEntity> collect(List<NerMention> mentions, List<NamedEntity> persons) {
        Set<String> people = new HashSet<>();
        persons.forEach(p -> people.add(Fold.key(p.name())));
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (NerMention mention : mentions) {
            String name = EDGE.matcher(mention.text()).replaceAll("");
            if (mention.type() != NerMention.Type.ORGANIZATION || Fold.key(name).length() < 2
                    || people.contains(Fold.key(name)) || places.lookup(name, PlaceGazetteer.Reading.PLACE_LIST).isPresent()) {
                continue;
            }
            String key = Fold.key(name);
            names.putIfAbsent(key, name);
            counts.merge(key, 1, Integer::sum);
        }
        return names.entrySet().stream().map(e -> new NamedEntity(e.getValue(), counts.get(e.getKey()))).toList();
    }
}
