package org.ilo.sstc.fields;

/** The fixed fields of the good-practice template, in template order. */
public enum TemplateField {
    AUTHOR(Kind.HEADER),
    INSTITUTION(Kind.HEADER),
    DATES(Kind.HEADER),
    TITLE(Kind.HEADER),
    COUNTRIES_INVOLVED(Kind.HEADER),
    OBJECTIVES(Kind.SECTION),
    COOPERATION(Kind.SECTION),
    METHODOLOGY(Kind.SECTION),
    INNOVATION(Kind.SECTION),
    SUSTAINABILITY(Kind.SECTION),
    ADAPTABILITY(Kind.SECTION),
    RESULTS(Kind.SECTION),
    CONTACT_DETAILS(Kind.CLOSING),
    FUNDING_SOURCES(Kind.CLOSING),
    MATERIALS(Kind.CLOSING);

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

    TemplateField(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
