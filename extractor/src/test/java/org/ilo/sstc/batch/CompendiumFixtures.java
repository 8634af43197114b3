package org.ilo.sstc.batch;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ilo.sstc.ingest.ZipBomb;

/**
 * Small compendia in the template's wording, made up (no sample values), and the bad inputs a batch
 * meets, each generated with the real libraries: encrypted, truncated, scanned, oversized, zip bombs.
 */
public final class CompendiumFixtures {

    private CompendiumFixtures() {
    }

    /** The lines of a made-up compendium with {@code practices} practices in the template's labels. */
    public static List<String> lines(int practices) {
        List<String> lines = new ArrayList<>(List.of("Compendium of good practices", ""));
        for (int n = 1; n <= practices; n++) {
            lines.addAll(List.of(
                    "GOOD PRACTICE " + n + " – ASIA – Harbour apprenticeships " + n,
                    "Author’s name: Jane Example",
                    "Institution: Example Training Institute",
                    "Title of South-South and triangular cooperation (SSTC) good practice: Apprenticeships for harbour workers",
                    "Countries involved: Atlantis and Utopia",
                    "South-South Objective (s): Train harbour workers in safe loading.",
                    "Results achieved: Two hundred workers trained.",
                    "Contact details: Jane Example, jane@example.org",
                    ""));
        }
        return lines;
    }

    /** A plain-text compendium with {@code practices} practices. */
    public static Path text(Path file, int practices) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, lines(practices), StandardCharsets.UTF_8);
    }

    /** A Word compendium, one paragraph per line. */
    public static Path docx(Path file, int practices) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : lines(practices)) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
        }
        return file;
    }

    /** A one-page PDF compendium with one practice, encrypted with user password {@code password} when not null. */
    public static Path pdf(Path file, String password) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
                content.setLeading(14);
                content.newLineAtOffset(50, 780);
                for (String line : lines(1)) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A scanned compendium: one PDF page holding only a picture of the text, no text layer. */
    public static Path scannedPdf(Path file) throws IOException {
        return scannedPdf(file, new boolean[] {true});
    }

    /** A scan whose pages are, in order, blank or the picture of the text (true). */
    public static Path scannedPdf(Path file, boolean[] written) throws IOException {
        // 150 dpi on A4, large type: what a flatbed scan of a printed page gives, and legible to Tesseract.
        BufferedImage scan = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
        int y = 120;
        for (String line : scanLines()) {
            g.drawString(line, 80, y);
            y += 44;
        }
        g.dispose();
        try (PDDocument document = new PDDocument()) {
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            for (int i = 0; i < written.length; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                if (written[i]) {
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                    }
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** The scanned page's lines: short enough to fit the page, in plain ASCII as a scan's OCR would give. */
    public static List<String> scanLines() {
        return List.of(
                "GOOD PRACTICE 1 - ASIA - Harbour apprenticeships",
                "Author's name: Jane Example",
                "Institution: Example Training Institute",
                "Countries involved: Atlantis and Utopia",
                "Results achieved: Two hundred workers trained.");
    }

    /** The first {@code fraction} of {@code source}'s bytes: a download cut off. */
    public static Path truncated(Path source, Path file, double fraction) throws IOException {
        byte[] whole = Files.readAllBytes(source);
        return Files.write(file, Arrays.copyOf(whole, (int) (whole.length * fraction)));
    }

    /** A .docx whose document part inflates from kilobytes to 50 MB of one repeated letter. */
    public static Path zipBombDocx(Path file) throws IOException {
        Path plain = docx(file.resolveSibling("plain-for-" + file.getFileName()), 1);
        ZipBomb.disguisedAsDocx(plain, file);
        Files.delete(plain);
        return file;
    }

    /** A file of {@code megabytes} MB of text that is not a compendium, to trip the size limit. */
    public static Path large(Path file, int megabytes) throws IOException {
        byte[] chunk = "Lorem ipsum dolor sit amet.\n".repeat(37450).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < megabytes; i++) {
                out.write(chunk);
            }
        }
        return file;
    }
}
