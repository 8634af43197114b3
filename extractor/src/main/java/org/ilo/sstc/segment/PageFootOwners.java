package org.ilo.sstc.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.FootnoteStart;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.text.Fold;

/**
 * Gives what a page lists at its foot to the practice it belongs to. When a practice ends on the page
 * where the next one starts, the page's footnotes and the hyperlink targets Tika lists at the page end
 * come after the second practice's heading, though they may belong to the first. A footnote belongs to
 * the practice whose words on that page it repeats most (a note explains a phrase of the text); a link
 * target to the first practice (whose closing rows, materials and web links, are on that page), unless
 * the second writes it in its text.
 */
final class PageFootOwners {

    /** Fewest words in a row that a note must share with a practice's text to be moved to it. */
    private static final int MIN_SHARED_WORDS = 2;
    /** Fewest words of a shared run without a name that still tell the text a note explains. */
    private static final int MIN_UNNAMED_RUN = 3;

    private PageFootOwners() {
    }

    /** {@code practices} with each footnote group in the practice that refers to it. */
    static List<PracticeSegment> reassign(List<PracticeSegment> practices) {
        List<PracticeSegment> result = new ArrayList<>(practices);
        for (int n = 1; n < result.size(); n++) {
            PracticeSegment previous = result.get(n - 1);
            PracticeSegment current = result.get(n);
            int page = current.firstPage();
            if (page == 0 || previous.lastPage() != page) {
                continue;
            }
            List<Block> moved = new ArrayList<>();
            List<Block> kept = new ArrayList<>();
            List<Block> blocks = current.blocks();
            String ownText = pageText(blocks, page);
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof TextLine line && line.role() == LineRole.LINK_TARGET && line.page() == page) {
                    (writtenIn(line.text(), ownText) ? kept : moved).add(line);
                    continue;
                }
                List<TextLine> note = noteAt(blocks, i, page);
                if (note.isEmpty()) {
                    kept.add(blocks.get(i));
                    continue;
                }
                String text = String.join(" ", note.stream().map(TextLine::text).toList());
                String previousText = pageText(previous.blocks(), page);
                String ownBefore = pageText(blocks.subList(0, i), page);
                boolean move = isMoreShared(text, previousText, ownBefore);
                (move ? moved : kept).addAll(note);
                i += note.size() - 1;
            }
            if (!moved.isEmpty()) {
                List<Block> previousBlocks = new ArrayList<>(previous.blocks());
                previousBlocks.addAll(moved);
                result.set(n - 1, new PracticeSegment(previous.heading(), previousBlocks, previous.firstPage(),
                        previous.lastPage()));
                result.set(n, new PracticeSegment(current.heading(), kept, current.firstPage(), current.lastPage()));
            }
        }
        return result;
    }

    /** Whether the web address {@code target} is written in {@code text} (scheme and "www." aside). */
    private static boolean writtenIn(String target, String text) {
        String address = target.strip().replaceFirst("(?i)^[a-z]+:/+", "").replaceFirst("(?i)^www\\.", "");
        return !address.isEmpty() && text.toLowerCase(Locale.ROOT).contains(address.toLowerCase(Locale.ROOT));
    }

    /** The lines of the footnote on {@code page} that starts at {@code i}, up to the next one; empty when none starts there. */
    private static List<TextLine> noteAt(List<Block> blocks, int i, int page) {
        List<TextLine> note = new ArrayList<>();
        for (int j = i; j < blocks.size(); j++) {
            if (!(blocks.get(j) instanceof TextLine line) || line.role() != LineRole.FOOTNOTE || line.page() != page
                    || j > i && FootnoteStart.opensNote(line)) {
                break;
            }
            note.add(line);
        }
        return note;
    }

    /** The running text of {@code blocks} that lies on {@code page}. */
    private static String pageText(List<Block> blocks, int page) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof TextLine line) {
                if (line.role() == LineRole.BODY && line.page() == page) {
                    text.append(line.text()).append(' ');
                }
            } else {
                ((TableRow) block).cells().forEach(c -> c.lines().stream().filter(l -> l.page() == page)
                        .forEach(l -> text.append(l.text()).append(' ')));
            }
        }
        return text.toString();
    }

    /** Whether the note repeats more of the first practice's words on the page than of the second's. */
    private static boolean isMoreShared(String note, String previousText, String ownText) {
        int before = shared(note, previousText);
        return before >= MIN_SHARED_WORDS && before > shared(note, ownText);
    }

    /**
     * The longest run of words {@code a} and {@code b} share (accents and case aside) that holds a name, a word
     * {@code a} writes with a capital or a digit past its first ("G5 Sahel"), or that is long ("records of the
     * mining services"): "et le" is in every text.
     */
    private static int shared(String a, String b) {
        String[] raw = a.split("[^\\p{L}\\p{N}]+");
        String[] x = Fold.fold(a).split("[^\\p{L}\\p{N}]+");
        String[] y = Fold.fold(b).split("[^\\p{L}\\p{N}]+");
        int best = 0;
        int[] previous = new int[y.length + 1];
        boolean[] named = new boolean[y.length + 1];
        boolean first = true;
        for (int i = 0; i < x.length; i++) {
            String word = x[i];
            if (word.isEmpty()) {
                continue;
            }
            // The note's first word has its capital from the sentence, not from a name.
            boolean name = !first && i < raw.length && !Character.isLowerCase(raw[i].codePointAt(0));
            first &= !(i < raw.length && Character.isLetter(raw[i].codePointAt(0)));
            int[] row = new int[y.length + 1];
            boolean[] rowNamed = new boolean[y.length + 1];
            for (int j = 1; j <= y.length; j++) {
                if (word.equals(y[j - 1])) {
                    row[j] = previous[j - 1] + 1;
                    rowNamed[j] = name || named[j - 1];
                    if (rowNamed[j] || row[j] >= MIN_UNNAMED_RUN) {
                        best = Math.max(best, row[j]);
                    }
                }
            }
            previous = row;
            named = rowNamed;
        }
        return best;
    }
}
