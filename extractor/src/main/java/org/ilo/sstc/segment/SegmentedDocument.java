package org.ilo.sstc.segment;

import java.util.List;
import org.ilo.sstc.layout.Block;

/**
 * A document cut into its preface and its practices.
 *
 * @param preface   blocks before the first practice heading
 * @param practices the practices in document order
 * @param warnings  problems met while segmenting (duplicate numbers, skipped table-of-contents lines)
 */
public record SegmentedDocument(List<Block> preface, List<PracticeSegment> practices, List<String> warnings) {
    public SegmentedDocument {
        preface = List.copyOf(preface);
        practices = List.copyOf(practices);
        warnings = List.copyOf(warnings);
    }
}
