package org.ilo.sstc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A country, by ISO 3166-1 alpha-3 code ({@code XKX} for Kosovo) and English short name.
 */
@JsonPropertyOrder({"iso3", "name"})
public record Country(String iso3, String name) {
    public Country {
        Iso3.check(iso3);
        Objects.requireNonNull(name, "name");
    }
}
