package org.ilo.sstc.ingest.pdf;

/** Something laid out on a page that takes a place in reading order: a line or a table row. */
sealed interface Placed permits PlacedLine, PlacedRow {

    /** The y of its top edge. */
    float top();
}
