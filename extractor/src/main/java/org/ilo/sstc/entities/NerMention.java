package org.ilo.sstc.entities;

import java.util.Objects;

/**
 * A named-entity mention the NER model found.
 *
 * @param type  what it names
 * @param text  the mention as written
 * @param begin offset of its first character in the annotated text
 * @param end   offset after its last character
 */
public record NerMention(Type type, String text, int begin, int end) {

    /** The entity classes of the 3-class model. */
    public enum Type { PERSON, LOCATION, ORGANIZATION }

    public NerMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("offsets must be 0 <= begin <= end, but are " + begin + "-" + end);
        }
    }
}
