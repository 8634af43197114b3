package org.ilo.sstc.entities;

import java.util.List;
import java.util.Objects;

/**
 * A place the gazetteer knows: a country, or a region or group of countries.
 *
 * @param kind    country, region, or a name that only looks like a place and must not be read as one
 * @param iso3    ISO 3166-1 alpha-3 code of a country, null otherwise
 * @param name    the English name of a country; the listed spelling of a region
 * @param members ISO3 codes of the countries a profile line gives the group (none in the bundled profiles), empty otherwise
 */
record Place(Kind kind, String iso3, String name, List<String> members) {

    /** What a place name stands for. */
    enum Kind {
        COUNTRY,
        REGION,
        /** A name that contains a country's name but is not one ("New Jersey"): matched to be skipped. */
        NOT_A_PLACE
    }

    Place {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
        if ((kind == Kind.COUNTRY) != (iso3 != null)) {
            throw new IllegalArgumentException("a country needs an ISO3 code and only a country has one: " + name);
        }
    }

    boolean isCountry() {
        return kind == Kind.COUNTRY;
    }

    boolean isRegion() {
        return kind == Kind.REGION;
    }
}
