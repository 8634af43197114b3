package org.ilo.sstc.fields;

import java.util.List;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.segment.PracticeSegment;

/** Maps the labelled parts of one practice to the template's fields. */
public interface FieldMapper {

    /** Finds every template field of {@code segment}; unknown labels go to {@code otherSections}. */
    PracticeFields map(PracticeSegment segment);

    /** The cleaned text of what precedes the first practice, without its title; null when there is none. */
    String preface(List<Block> preface);
}
