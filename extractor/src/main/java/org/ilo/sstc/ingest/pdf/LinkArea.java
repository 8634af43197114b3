package org.ilo.sstc.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * A URI link annotation of a page: its target and the display areas it covers (the QuadPoints
 * when the producer wrote them, else the rectangle).
 *
 * @param url   the target as stored (http, mailto, ...)
 * @param areas the clickable areas, in display coordinates
 */
record LinkArea(String url, List<Box> areas) {

    LinkArea {
        areas = List.copyOf(areas);
    }

    /** The URI links of {@code page} in annotation order; links to places inside the document are skipped. */
    static List<LinkArea> of(PDPage page) throws IOException {
        PageFrame frame = PageFrame.of(page);
        List<LinkArea> links = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (!(annotation instanceof PDAnnotationLink link)) {
                continue;
            }
            PDAction action = link.getAction();
            if (!(action instanceof PDActionURI uri) || uri.getURI() == null || uri.getURI().isBlank()) {
                continue;
            }
            List<Box> areas = quadAreas(link.getQuadPoints(), frame);
            PDRectangle rectangle = link.getRectangle();
            if (areas.isEmpty() && rectangle != null) {
                areas = List.of(frame.toDisplay(rectangle.getLowerLeftX(), rectangle.getLowerLeftY(),
                        rectangle.getUpperRightX(), rectangle.getUpperRightY()));
            }
            if (!areas.isEmpty()) {
                links.add(new LinkArea(uri.getURI().strip(), areas));
            }
        }
        return links;
    }

    /** True when the point lies in one of the areas, allowing {@code tolerance} points. */
    boolean covers(float x, float y, float tolerance) {
        for (Box area : areas) {
            if (area.contains(x, y, tolerance)) {
                return true;
            }
        }
        return false;
    }

    /** True when some area reaches into {@code box} (grown by {@code tolerance}): a cheap test before glyphs. */
    boolean touches(Box box, float tolerance) {
        for (Box area : areas) {
            if (area.left() <= box.right() + tolerance && area.right() >= box.left() - tolerance
                    && area.top() <= box.bottom() + tolerance && area.bottom() >= box.top() - tolerance) {
                return true;
            }
        }
        return false;
    }

    /** Each quadrilateral (8 numbers) as the box around it. */
    private static List<Box> quadAreas(float[] quadPoints, PageFrame frame) {
        List<Box> areas = new ArrayList<>();
        if (quadPoints == null) {
            return areas;
        }
        for (int q = 0; q + 8 <= quadPoints.length; q += 8) {
            Box.Extent extent = new Box.Extent();
            for (int p = q; p < q + 8; p += 2) {
                extent.add(quadPoints[p], quadPoints[p + 1]);
            }
            // The extent is in user space here; only its corners are used, mapped to display space.
            Box quad = extent.toBox();
            areas.add(frame.toDisplay(quad.left(), quad.top(), quad.right(), quad.bottom()));
        }
        return areas;
    }
}
