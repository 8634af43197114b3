package org.ilo.sstc.ingest.word;

import java.util.ArrayList;
import java.util.List;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TextLine;

/** Flattens a row of a table nested in a cell into one line of that cell, as the layout model asks. */
final class NestedRows {
    private NestedRows() {
    }

    /**
     * One line holding the row's cells joined by '\t' (the lines of a cell joined by ' '); its bold
     * prefix runs on across cells while they are wholly bold. Null when the row shows nothing.
     */
    static TextLine join(List<List<TextLine>> cells) {
        StringBuilder text = new StringBuilder();
        List<Hyperlink> links = new ArrayList<>();
        int boldPrefix = 0;
        boolean boldSoFar = true;
        float fontSize = 0f;
        int page = 0;
        boolean any = false;
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                text.append('\t');
                boldPrefix += boldSoFar ? 1 : 0;
            }
            List<TextLine> lines = cells.get(c);
            for (int l = 0; l < lines.size(); l++) {
                TextLine line = lines.get(l);
                if (l > 0) {
                    text.append(' ');
                    boldPrefix += boldSoFar ? 1 : 0;
                }
                text.append(line.text());
                links.addAll(line.links());
                if (!any) {
                    page = line.page();
                    fontSize = line.fontSize();
                    any = true;
                }
                if (boldSoFar) {
                    boldPrefix += line.boldPrefix();
                    boldSoFar = line.isBold();
                }
            }
        }
        if (!any) {
            return null;
        }
        String joined = text.toString();
        int prefix = boldPrefix;
        if (boldSoFar) {
            prefix = joined.isBlank() ? 0 : joined.length();
        }
        // separators before a first bold cell are not part of a label
        if (joined.substring(0, prefix).isBlank()) {
            prefix = 0;
        }
        return new TextLine(joined, page, Math.min(prefix, joined.length()), false, fontSize, LineStart.PARAGRAPH,
                LineRole.BODY, links);
    }
}
