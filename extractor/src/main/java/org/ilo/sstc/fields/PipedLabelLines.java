package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.segment.PracticeSegment;

/**
 * Label lines joined on one line by a bar ("Submitted by: R. Haddad | Lead agency: ILO Beirut") or a semicolon
 * ("Prepared by: S. Khoury; Unit: ILO Beirut"): each
 * part is a line of its own, so that every label starts a line as the others do. Only a bar followed by
 * a short "Words:" head splits; a bar inside content stays.
 */
final class PipedLabelLines {

    /** A bar between spaces, then up to eight words and a colon (not "https:"). */
    private static final Pattern BAR_BEFORE_LABEL = Pattern.compile(
            "(?<!\\s)\\s++[|¦]\\s++(?=[\\p{L}][^|:\\n]{0,80}[:：](?!//))");
    /** A semicolon before a short capitalised head and its colon: "Prepared by: X; Unit: ILO Beirut". */
    private static final Pattern SEMICOLON_BEFORE_LABEL = Pattern.compile("(?<=\\S);\\s++(?=\\p{Lu}[^;:|\\n]{0,40}[:：](?!//))");
    /** A label cut at a line's end is short: "Countries at the" / "table:". */
    private static final int MAX_CUT_WORDS = 8;
    /** The head of a line before its colon: "Prepared by". */
    private static final Pattern LINE_HEAD = Pattern.compile("^([^:：\\n]{1,60}+)[:：]");

    private PipedLabelLines() {
    }

    /** {@code segment} with its joined label lines apart; the same segment when it has none. */
    static PracticeSegment split(PracticeSegment segment, FieldVocabulary vocabulary) {
        List<Block> blocks = new ArrayList<>(segment.blocks().size());
        List<Block> joined = withCutLabelsJoined(segment.blocks());
        boolean changed = joined != segment.blocks();
        for (Block block : joined) {
            if (block instanceof TextLine line && line.role() == LineRole.BODY && line.text().indexOf('|') > 0) {
                List<TextLine> parts = parts(line, BAR_BEFORE_LABEL);
                changed |= parts.size() > 1;
                blocks.addAll(parts);
            } else if (block instanceof TextLine line && line.role() == LineRole.BODY && line.text().indexOf(';') > 0
                    && opensWithLabelLine(line.text(), vocabulary)) {
                // Only on a label line: a semicolon inside content ("ILO (USD 70,000); Government of Canada: …") stays.
                List<TextLine> parts = parts(line, SEMICOLON_BEFORE_LABEL);
                changed |= parts.size() > 1;
                blocks.addAll(parts);
            } else {
                blocks.add(block);
            }
        }
        return changed ? new PracticeSegment(segment.heading(), blocks, segment.firstPage(), segment.lastPage()) : segment;
    }

    /**
     * {@code blocks} with each label that the end of a line cut after a bar ("… Iraq | Countries at the" / "table: Lebanon
     * …") joined again with the rest of it on the next line of text; what stands between (a page's number, a running
     * title) goes after. The same list when no label is cut.
     */
    private static List<Block> withCutLabelsJoined(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        boolean changed = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!(block instanceof TextLine line) || !cutAfterBar(line)) {
                out.add(block);
                continue;
            }
            int next = i + 1;
            while (next < blocks.size() && blocks.get(next) instanceof TextLine t && t.role() != LineRole.BODY) {
                next++;
            }
            if (next < blocks.size() && blocks.get(next) instanceof TextLine rest && restsLabel(rest.text())) {
                List<Hyperlink> links = new ArrayList<>(line.links());
                links.addAll(rest.links());
                out.add(new TextLine(line.text().strip() + " " + rest.text().strip(), line.page(), 0, line.heading(),
                        line.fontSize(), line.start(), line.role(), links));
                out.addAll(blocks.subList(i + 1, next));
                i = next;
                changed = true;
            } else {
                out.add(block);
            }
        }
        return changed ? out : blocks;
    }

    /**
     * A line that ends with a bar between spaces, or with the first words of a label after its last one: no colon, a
     * few words opening with a capital. (Only where the next line of text goes on with a colon, {@link #restsLabel}.)
     */
    private static boolean cutAfterBar(TextLine line) {
        String text = line.text().strip();
        int bar = text.lastIndexOf('|');
        if (line.role() != LineRole.BODY || bar <= 0 || text.charAt(bar - 1) != ' ' || bar + 1 < text.length() && text.charAt(bar + 1) != ' ') {
            return false;
        }
        String after = text.substring(bar + 1).strip();
        return after.isEmpty() || after.indexOf(':') < 0 && Character.isUpperCase(after.codePointAt(0))
                && after.split("\\s+").length <= MAX_CUT_WORDS;
    }

    /** The rest of a cut label and its colon opening {@code text}: "table: Lebanon …". */
    private static boolean restsLabel(String text) {
        Matcher head = LINE_HEAD.matcher(text.strip());
        return head.lookingAt() && head.group(1).split("\\s+").length <= MAX_CUT_WORDS;
    }

    /** Whether {@code text} opens with the head of a label line ("Prepared by:"), a wording of the profile. */
    private static boolean opensWithLabelLine(String text, FieldVocabulary vocabulary) {
        Matcher head = LINE_HEAD.matcher(text);
        return head.lookingAt() && vocabulary.matcher().classify(LabelKey.words(head.group(1)))
                .filter(m -> m.field().kind() == TemplateField.Kind.HEADER).isPresent();
    }

    private static List<TextLine> parts(TextLine line, Pattern separator) {
        String text = line.text();
        List<int[]> ranges = new ArrayList<>();
        Matcher bar = separator.matcher(text);
        int from = 0;
        while (bar.find()) {
            ranges.add(new int[] {from, bar.start()});
            from = bar.end();
        }
        if (ranges.isEmpty()) {
            return List.of(line);
        }
        ranges.add(new int[] {from, text.length()});
        List<TextLine> parts = new ArrayList<>();
        List<Hyperlink> unplaced = new ArrayList<>(line.links());
        for (int k = ranges.size() - 1; k >= 0; k--) {
            String part = text.substring(ranges.get(k)[0], ranges.get(k)[1]);
            // A link goes with the part showing its text; what no later part shows stays on the first.
            List<Hyperlink> links = k == 0 ? List.copyOf(unplaced) : unplaced.stream().filter(l -> part.contains(l.text())).toList();
            unplaced.removeAll(links);
            int bold = Math.max(0, Math.min(part.length(), line.boldPrefix() - ranges.get(k)[0]));
            parts.add(0, new TextLine(part, line.page(), bold, line.heading(), line.fontSize(),
                    k == 0 ? line.start() : LineStart.PARAGRAPH, line.role(), links));
        }
        return parts;
    }
}
