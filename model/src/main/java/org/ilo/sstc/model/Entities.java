package org.ilo.sstc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Entities named anywhere in a practice: countries (no group expansion), persons and organisations. */
@JsonPropertyOrder({"countries", "persons", "organizations"})
public record Entities(List<CountryMention> countries, List<NamedEntity> persons, List<NamedEntity> organizations) {
    public Entities {
        countries = Lists.copy(countries);
        persons = Lists.copy(persons);
        organizations = Lists.copy(organizations);
    }

    /** No entities found (or recognition not run). */
    public static Entities none() {
        return new Entities(List.of(), List.of(), List.of());
    }
}
