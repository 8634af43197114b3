package org.ilo.sstc.output.html;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Small pictures of a PDF's pages (PDFBox renders them, JPEG in {@code data:} URIs) for the review page.
 * Never throws: a page that cannot be rendered is a warning. Thread-safe (no state beyond the settings).
 */
public final class PageImages {

    /** 60 dpi: an A4 page is 496 × 702 pixels, enough to recognise the table and read headings. */
    public static final int DEFAULT_DPI = 60;

    /** Highest resolution accepted: print quality, far above what a review needs. */
    public static final int MAX_DPI = 300;

    private static final float JPEG_QUALITY = 0.6f;

    /**
     * The pictures of one file's pages and what went wrong making them.
     *
     * @param uris     {@code data:image/jpeg;base64,…} by 1-based page number
     * @param warnings why some or all pages have no picture
     */
    public record Rendered(Map<Integer, String> uris, List<String> warnings) {
        public Rendered {
            uris = Map.copyOf(uris);
            warnings = List.copyOf(warnings);
        }

        /** No pictures, for the reason given (or none at all). */
        public static Rendered none(String... warnings) {
            return new Rendered(Map.of(), List.of(warnings));
        }
    }

    private final int dpi;
    private final String password;
    private final Duration budget;

    /**
     * @param dpi      resolution of the pictures; 0 for none
     * @param password password of encrypted PDFs, or null
     * @param budget   longest time spent rendering one file; pages past it get no picture
     */
    public PageImages(int dpi, String password, Duration budget) {
        if (dpi < 0 || dpi > MAX_DPI) {
            throw new IllegalArgumentException("dpi must be 0-" + MAX_DPI + ", but is " + dpi);
        }
        this.dpi = dpi;
        this.password = password;
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /** Whether pictures are made at all. */
    public boolean enabled() {
        return dpi > 0;
    }

    /** Pictures of {@code pages} (1-based) of the PDF {@code file}. */
    public Rendered render(Path file, Iterable<Integer> pages) {
        if (!enabled()) {
            return Rendered.none();
        }
        Map<Integer, String> uris = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        long deadline = System.nanoTime() + budget.toNanos();
        try (PDDocument document = Loader.loadPDF(file.toFile(), password == null ? "" : password)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page : pages) {
                if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                    warnings.add("page pictures stopped at page " + page + ": rendering took longer than "
                            + budget.toSeconds() + " s");
                    break;
                }
                if (page < 1 || page > document.getNumberOfPages()) {
                    warnings.add("page " + page + " is not in the PDF (it has " + document.getNumberOfPages() + " pages)");
                    continue;
                }
                try {
                    uris.put(page, jpegUri(renderer.renderImageWithDPI(page - 1, dpi, ImageType.RGB)));
                } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    // One bad page (a broken image, a font PDFBox cannot draw) must not cost the others.
                    warnings.add("page " + page + " could not be rendered: " + describe(e));
                }
            }
        } catch (InvalidPasswordException e) {
            warnings.add("no page pictures: the PDF is encrypted; give its password with --password");
        } catch (IOException | RuntimeException e) {
            warnings.add("no page pictures: PDFBox could not open the PDF: " + describe(e));
        }
        return new Rendered(uris, warnings);
    }

    private static String jpegUri(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
