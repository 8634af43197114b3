package org.ilo.sstc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** A country named in a practice and how many times it is named. */
@JsonPropertyOrder({"iso3", "name", "mentions"})
public record CountryMention(String iso3, String name, int mentions) {
    public CountryMention {
        Iso3.check(iso3);
        Objects.requireNonNull(name, "name");
        if (mentions < 1) {
            throw new IllegalArgumentException("mentions must be >= 1, but is " + mentions);
        }
    }
}
