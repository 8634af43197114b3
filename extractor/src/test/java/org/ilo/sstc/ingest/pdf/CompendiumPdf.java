package org.ilo.sstc.ingest.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * Writes test PDFs in the compendium template with PDFBox: headings, "Label: value" lines, and a
 * two-column table (bold label cell, content cell) with or without borders, text wrapped to the
 * cells, links as URI annotations over their text, and free text anywhere. Coordinates are taken
 * from the top of the page, as the reader reports them.
 */
final class CompendiumPdf implements AutoCloseable {

    static final float LEFT = 57;
    static final float LABEL_RIGHT = 207;
    static final float RIGHT = 527;
    static final float SIZE = 10;
    static final float LEADING = 11.5f;
    static final float PADDING = 5.4f;
    static final float TOP_MARGIN = 72;

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** How table borders are drawn. */
    enum Borders {
        /** No borders: the columns show only by alignment. */
        NONE,
        /** Stroked lines across the whole table, as LibreOffice draws them. */
        STROKED,
        /** Thin filled rectangles, one per cell edge, as Word draws them. */
        FILLED
    }

    /** One table row: label text ('\n' forces a break) and content paragraphs, each optionally a link. */
    record Row(String label, List<Paragraph> content) {
        static Row of(String label, String... paragraphs) {
            return new Row(label, List.of(paragraphs).stream().map(p -> new Paragraph(p, null)).toList());
        }
    }

    /** A content paragraph; when {@code url} is set the whole paragraph is a link to it. */
    record Paragraph(String text, String url) {
    }

    private final PDDocument document = new PDDocument();
    private PDPage page;
    private PDPageContentStream stream;
    private float cursor;

