package org.ilo.sstc.layout;

/** How a line relates to the line before it, as far as the reader could tell. */
public enum LineStart {
    /** Certainly starts a new paragraph (a Word paragraph, a PDF line after a vertical gap). */
    PARAGRAPH,
    /** Certainly continues the paragraph above: the text wrapped at the column edge. */
    WRAPPED,
    /** The reader cannot tell (flattened text); the cleaner decides from the words. */
    UNKNOWN
}
