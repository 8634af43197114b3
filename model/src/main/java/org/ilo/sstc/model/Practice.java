package org.ilo.sstc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One good practice. Text fields hold the document's words, cleaned of layout artefacts; a field is
 * null when the document does not have it, {@code ""} when it has the label but no content.
 *
 * @param number            the N of "GOOD PRACTICE N"
 * @param region            region from the heading, upper case (e.g. {@code ASIA & THE PACIFIC})
 * @param shortTitle        heading text after the region
 * @param author            value of the author label line
 * @param institution       value of the institution label line
 * @param dates             value of the dates label line, null when absent
 * @param title             value of the title label line
 * @param countriesInvolved value of the countries label line, as written
 * @param countries         countries named in {@code countriesInvolved}, groups expanded where the document lists members
 * @param regions           places and groups in {@code countriesInvolved} that are not countries
 * @param sections          the seven narrative rows of the template
 * @param contactDetails    the contact row as text
 * @param contacts          one entry per person or desk of the contact row
 * @param fundingSources    the funding row as text
 * @param materials         visible text of the materials row
 * @param links             every distinct web link of the practice, in order of first appearance
 * @param entities          entities named anywhere in the practice
 * @param footnotes         footnote texts of the practice
 * @param otherSections     rows whose label maps to no template field, kept with their text
 * @param pages             first and last page of the practice, null when the format has no pages
 * @param warnings          problems met while extracting this practice
 */
@JsonPropertyOrder({"number", "region", "shortTitle", "author", "institution", "dates", "title",
    "countriesInvolved", "countries", "regions", "sections", "contactDetails", "contacts",
    "fundingSources", "materials", "links", "entities", "footnotes", "otherSections", "pages", "warnings"})
public record Practice(int number, String region, String shortTitle, String author, String institution,
                       String dates, String title, String countriesInvolved, List<Country> countries,
                       List<String> regions, Sections sections, String contactDetails, List<Contact> contacts,
                       String fundingSources, String materials, List<Link> links, Entities entities,
                       List<String> footnotes, List<OtherSection> otherSections, PageRange pages,
                       List<String> warnings) {

    public Practice {
        if (number < 0) {
            throw new IllegalArgumentException("number must be >= 0, but is " + number);
        }
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(entities, "entities");
        countries = Lists.copy(countries);
        regions = Lists.copy(regions);
        contacts = Lists.copy(contacts);
        links = Lists.copy(links);
        footnotes = Lists.copy(footnotes);
        otherSections = Lists.copy(otherSections);
        warnings = Lists.copy(warnings);
    }
}
