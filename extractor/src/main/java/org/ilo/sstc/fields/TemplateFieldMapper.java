package org.ilo.sstc.fields;

import org.ilo.sstc.segment.PracticeSegment;

/**
 * Finds the template fields of a practice in both layouts: a two-column table (label cell, content
 * cell) and labels set as lines (bold, a heading, or just at a line start in flattened text) followed
 * by their content. Thread-safe: each practice is mapped by its own {@link FieldCollector}.
 */
public final class TemplateFieldMapper implements FieldMapper {

    private final LabelMatcher matcher;

    /** A mapper on the label wordings shipped in {@code labels.txt}. */
    public TemplateFieldMapper() {
        this.matcher = new LabelMatcher(LabelDictionary.load());
    }

    @Override
    public PracticeFields map(PracticeSegment segment) {
        return new FieldCollector(matcher, segment).collect();
    }
}
