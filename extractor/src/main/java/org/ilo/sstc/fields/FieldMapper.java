package org.ilo.sstc.fields;

import org.ilo.sstc.segment.PracticeSegment;

/** Maps the labelled parts of one practice to the template's fields. */
public interface FieldMapper {

    /** Finds every template field of {@code segment}; unknown labels go to {@code otherSections}. */
    PracticeFields map(PracticeSegment segment);
}
