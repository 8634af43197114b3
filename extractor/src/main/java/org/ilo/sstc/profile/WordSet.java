package org.ilo.sstc.profile;

import java.util.Locale;

/**
 * The named word lists of a language profile: the {@code [section]}s of its {@code words.txt} and
 * {@code contact-words.txt}. Each stage reads the lists it needs; no word list stays in Java.
 */
public enum WordSet {
    /** The words that open a practice heading: "GOOD PRACTICE", "BUENA PRÁCTICA". */
    HEADING_WORDS,
    /** Marks that may stand between the heading words and the number: "No.", "N°", "#". */
    NUMBER_MARKS,
    /** Regions as headings write them: "ASIA AND THE PACIFIC", "AMÉRICA LATINA Y EL CARIBE". */
    HEADING_REGIONS,
    /** Words of the header row a template table may open with: "Criterion", "Description". */
    COLUMN_HEADINGS,
    /** Words that number a template's rows before the number: "Section 4:", "Criterio 3.". */
    ROW_WORDS,
    /** Words after a row's number that mark a row an office added after that one: "7° bis". */
    ROW_SUFFIXES,
    /** Qualifiers a label may open with that name no field: "South-South", "SSTC". */
    LABEL_PREFIXES,
    /** Words that open a template instruction in parentheses: "max.", "please", "up to". */
    INSTRUCTION_STARTS,
    /** Imperative verbs that open a template instruction line: "explain", "describe". */
    INSTRUCTION_VERBS,
    /** The word before a page number: "page", "página". */
    PAGE_WORDS,
    /** The word between a number and the count it is out of: page "14 of 44", "GOOD PRACTICE 5 (of 5)"; "de", "sur". */
    PAGE_OF,
    /** Words that join the items of a list: "and", "as well as", "y". */
    CONNECTORS,
    /** The word between two addresses of one person: "a@x.org or b@y.org", "ou". */
    ALTERNATIVES,
    /** Articles a place or group name may carry in front: "the", "el", "le". */
    ARTICLES,
    /** Short words inside multi-word place names that need no capital: "and", "of", "de". */
    MINOR_WORDS,
    /** Words that make a piece of a countries line no place: "other", "etc.". */
    NOT_PLACES,
    /** Phrases that introduce a group's members: "refers to", "includes", "namely". */
    GROUP_TRIGGERS,
    /**
     * ISO3 codes of territories that are part of another State ("PRI", "MAC"): regions, not countries. Read from
     * the bundled {@code territories.txt}, shared by every language.
     */
    TERRITORIES,
    /** Adjectives of nationality: never a country mention. */
    DEMONYMS,
    /** Words before a country's name that make the phrase another place's name: "Lake" Chad, "Gulf of" Guinea. */
    NAMESAKE_HEADS,
    /** Words after a country's name that make the phrase a company, body or place named after it: Kenya "Airways". */
    NAMESAKE_TAILS,
    /** Prepositions that tie a job title to its complement: "of", "in", "for". */
    JOB_PREPOSITIONS,
    /** Words before a telephone number: "Tel", "Phone", "Mobile". */
    PHONE_WORDS,
    /** The word of a byline before a person's name: "by", "por". */
    BYLINE_WORDS,
    /** Prepositions after which a capitalised pair is a place, not a person: "in", "en". */
    PLACE_PREPOSITIONS,
    /** Word endings that never stand alone, so a line-end hyphen before them split a word: "tion". */
    HYPHEN_ENDINGS,
    /** The heading of the notes a practice lists at its own end: "Notes", "Notas". */
    NOTES_HEADINGS,
    /** Headings of what may follow the last practice and belongs to none: "Annex", "Bibliography", "Anexo". */
    BACK_MATTER,
    /** The language's most frequent words, to tell which language a document is written in. */
    STOPWORDS,
    /** Titles before a name: "Mr.", "Dr", "Sra.". */
    TITLES,
    /** Job-title head words: "Director", "Specialist". */
    ROLES,
    /** Adjectives that follow a role word and belong to the title: "Coordinador Nacional", "Técnica Superior". */
    ROLE_QUALIFIERS,
    /** Words that make a phrase an organisation: "Office", "Ministry". */
    ORGANISATION_WORDS,
    /** Lower-case words inside a person's name: "de", "van", "al". */
    PARTICLES,
    /** First words of town names that look like a given name: "San", "New". */
    PLACE_PREFIXES,
    /** Column headings of contact tables: "Name", "E-mail", "Country". */
    HEADERS,
    /** Subject words of the compendia that are no one's name: "Labour", "Migration". */
    COMMON_WORDS;

    /** The section name in the files: {@code [heading-words]}. */
    public String section() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The set named {@code section} ("heading-words"), or null when none is. */
    static WordSet ofSection(String section) {
        for (WordSet set : values()) {
            if (set.section().equals(section)) {
                return set;
            }
        }
        return null;
    }
}
