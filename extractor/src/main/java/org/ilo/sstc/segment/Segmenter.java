package org.ilo.sstc.segment;

import org.ilo.sstc.layout.LayoutDocument;

/** Cuts a document into preface and practices. */
public interface Segmenter {

    /** Splits {@code document} at its practice headings; a document without any gives no practices. */
    SegmentedDocument split(LayoutDocument document);
}
