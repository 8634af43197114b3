package org.ilo.sstc.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Writes small files of each format the text path meets, built with the real libraries or by hand. */
public final class TikaFixtures {

    private TikaFixtures() {
    }

    /** A one-page PDF saying {@code text}, written to {@code file} whatever its name. */
    public static Path pdf(Path file, String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A Word document with one paragraph per line. */
    public static Path docx(Path file, String... paragraphs) throws IOException {
        Files.write(file, docxBytes(paragraphs));
        return file;
    }

    /** A Word document encrypted with {@code password} (agile encryption, as Word does). */
    public static Path encryptedDocx(Path file, String password, String... paragraphs) throws Exception {
        byte[] plain = docxBytes(paragraphs);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    private static byte[] docxBytes(String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** A small PNG picture. */
    public static Path png(Path file) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 2, 0xFF0000);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** An RTF document, as a word processor would save "Label: value" with a bold label and a hyperlink. */
    public static Path rtf(Path file) throws IOException {
        String rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}}\n"
                + "\\pard {\\b Author\\'92s name:} Jane Doe\\par\n"
                + "\\pard Plain second paragraph\\par\n"
                + "\\pard See {\\field{\\*\\fldinst HYPERLINK \"https://example.org/rtf\"}{\\fldrslt the report}} online\\par\n"
                + "}";
        Files.writeString(file, rtf, StandardCharsets.US_ASCII);
        return file;
    }

    /** An HTML page with a bold label, a heading and a link. */
    public static Path html(Path file) throws IOException {
        String html = "<!DOCTYPE html><html><head><title>Page title</title><style>p {color: red}</style></head><body>"
                + "<h1>GOOD PRACTICE 1 \u2013 Heading</h1>"
                + "<p><b>Author's name:</b> Jane Doe</p>"
                + "<p>Read <a href=\"https://example.org/html\">the full report</a> here.<br>Second line</p>"
                + "<table><tr><td>Funding Sources</td><td>RBTC</td></tr></table>"
                + "<script>var x = 'not text';</script>"
                + "</body></html>";
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    /** An OpenDocument text zipped by hand: the stored mimetype entry first, then content.xml. */
    public static Path odt(Path file) throws IOException {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" office:version=\"1.2\">"
                + "<office:automatic-styles><style:style style:name=\"T1\" style:family=\"text\">"
                + "<style:text-properties fo:font-weight=\"bold\"/></style:style></office:automatic-styles>"
                + "<office:body><office:text>"
                + "<text:h text:outline-level=\"1\">GOOD PRACTICE 2 \u2013 Odt heading</text:h>"
                + "<text:p><text:span text:style-name=\"T1\">Institution:</text:span> ILO</text:p>"
                + "<text:p>Visit <text:a xlink:type=\"simple\" xlink:href=\"https://example.org/odt\">our page</text:a>.</text:p>"
                + "</office:text></office:body></office:document-content>";
        byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** A zip archive of two text files: an archive, not a document. */
    public static Path zip(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String name : new String[] {"a.txt", "b.txt"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
