package org.ilo.sstc.fields;

import java.util.List;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.segment.PracticeSegment;

/** Maps the labelled parts of a compendium's practices to the template's fields. */
public interface FieldMapper {

    /** The template the compendium of {@code practices} repeats: its labels and the field each names. */
    CompendiumTemplate template(List<PracticeSegment> practices);

    /** Finds every template field of {@code segment}; labels that name no field go to {@code otherSections}. */
    PracticeFields map(PracticeSegment segment, CompendiumTemplate template);

    /** The cleaned text of what precedes the first practice, without its title; null when there is none. */
    String preface(List<Block> preface);
}