    /** Starts a new letter-size page; the cursor goes to the top margin. */
    CompendiumPdf page() {
        closeStream();
        page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        cursor = TOP_MARGIN;
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A 14 pt bold heading line, followed by a blank line. */
    CompendiumPdf heading(String text) {
        cursor += 14;
        show(BOLD, 14, LEFT, cursor, text);
        cursor += 14;
        return this;
    }

    /** A heading of {@code size} pt wrapped over {@code lines}, each starting at {@code x}, set close above what follows. */
    CompendiumPdf wrappedHeading(float x, float size, String... lines) {
        for (String line : lines) {
            cursor += size * 1.15f;
            show(BOLD, size, x, cursor, line);
        }
        cursor += size * 0.3f;
        return this;
    }

    /** A "Label: value" line with the label in bold, followed by a blank line. */
    CompendiumPdf labelLine(String label, String value) {
        cursor += LEADING;
        show(BOLD, SIZE, LEFT, cursor, label);
        show(REGULAR, SIZE, LEFT + width(BOLD, SIZE, label + " "), cursor, value);
        cursor += LEADING;
        return this;
    }

    /** Body text wrapped to the text width, one paragraph. */
    CompendiumPdf paragraph(String text) {
        for (String line : wrap(REGULAR, SIZE, text, RIGHT - LEFT)) {
            cursor += LEADING;
            show(REGULAR, SIZE, LEFT, cursor, line);
        }
        cursor += LEADING / 2;
        return this;
    }

    /** Text at a given place: {@code baseline} is measured from the top of the page. */
    CompendiumPdf text(float x, float baseline, float size, String text) {
        show(REGULAR, size, x, baseline, text);
        return this;
    }

    /** Text with a raised small footnote marker glued to its end. */
    CompendiumPdf textWithMarker(float x, float baseline, String text, String marker) {
        show(REGULAR, SIZE, x, baseline, text);
        show(REGULAR, SIZE * 0.6f, x + width(REGULAR, SIZE, text), baseline - SIZE * 0.35f, marker);
        return this;
    }

    /** The cursor: the top of the next thing drawn, from the top of the page. */
    float cursor() {
        return cursor;
    }

    /** A two-column table at the cursor, with link text underlined. */
    CompendiumPdf table(Borders borders, Row... rows) {
        float top = cursor;
        List<Float> edges = new ArrayList<>();
        edges.add(top);
        for (Row row : rows) {
            float y = cursor + PADDING / 2;
            List<String> labelLines = new ArrayList<>();
            for (String part : row.label().split("\n", -1)) {
                labelLines.addAll(wrap(BOLD, SIZE, part, LABEL_RIGHT - LEFT - 2 * PADDING));
            }
            float labelY = y;
            for (String line : labelLines) {
                labelY += LEADING;
                show(BOLD, SIZE, LEFT + PADDING, labelY, line);
            }
            float contentY = y;
            for (Paragraph paragraph : row.content()) {
                for (String line : wrapInContentCell(paragraph.text())) {
                    contentY += LEADING;
                    show(REGULAR, SIZE, LABEL_RIGHT + PADDING, contentY, line);
                    if (paragraph.url() != null) {
                        float lineWidth = width(REGULAR, SIZE, line);
                        link(LABEL_RIGHT + PADDING, contentY, lineWidth, paragraph.url());
                        float x = LABEL_RIGHT + PADDING;
                        line(x, contentY + 1.5f, x + lineWidth, contentY + 1.5f);
                    }
                }
            }
            cursor = Math.max(labelY, contentY) + LEADING / 2 + PADDING / 2;
            edges.add(cursor);
        }
        float[] columns = {LEFT, LABEL_RIGHT, RIGHT};
        if (borders == Borders.STROKED) {
            for (float edge : edges) {
                line(LEFT, edge, RIGHT, edge);
            }
            for (float x : columns) {
                line(x, top, x, cursor);
            }
        } else if (borders == Borders.FILLED) {
            for (int r = 0; r < edges.size(); r++) {
                for (int c = 1; c < columns.length; c++) {
                    bar(columns[c - 1], edges.get(r) - 0.25f, columns[c] - columns[c - 1], 0.5f);
                    if (r > 0) {
                        bar(columns[c - 1] - 0.25f, edges.get(r - 1), 0.5f, edges.get(r) - edges.get(r - 1));
                    }
                }
                if (r > 0) {
                    bar(RIGHT - 0.25f, edges.get(r - 1), 0.5f, edges.get(r) - edges.get(r - 1));
                }
            }
        }
        cursor += LEADING;
        return this;
    }

    /** A URI link annotation over a text run whose baseline is {@code baseline} (from the top). */
    CompendiumPdf link(float x, float baseline, float width, String url) {
        float height = page.getMediaBox().getHeight();
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, height - baseline - 2.5f, width, SIZE + 1.5f));
        PDActionURI action = new PDActionURI();
        action.setURI(url);
        link.setAction(action);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        try {
            page.getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A grey picture filling most of the page, and no text. */
    CompendiumPdf image() {
        BufferedImage picture = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        try {
            stream.drawImage(LosslessFactory.createFromImage(document, picture), LEFT, 200, 400, 300);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Opens the page's drawing with a stroking colour space PDFBox cannot build (an empty array), as a
     * damaged file may; PDFBox gives up on that operator instead of skipping it.
     */
    CompendiumPdf unreadableColourSpace() {
        COSName name = COSName.getPDFName("Broken");
        COSDictionary spaces = new COSDictionary();
        spaces.setItem(name, new COSArray());
        page.getResources().getCOSObject().setItem(COSName.COLORSPACE, spaces);
        PDStream opening = new PDStream(document);
        try (OutputStream out = opening.createOutputStream()) {
            out.write(("/" + name.getName() + " CS\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        COSArray contents = new COSArray();
        contents.add(opening.getCOSObject());
        contents.add(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
        page.getCOSObject().setItem(COSName.CONTENTS, contents);
        return this;
    }

    /** Width of {@code text} in points. */
    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Width of {@code text} in the regular body font. */
    static float width(String text) {
        return width(REGULAR, SIZE, text);
    }

    /** Greedy word wrap, as a word processor does. */
    static List<String> wrap(PDFont font, float size, String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(font, size, candidate) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The lines {@code text} takes in a content cell of the table. */
    /** Body text wrapped to {@code maxWidth} points: the lines of a column of that width. */
    static List<String> wrap(String text, float maxWidth) {
        return wrap(REGULAR, SIZE, text, maxWidth);
    }

    static List<String> wrapInContentCell(String text) {
        return wrap(REGULAR, SIZE, text, RIGHT - LABEL_RIGHT - 2 * PADDING);
    }

    /** The document's bytes. */
    byte[] bytes() {
        closeStream();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the document as {@code name} in {@code dir}. */
    Path save(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes());
        return file;
    }

    /** Saves the document encrypted: opening it needs {@code userPassword}. */
    Path saveEncrypted(Path dir, String name, String userPassword) throws IOException {
        closeStream();
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
        return save(dir, name);
    }

    @Override
    public void close() throws IOException {
        closeStream();
        document.close();
    }

    private void show(PDFont font, float size, float x, float baseline, String text) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, page.getMediaBox().getHeight() - baseline);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stroked line, its ends measured from the top of the page. */
    CompendiumPdf rule(float x1, float y1, float x2, float y2) {
        line(x1, y1, x2, y2);
        return this;
    }

    private void line(float x1, float y1, float x2, float y2) {
        float height = page.getMediaBox().getHeight();
        try {
            stream.setLineWidth(0.5f);
            stream.moveTo(x1, height - y1);
            stream.lineTo(x2, height - y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled rectangle, {@code top} measured from the top of the page. */
    private void bar(float x, float top, float width, float height) {
        try {
            stream.addRect(x, page.getMediaBox().getHeight() - top - height, width, height);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }
}
