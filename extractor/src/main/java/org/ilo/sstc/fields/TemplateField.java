package org.ilo.sstc.fields;

/** The fixed fields of the good-practice template, in template order. */
public enum TemplateField {
    AUTHOR(Kind.HEADER, "author"),
    INSTITUTION(Kind.HEADER, "institution"),
    DATES(Kind.HEADER, "dates"),
    TITLE(Kind.HEADER, "title"),
    COUNTRIES_INVOLVED(Kind.HEADER, "countriesInvolved"),
    /**
     * A "Region:" line, where the heading names none ("GOOD PRACTICE 4 – Green jobs"); found only by the profile's
     * wordings, never by its place, since most templates have no such line.
     */
    REGION(Kind.HEADER, "region"),
    OBJECTIVES(Kind.SECTION, "sections.objectives"),
    COOPERATION(Kind.SECTION, "sections.cooperation"),
    METHODOLOGY(Kind.SECTION, "sections.methodology"),
    INNOVATION(Kind.SECTION, "sections.innovation"),
    SUSTAINABILITY(Kind.SECTION, "sections.sustainability"),
    ADAPTABILITY(Kind.SECTION, "sections.adaptability"),
    RESULTS(Kind.SECTION, "sections.results"),
    CONTACT_DETAILS(Kind.CLOSING, "contactDetails"),
    FUNDING_SOURCES(Kind.CLOSING, "fundingSources"),
    MATERIALS(Kind.CLOSING, "materials");

    /** Where the field sits in the template. */
    public enum Kind {
        /** A "Label: value" line above the table. */
        HEADER,
        /** One of the seven narrative rows. */
        SECTION,
        /** One of the last three rows. */
        CLOSING
    }

    private final Kind kind;
    private final String outputName;

    TemplateField(Kind kind, String outputName) {
        this.kind = kind;
        this.outputName = outputName;
    }

    public Kind kind() {
        return kind;
    }

    /** Where the field is in the output practice: {@code author}, {@code sections.objectives}, ... */
    public String outputName() {
        return outputName;
    }
}
