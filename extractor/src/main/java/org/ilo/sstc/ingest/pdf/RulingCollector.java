package org.ilo.sstc.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;

/**
 * Collects the horizontal and vertical lines one page draws, as tabula-java does: stroked straight
 * segments and thin filled rectangles. {@link RulingOperators} feeds it the page's paths during the
 * text pass, in device space (the current transformation matrix applied); make one per page.
 */
final class RulingCollector {

    /** A segment within this many points of level counts as horizontal (or vertical). */
    private static final float SKEW = 1f;
    /** A filled rectangle this thin or thinner is a drawn line, wider ones are shading. */
    private static final float MAX_THICKNESS = 2.5f;
    /** Shorter segments are glyph-like marks (bullets, dashes), never borders. */
    private static final float MIN_LENGTH = 3f;

    private final PageFrame frame;
    private final List<Ruling> rulings = new ArrayList<>();
    /** The current path as subpaths of display-space points; a curve ends a subpath. */
    private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
    /** Why the page's drawing could not be read, or null while it can. */
    private String failure;

    RulingCollector(PageFrame frame) {
        this.frame = frame;
    }

    /** The rulings of the page in display coordinates, in drawing order; none once the drawing failed. */
    List<Ruling> rulings() {
        return failure == null ? List.copyOf(rulings) : List.of();
    }

    /** Why the page's drawing could not be read, or null when it could. */
    String failure() {
        return failure;
    }

    /** Gives up on the page's drawing: a damaged drawing costs the page its borders, not its text. */
    void fail(Exception cause) {
        if (failure == null) {
            failure = String.valueOf(cause.getMessage());
        }
    }

    /** False once the drawing failed: later operators of the page are ignored, as if reading had stopped. */
    boolean isReading() {
        return failure == null;
    }

    void moveTo(float x, float y) {
        List<Point2D.Float> subpath = new ArrayList<>();
        subpath.add(display(x, y));
        subpaths.add(subpath);
    }

    /** Without a subpath to extend (no 'm' yet, or the path was just painted), starts one. */
    void lineTo(float x, float y) {
        if (subpaths.isEmpty()) {
            moveTo(x, y);
            return;
        }
        subpaths.get(subpaths.size() - 1).add(display(x, y));
    }

    /** A curve is never a border: it only moves the current point to its end, starting a new subpath. */
    void curveTo(float endX, float endY) {
        moveTo(endX, endY);
    }

    /** Closes the last subpath; without one (no 'm' yet) does nothing, as PDFBox does. */
    void closePath() {
        if (!subpaths.isEmpty()) {
            List<Point2D.Float> subpath = subpaths.get(subpaths.size() - 1);
            subpath.add(subpath.get(0));
        }
    }

    void appendRectangle(Point2D.Float p0, Point2D.Float p1, Point2D.Float p2, Point2D.Float p3) {
        moveTo(p0.x, p0.y);
        lineTo(p1.x, p1.y);
        lineTo(p2.x, p2.y);
        lineTo(p3.x, p3.y);
        closePath();
    }

    /** Drops the current path unpainted (the 'n' operator, which ends a clipping path). */
    void endPath() {
        subpaths.clear();
    }

    void strokePath(PDColor strokingColor) {
        if (isVisible(strokingColor)) {
            addStrokedSegments();
        }
        subpaths.clear();
    }

    void fillPath(PDColor fillColor) {
        if (isVisible(fillColor)) {
            addThinFills();
        }
        subpaths.clear();
    }

    void fillAndStrokePath(PDColor fillColor, PDColor strokingColor) {
        if (isVisible(fillColor)) {
            addThinFills();
        }
        if (isVisible(strokingColor)) {
            addStrokedSegments();
        }
        subpaths.clear();
    }

    private Point2D.Float display(float x, float y) {
        return new Point2D.Float(frame.displayX(x, y), frame.displayY(x, y));
    }

    private void addStrokedSegments() {
        for (List<Point2D.Float> subpath : subpaths) {
            for (int i = 1; i < subpath.size(); i++) {
                Point2D.Float a = subpath.get(i - 1);
                Point2D.Float b = subpath.get(i);
                if (Math.abs(a.y - b.y) <= SKEW && Math.abs(a.x - b.x) >= MIN_LENGTH) {
                    rulings.add(new Ruling(true, (a.y + b.y) / 2, Math.min(a.x, b.x), Math.max(a.x, b.x)));
                } else if (Math.abs(a.x - b.x) <= SKEW && Math.abs(a.y - b.y) >= MIN_LENGTH) {
                    rulings.add(new Ruling(false, (a.x + b.x) / 2, Math.min(a.y, b.y), Math.max(a.y, b.y)));
                }
            }
        }
    }

    private void addThinFills() {
        for (List<Point2D.Float> subpath : subpaths) {
            if (subpath.size() < 3) {
                continue;
            }
            Box.Extent extent = new Box.Extent();
            subpath.forEach(p -> extent.add(p.x, p.y));
            Box box = extent.toBox();
            if (box.height() <= MAX_THICKNESS && box.width() >= MIN_LENGTH) {
                rulings.add(new Ruling(true, (box.top() + box.bottom()) / 2, box.left(), box.right()));
            } else if (box.width() <= MAX_THICKNESS && box.height() >= MIN_LENGTH) {
                rulings.add(new Ruling(false, (box.left() + box.right()) / 2, box.top(), box.bottom()));
            }
        }
    }

    /** False for white, which some producers use to draw borders the reader cannot see. */
    private static boolean isVisible(PDColor color) {
        try {
            return color == null || (color.toRGB() & 0xFFFFFF) != 0xFFFFFF;
        } catch (IOException | RuntimeException e) {
            // A colour space PDFBox cannot convert: assume the line shows, as most do.
            return true;
        }
    }
}
