package org.ilo.sstc.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A visual line of a page region with its geometry, before it becomes a model {@code TextLine}.
 *
 * @param text        the characters; words separated by ' ', distant column parts by '\t'
 * @param boldPrefix  how many leading characters are bold
 * @param size        the dominant font size
 * @param baseline    the baseline of the glyphs in the dominant size
 * @param box         the extent of its glyphs
 * @param glyphs      the glyphs that made the text, left to right (spaces and dropped markers excluded)
 * @param offsets     for each glyph, the index in {@code text} of its first character
 */
record PlacedLine(String text, int boldPrefix, float size, float baseline, Box box, List<Glyph> glyphs,
                  List<Integer> offsets) implements Placed {

    /** A column part of a line: the characters between tabs and their horizontal extent. */
    record Segment(int startOffset, int endOffset, float left, float right) {
    }

    PlacedLine {
        glyphs = List.copyOf(glyphs);
        offsets = List.copyOf(offsets);
        if (glyphs.size() != offsets.size()) {
            throw new IllegalArgumentException("need one offset per glyph, but have " + offsets.size()
                    + " for " + glyphs.size());
        }
    }

    float left() {
        return box.left();
    }

    float right() {
        return box.right();
    }

    @Override
    public float top() {
        return box.top();
    }

    float bottom() {
        return box.bottom();
    }

    /** Width of the first word: what must fit at the end of the line above for it to have wrapped here. */
    float firstWordWidth() {
        int end = 0;
        while (end + 1 < glyphs.size() && !isSeparator(end + 1)) {
            end++;
        }
        return glyphs.get(end).right() - glyphs.get(0).x();
    }

    /** The parts of the line between tabs, left to right. */
    List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= glyphs.size(); i++) {
            if (i == glyphs.size() || text.charAt(offsets.get(i) - 1) == '\t') {
                int endOffset = i == glyphs.size() ? text.length() : offsets.get(i) - 1;
                segments.add(new Segment(offsets.get(first), endOffset, glyphs.get(first).x(),
                        glyphs.get(i - 1).right()));
                first = i;
            }
        }
        return segments;
    }

    /** The text of {@code segment}, one of this line's parts. */
    String text(Segment segment) {
        return text.substring(segment.startOffset(), Math.min(segment.endOffset(), text.length()));
    }

    /**
     * Whether a word starts at {@code x} (within {@code tolerance}) after a gap of at least {@code minGap} from the
     * glyph before it: a cell's content beside a label that ends in a space, which the line builder took for a
     * word space ("Peer exchange, step by" ‥ "Each port sent …").
     */
    boolean opensWordAt(float x, float tolerance, float minGap) {
        for (int i = 1; i < glyphs.size(); i++) {
            Glyph glyph = glyphs.get(i);
            if (Math.abs(glyph.x() - x) <= tolerance && isSeparator(i) && glyph.x() - glyphs.get(i - 1).right() >= minGap) {
                return true;
            }
        }
        return false;
    }

    /** The text of the glyphs that start left of {@code x}: a label beside its content. */
    String textLeftOf(float x) {
        int end = 0;
        while (end < glyphs.size() && glyphs.get(end).x() < x) {
            end++;
        }
        return end == glyphs.size() ? text : text.substring(0, offsets.get(end));
    }

    /** True when a space or tab stands right before glyph {@code index}. */
    private boolean isSeparator(int index) {
        int offset = offsets.get(index);
        return offset > 0 && Character.isWhitespace(text.charAt(offset - 1));
    }
}
