package org.ilo.sstc.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the horizontal and vertical lines a page draws, as tabula-java does: stroked straight
 * segments and thin filled rectangles. Text is skipped, so the pass costs little.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

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
    private Point2D.Float current;

    private RulingCollector(PDPage page) {
        super(page);
        this.frame = PageFrame.of(page);
    }

    /** The rulings of {@code page} in display coordinates, in drawing order. */
    static List<Ruling> collect(PDPage page) throws IOException {
        RulingCollector collector = new RulingCollector(page);
        collector.processPage(page);
        return List.copyOf(collector.rulings);
    }

    @Override
    protected void showText(byte[] string) {
        // Glyph outlines are never table borders; skipping them keeps this pass cheap.
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        current = display(x, y);
        List<Point2D.Float> subpath = new ArrayList<>();
        subpath.add(current);
        subpaths.add(subpath);
    }

    @Override
    public void lineTo(float x, float y) {
        if (subpaths.isEmpty()) {
            moveTo(x, y);
            return;
        }
        current = display(x, y);
        subpaths.get(subpaths.size() - 1).add(current);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        // PDFBox only checks that a point exists, or uses it as a curve's control point, and curves are ignored.
        return current == null ? null : new Point2D.Float(current.x, current.y);
    }

    @Override
    public void closePath() {
        if (!subpaths.isEmpty()) {
            List<Point2D.Float> subpath = subpaths.get(subpaths.size() - 1);
            subpath.add(subpath.get(0));
            current = subpath.get(0);
        }
    }

    @Override
    public void endPath() {
        subpaths.clear();
    }

    @Override
    public void strokePath() {
        if (isVisible(getGraphicsState().getStrokingColor())) {
            addStrokedSegments();
        }
        subpaths.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        if (isVisible(getGraphicsState().getNonStrokingColor())) {
            addThinFills();
        }
        subpaths.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        if (isVisible(getGraphicsState().getNonStrokingColor())) {
            addThinFills();
        }
        if (isVisible(getGraphicsState().getStrokingColor())) {
            addStrokedSegments();
        }
        subpaths.clear();
    }

    @Override
    public void clip(int windingRule) {
        // The clipping path is consumed by the next painting or 'n' operator; nothing to record.
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // Images never carry table borders we could use.
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // Shadings are backgrounds, not borders.
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
