package org.ilo.sstc.ingest.word;

import org.w3c.dom.Element;

/**
 * The run properties the reader cares about; null members are "not set here" and are inherited.
 *
 * @param bold     bold (w:b)
 * @param fontSize size in points (w:sz is in half-points)
 * @param caps     shown in capitals (w:caps)
 * @param hidden   hidden text (w:vanish), never shown
 */
record RunFormat(Boolean bold, Float fontSize, Boolean caps, Boolean hidden) {

    static final RunFormat UNSET = new RunFormat(null, null, null, null);

    /** The properties set in a w:rPr element (UNSET for null). */
    static RunFormat of(Element rPr) {
        if (rPr == null) {
            return UNSET;
        }
        String halfPoints = Wml.childVal(rPr, "sz");
        int size = Wml.toInt(halfPoints, -1);
        return new RunFormat(Wml.onOff(Wml.child(rPr, "b")), size > 0 ? size / 2f : null,
                Wml.onOff(Wml.child(rPr, "caps")), Wml.onOff(Wml.child(rPr, "vanish")));
    }

    /** These properties, with those not set here taken from {@code base}. */
    RunFormat over(RunFormat base) {
        if (this == UNSET) {
            return base;
        }
        return new RunFormat(bold != null ? bold : base.bold, fontSize != null ? fontSize : base.fontSize,
                caps != null ? caps : base.caps, hidden != null ? hidden : base.hidden);
    }

    boolean isBold() {
        return Boolean.TRUE.equals(bold);
    }

    boolean isCaps() {
        return Boolean.TRUE.equals(caps);
    }

    boolean isHidden() {
        return Boolean.TRUE.equals(hidden);
    }

    /** The size in points, 0 when unknown. */
    float size() {
        return fontSize == null ? 0f : fontSize;
    }
}
