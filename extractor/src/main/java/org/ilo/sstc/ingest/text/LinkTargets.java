package org.ilo.sstc.ingest.text;

import java.util.regex.Pattern;
import org.ilo.sstc.ingest.PageNumbers;
import org.ilo.sstc.layout.LineRole;

/**
 * Marks the hyperlink targets Tika lists at the end of a flattened PDF page (one per line, no blank
 * line between them) as LINK_TARGET lines. A web address that is part of the page's visible text sits
 * apart from that block, after a blank line, and stays BODY.
 */
final class LinkTargets {

    private static final Pattern TARGET = Pattern.compile("(?i)(?:mailto:|https?://|ftp://)\\S+");

    private LinkTargets() {
    }

    /** True when the whole stripped line is one link target. */
    static boolean isTarget(String stripped) {
        return TARGET.matcher(stripped).matches();
    }

    /** Marks the block of link targets that ends {@code page}, looking past a trailing page number. */
    static void mark(PageDraft page, PageNumbers numbers) {
        if (!page.hasNumber()) {
            return;
        }
        int i = page.size() - 1;
        while (i >= 0 && numbers.isPageNumberLine(page.text(i))) {
            i--;
        }
        int last = i;
        while (i >= 0 && isTarget(page.text(i)) && (i == last || page.source(i + 1).blanksBefore() == 0)) {
            page.mark(i, LineRole.LINK_TARGET);
            i--;
        }
    }
}
