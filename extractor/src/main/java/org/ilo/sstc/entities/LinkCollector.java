package org.ilo.sstc.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.model.Link;

/**
 * Every distinct web link of a practice: hyperlink targets (not mailto) and addresses written in the
 * text, in order of first appearance. Safelinks are unwrapped and glued targets split, the target as
 * the document had it kept in {@code original}.
 */
final class LinkCollector {

    /** A link and where it appears; at one position a located hyperlink comes first, a target listed apart last. */
    private record Placed(int position, int rank, int order, Link link) {
    }

    private static final int LOCATED = 0;
    private static final int WRITTEN = 1;
    private static final int LISTED_APART = 2;

    /** The links of a practice whose text is {@code text} and whose hyperlinks are {@code hyperlinks}, in document order. */
    List<Link> collect(String text, List<Hyperlink> hyperlinks) {
        List<Placed> placed = new ArrayList<>();
        int cursor = 0;
        for (Hyperlink hyperlink : hyperlinks) {
            if (!WebAddresses.isWeb(hyperlink.url())) {
                continue;
            }
            String visible = hyperlink.text().isBlank() ? null : hyperlink.text().strip();
            // A hyperlink sits where its visible text is; a target listed apart stays after the one before it.
            int at = visible == null ? -1 : text.indexOf(visible, cursor);
            if (at >= 0) {
                cursor = at;
            }
            for (Link link : links(visible, hyperlink.url())) {
                placed.add(new Placed(cursor, at >= 0 ? LOCATED : LISTED_APART, placed.size(), link));
            }
        }
        for (WebAddresses.WrittenUrl written : WebAddresses.writtenUrls(text)) {
            for (Link link : links(null, written.url())) {
                placed.add(new Placed(written.begin(), WRITTEN, placed.size(), link));
            }
        }
        placed.sort(Comparator.comparingInt(Placed::position).thenComparingInt(Placed::rank).thenComparingInt(Placed::order));
        Map<String, Link> distinct = new LinkedHashMap<>();
        for (Placed p : placed) {
            distinct.putIfAbsent(WebAddresses.key(p.link().url()), p.link());
        }
        return List.copyOf(distinct.values());
    }

    private static List<Link> links(String visible, String asWritten) {
        String target = asWritten.strip();
        List<String> parts = WebAddresses.splitGlued(target);
        List<Link> links = new ArrayList<>();
        for (String part : parts) {
            String url = WebAddresses.unwrap(part);
            String original = parts.size() > 1 || !url.equals(target) ? target : null;
            links.add(new Link(visible, url, original));
        }
        return links;
    }
}
