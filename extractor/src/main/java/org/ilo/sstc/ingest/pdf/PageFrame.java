package org.ilo.sstc.ingest.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Maps PDF user space to the display coordinates PDFBox gives text positions in: origin at the top
 * left of the crop box as the page is shown (after /Rotate), y growing down.
 *
 * @param originX  lower-left x of the crop box
 * @param originY  lower-left y of the crop box
 * @param width    crop box width before rotation
 * @param height   crop box height before rotation
 * @param rotation page rotation, one of 0, 90, 180, 270
 */
record PageFrame(float originX, float originY, float width, float height, int rotation) {

    PageFrame {
        if (rotation % 90 != 0 || rotation < 0 || rotation >= 360) {
            throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270, but is " + rotation);
        }
    }

    static PageFrame of(PDPage page) {
        PDRectangle crop = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        return new PageFrame(crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight(),
                rotation - rotation % 90);
    }

    /** Height of the page as displayed. */
    float displayHeight() {
        return rotation % 180 == 0 ? height : width;
    }

    /** Display x of a user-space point; the formulas mirror PDFBox's TextPosition so glyphs and lines agree. */
    float displayX(float x, float y) {
        float tx = x - originX;
        float ty = y - originY;
        return switch (rotation) {
            case 90 -> ty;
            case 180 -> width - tx;
            case 270 -> height - ty;
            default -> tx;
        };
    }

    /** Display y of a user-space point. */
    float displayY(float x, float y) {
        float tx = x - originX;
        float ty = y - originY;
        return switch (rotation) {
            case 90 -> tx;
            case 180 -> ty;
            case 270 -> width - tx;
            default -> height - ty;
        };
    }

    /** A user-space rectangle as a display box. */
    Box toDisplay(float x1, float y1, float x2, float y2) {
        return Box.spanning(displayX(x1, y1), displayY(x1, y1), displayX(x2, y2), displayY(x2, y2));
    }
}
