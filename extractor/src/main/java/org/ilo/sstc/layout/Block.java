package org.ilo.sstc.layout;

/** A unit of the document body in reading order: a line of text or a table row. */
public sealed interface Block permits TextLine, TableRow {

    /** 1-based page the block starts on, or 0 when the format has no pages. */
    int page();
}
