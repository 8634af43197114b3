package org.ilo.sstc.ingest.pdf;

/**
 * One character drawn on a page, in display coordinates.
 *
 * @param text     the character(s) it stands for (a ligature may give several)
 * @param x        left edge
 * @param baseline y of the baseline
 * @param width    advance width
 * @param size     font size in points as drawn (text matrix and CTM applied)
 * @param bold     drawn in a bold face or with a stroked outline
 */
record Glyph(String text, float x, float baseline, float width, float size, boolean bold) {

    /** Share of the font size above the baseline that Latin capitals and ascenders fill. */
    private static final float ASCENT = 0.75f;
    /** Share below the baseline that descenders fill. */
    private static final float DESCENT = 0.22f;

    float right() {
        return x + width;
    }

    float top() {
        return baseline - size * ASCENT;
    }

    float bottom() {
        return baseline + size * DESCENT;
    }

    float centerX() {
        return x + width / 2;
    }

    /** Middle of the x-height: the point that decides which cell or link area the glyph is in. */
    float centerY() {
        return baseline - size * 0.3f;
    }

    /** True for space characters, which only mark word breaks. */
    boolean isSpace() {
        return text.isBlank();
    }
}
