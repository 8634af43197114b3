package org.ilo.sstc.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Test fixture: a zip bomb disguised as a Word file. */
public final class ZipBomb {
    private ZipBomb() {
    }

    /**
     * Copies the parts of {@code plainDocx} into {@code target}, its document part replaced by 50 MB of one
     * repeated letter in one run: it deflates a thousandfold.
     */
    public static Path disguisedAsDocx(Path plainDocx, Path target) throws IOException {
        try (InputStream bytes = Files.newInputStream(plainDocx);
             ZipInputStream in = new ZipInputStream(bytes);
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    writeHugeDocument(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return target;
    }

    private static void writeHugeDocument(OutputStream out) throws IOException {
        out.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'a');
        for (int i = 0; i < 50; i++) {
            out.write(chunk);
        }
        out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }
}
