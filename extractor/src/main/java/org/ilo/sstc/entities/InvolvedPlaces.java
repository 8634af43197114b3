package org.ilo.sstc.entities;

import java.util.List;
import org.ilo.sstc.model.Country;

/**
 * The places of a countries-involved line.
 *
 * @param countries the countries, in order, groups expanded where their members are known
 * @param regions   the regions and groups, as written
 */
record InvolvedPlaces(List<Country> countries, List<String> regions) {
    InvolvedPlaces {
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
    }
}
