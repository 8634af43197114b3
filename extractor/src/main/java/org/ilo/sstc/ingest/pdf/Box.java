package org.ilo.sstc.ingest.pdf;

/** An axis-aligned rectangle in display coordinates (origin top left, y growing down), in points. */
record Box(float left, float top, float right, float bottom) {

    Box {
        if (right < left || bottom < top) {
            throw new IllegalArgumentException("box must have left <= right and top <= bottom, but is "
                    + left + "," + top + " - " + right + "," + bottom);
        }
    }

    /** Grows to the smallest box around every point added; for computing extents in one pass. */
    static final class Extent {
        private float left = Float.MAX_VALUE;
        private float top = Float.MAX_VALUE;
        private float right = -Float.MAX_VALUE;
        private float bottom = -Float.MAX_VALUE;

        Extent add(float x, float y) {
            left = Math.min(left, x);
            right = Math.max(right, x);
            top = Math.min(top, y);
            bottom = Math.max(bottom, y);
            return this;
        }

        Extent add(float x1, float y1, float x2, float y2) {
            return add(x1, y1).add(x2, y2);
        }

        boolean isEmpty() {
            return left > right;
        }

        Box toBox() {
            if (isEmpty()) {
                throw new IllegalStateException("an extent needs at least one point");
            }
            return new Box(left, top, right, bottom);
        }
    }

    /** The smallest box holding both corner points, in any order. */
    static Box spanning(float x1, float y1, float x2, float y2) {
        return new Box(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    }

    float width() {
        return right - left;
    }

    float height() {
        return bottom - top;
    }

    /** True when the point lies inside this box grown by {@code tolerance} on every side. */
    boolean contains(float x, float y, float tolerance) {
        return x >= left - tolerance && x <= right + tolerance && y >= top - tolerance && y <= bottom + tolerance;
    }

    /** Whether {@code other} lies inside this box, give or take {@code tolerance}. */
    boolean contains(Box other, float tolerance) {
        return contains(other.left(), other.top(), tolerance) && contains(other.right(), other.bottom(), tolerance);
    }

    /** Distance from the point to this box, 0 when inside. */
    float distanceTo(float x, float y) {
        float dx = Math.max(0, Math.max(left - x, x - right));
        float dy = Math.max(0, Math.max(top - y, y - bottom));
        return (float) Math.hypot(dx, dy);
    }
}
