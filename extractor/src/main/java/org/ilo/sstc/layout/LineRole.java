package org.ilo.sstc.layout;

/** What a line is for. Page furniture (page numbers, running headers and footers) never reaches the model. */
public enum LineRole {
    /** Running text of the document: headings, labels, content. */
    BODY,
    /** Text of a footnote, placed after the text that refers to it or at the end of its page. */
    FOOTNOTE,
    /** A hyperlink target listed apart from the text (Tika's URL lines at a page end); never field text. */
    LINK_TARGET,
    /** Words of an embedded picture or flyer that a text extractor mixed into the text; never field text. */
    IMAGE_TEXT
}
