package org.ilo.sstc.ingest.word;

/**
 * Numbers the pages of a Word file, which has no fixed pages, from the breaks it records: explicit
 * page breaks always count; breaks that only say "this starts a page" (page-break-before, next-page
 * section starts, Word's last rendered page breaks) count unless nothing was shown since the last one,
 * so that a page break followed by Word's mark of the same break is counted once.
 */
final class PageCounter {
    private int page = 1;
    private boolean atPageTop = true;

    /** The current 1-based page. */
    int page() {
        return page;
    }

    /** A hard page break (w:br type="page", form feed). */
    void pageBreak() {
        page++;
        atPageTop = true;
    }

    /** A mark that what follows starts a page. */
    void pageStart() {
        if (!atPageTop) {
            page++;
            atPageTop = true;
        }
    }

    /** Visible text was shown on the current page. */
    void shown() {
        atPageTop = false;
    }
}
