package org.ilo.sstc.entities;

import java.util.List;
import org.ilo.sstc.model.Contact;
import org.ilo.sstc.model.Country;
import org.ilo.sstc.model.Entities;
import org.ilo.sstc.model.Link;

/**
 * What entity recognition finds in one practice.
 *
 * @param countries countries of {@code countriesInvolved}, groups expanded where the document lists members
 * @param regions   non-country places and groups of {@code countriesInvolved}, as written
 * @param contacts  the parsed contact row
 * @param links     distinct web links of the practice
 * @param entities  countries, persons and organisations named anywhere in the practice
 * @param warnings  problems found (e.g. a mailto target that differs from the visible address)
 */
public record PracticeEntities(List<Country> countries, List<String> regions, List<Contact> contacts,
                               List<Link> links, Entities entities, List<String> warnings) {
    public PracticeEntities {
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
        contacts = List.copyOf(contacts);
        links = List.copyOf(links);
        warnings = List.copyOf(warnings);
    }
}
