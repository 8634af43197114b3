package org.ilo.sstc.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The hostile and broken inputs of issue 9, each generated with the real libraries: words long enough
 * to make a backtracking pattern quadratic, a stream that inflates past any heap, deep nesting, an
 * empty link target, stray bytes in UTF-8.
 */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** A text compendium of {@code practices} practices whose results fields hold one word of {@code letters} letters. */
    public static Path textWithLongWord(Path file, int practices, int letters) throws IOException {
        List<String> lines = new ArrayList<>(CompendiumFixtures.lines(practices));
        int results = indexOfFirst(lines, "Results achieved:");
        lines.set(results, lines.get(results) + " " + word(letters));
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** A Word compendium in the template's table, the results cell of its first practice one word of {@code letters} letters. */
    public static Path docxTableWithLongWord(Path file, int practices, int letters) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (int n = 1; n <= practices; n++) {
                document.createParagraph().createRun().setText("GOOD PRACTICE " + n + " – ASIA – Harbour apprenticeships " + n);
                List<String> rows = CompendiumFixtures.lines(1).subList(3, 10);
                XWPFTable table = document.createTable(rows.size(), 2);
                for (int r = 0; r < rows.size(); r++) {
                    String[] labelled = rows.get(r).split(": ", 2);
                    String value = labelled[1] + (n == 1 && labelled[0].startsWith("Results") ? " " + word(letters) : "");
                    table.getRow(r).getCell(0).setText(labelled[0] + ":");
                    table.getRow(r).getCell(1).setText(value);
                }
            }
            document.write(out);
        }
        return file;
    }

    /**
     * A one-page PDF whose content stream, a few hundred kilobytes deflated, inflates to one string of
     * {@code megabytes} MB: more than the heap it is read in.
     */
    public static Path pdfInflatingTo(Path file, int megabytes) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            byte[] head = "BT /F1 9 Tf 50 780 Td (".getBytes(StandardCharsets.US_ASCII);
            byte[] tail = ") Tj ET\n".getBytes(StandardCharsets.US_ASCII);
            long letters = megabytes * 1024L * 1024L;
            PDStream content = new PDStream(document, new RepeatedLetter(head, letters, tail), COSName.FLATE_DECODE);
            page.getCOSObject().setItem(COSName.CONTENTS, content);
            document.addPage(page);
            document.save(file.toFile());
        }
        return file;
    }

    /** A Word compendium whose body holds {@code depth} tables nested one in the other's cell. */
    public static Path docxNestedTables(Path file, int depth) throws IOException {
        Path plain = CompendiumFixtures.docx(file.resolveSibling("plain-" + file.getFileName()), 1);
        StringBuilder nested = new StringBuilder();
        java.util.Random random = new java.util.Random(depth);
        for (int i = 0; i < depth; i++) {
            // a different word in each cell, so that the part does not look like a zip bomb
            nested.append("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>").append(word(12 + random.nextInt(12), random)).append("</w:t></w:r></w:p>");
        }
        nested.append("<w:p/></w:tc></w:tr></w:tbl>".repeat(depth));
        rewriteEntry(plain, file, "word/document.xml", xml -> xml.replace("</w:body>", nested + "<w:p/></w:body>"));
        Files.delete(plain);
        return file;
    }

    /** A Word compendium with a hyperlink whose target is empty (as some converters write them). */
    public static Path docxWithEmptyLinkTarget(Path file) throws IOException {
        Path plain = file.resolveSibling("plain-" + file.getFileName());
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(plain)) {
            for (String line : CompendiumFixtures.lines(1)) {
                XWPFParagraph paragraph = document.createParagraph();
                if (line.startsWith("Results")) {
                    paragraph.createRun().setText(line + " See ");
                    XWPFHyperlinkRun link = paragraph.createHyperlinkRun("https://example.org/placeholder-target");
                    link.setText("the report");
                } else {
                    paragraph.createRun().setText(line);
                }
            }
            document.write(out);
        }
        rewriteEntry(plain, file, "word/_rels/document.xml.rels",
                rels -> rels.replace("Target=\"https://example.org/placeholder-target\"", "Target=\"\""));
        Files.delete(plain);
        return file;
    }

    /** The compendium of {@link CompendiumFixtures#docx} encrypted with {@code password} (agile encryption, as Word does). */
    public static Path encryptedDocx(Path file, String password) throws IOException {
        Path plain = CompendiumFixtures.docx(file.resolveSibling("plain-" + file.getFileName()), 1);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
        Files.delete(plain);
        return file;
    }

    /** The test resources' Word 97-2003 compendium, saved by HWPF encrypted with {@code password} (RC4 CryptoAPI). */
    public static Path encryptedDoc(Path file, String password) throws IOException {
        Path sample = Path.of(System.getProperty("project.root", ".."), "extractor", "src", "test", "resources", "word",
                "compendium-sample.doc");
        try (HWPFDocument document = new HWPFDocument(Files.newInputStream(sample))) {
            Biff8EncryptionKey.setCurrentUserPassword(password);
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        return file;
    }

    /** A copy of the zip {@code source} with one entry's text changed. */
    private static void rewriteEntry(Path source, Path target, String entry, java.util.function.UnaryOperator<String> change)
            throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    String changed = change.apply(new String(bytes, StandardCharsets.UTF_8));
                    if (changed.equals(new String(bytes, StandardCharsets.UTF_8))) {
                        throw new IllegalStateException("the fixture did not change " + entry);
                    }
                    bytes = changed.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    /** One word of {@code letters} letters in no pattern (a repeated letter would trip the zip-bomb guard of a .docx). */
    static String word(int letters) {
        return word(letters, new java.util.Random(letters));
    }

    private static String word(int letters, java.util.Random random) {
        StringBuilder word = new StringBuilder(letters);
        for (int i = 0; i < letters; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static int indexOfFirst(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no line starts with " + prefix);
    }

    /** {@code head}, then {@code count} letters A, then {@code tail}, made as read: no array of that size. */
    private static final class RepeatedLetter extends InputStream {
        private final byte[] head;
        private final byte[] tail;
        private final long count;
        private long position;

        RepeatedLetter(byte[] head, long count, byte[] tail) {
            this.head = head;
            this.count = count;
            this.tail = tail;
        }

        @Override
        public int read() {
            long total = head.length + count + tail.length;
            if (position >= total) {
                return -1;
            }
            long at = position++;
            if (at < head.length) {
                return head[(int) at];
            }
            if (at < head.length + count) {
                return 'A';
            }
            return tail[(int) (at - head.length - count)];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = 0;
            while (n < length) {
                long at = position;
                if (at >= head.length && at < head.length + count) {
                    int run = (int) Math.min(length - n, head.length + count - at);
                    java.util.Arrays.fill(buffer, offset + n, offset + n + run, (byte) 'A');
                    position += run;
                    n += run;
                    continue;
                }
                int b = read();
                if (b < 0) {
                    return n == 0 ? -1 : n;
                }
                buffer[offset + n++] = (byte) b;
            }
            return n;
        }
    }
}
