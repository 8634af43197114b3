package org.ilo.sstc.ingest.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.ingest.Admitted;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.ingest.ZipBomb;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.SourceFormat;
import org.ilo.sstc.layout.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxReaderFailureTest {
    @TempDir
    Path dir;

    private Path plainDocx() throws IOException {
        try (DocxFixture f = new DocxFixture()) {
            f.labelled("Author’s name: ", "Jane Example");
            f.text("Some text of the practice.");
            return f.save(dir, "plain.docx");
        }
    }

    private ExtractionException failure(Path file, ReadOptions options) {
        return catchThrowableOfType(ExtractionException.class, () -> Admitted.read(new DocxReader(), file, options));
    }

    private Path encrypted(Path plain) throws Exception {
        Path file = dir.resolve("protected.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("s3cret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    @Test
    void passwordProtectedDocxFailsAsEncrypted() throws Exception {
        Path file = encrypted(plainDocx());
        ExtractionException e = failure(file, ReadOptions.defaults());

        assertThat(e.failure()).isEqualTo(Failure.ENCRYPTED);
        assertThat(e.getMessage()).startsWith("protected.docx: encrypted document").doesNotContain("\n");
    }

    @Test
    void passwordProtectedDocxOpensWithItsPassword() throws Exception {
        Path file = encrypted(plainDocx());
        LayoutDocument document = Admitted.read(new DocxReader(), file,
                new ReadOptions("s3cret", ReadOptions.DEFAULT_MAX_FILE_BYTES, false));

        assertThat(((TextLine) document.blocks().get(0)).text()).isEqualTo("Author’s name: Jane Example");
    }

    @Test
    void truncatedDocxFailsAsCorruptNamingTheFile() throws Exception {
        byte[] whole = Files.readAllBytes(plainDocx());
        Path file = Files.write(dir.resolve("truncated.docx"), Arrays.copyOf(whole, whole.length / 2));
        ExtractionException e = failure(file, ReadOptions.defaults());

        assertThat(e.failure()).isEqualTo(Failure.CORRUPT);
        assertThat(e.getMessage()).startsWith("truncated.docx: corrupt or truncated file: ").doesNotContain("\n");
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void zipBombDisguisedAsDocxFailsAsCorruptSayingZipBomb() throws Exception {
        Path file = ZipBomb.disguisedAsDocx(plainDocx(), dir.resolve("bomb.docx"));
        // Tika's OOXML parser switches POI's zip-bomb guard off for the whole JVM when it loads, as the
        // standard pipeline does before any docx is read: the reader must still refuse the bomb.
        new org.apache.tika.parser.microsoft.ooxml.OOXMLParser();
        ExtractionException e = failure(file, ReadOptions.defaults());

        assertThat(e.failure()).isEqualTo(Failure.CORRUPT);
        assertThat(e.getMessage()).contains("zip bomb").doesNotContain("\n");
    }

    @Test
    void emptyFileFailsAsEmpty() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.docx"));

        assertThat(failure(file, ReadOptions.defaults()).failure()).isEqualTo(Failure.EMPTY_FILE);
    }

    @Test
    void fileOverTheSizeLimitFailsAsTooLarge() throws Exception {
        Path file = plainDocx();

        assertThat(failure(file, new ReadOptions(null, 100, false)).failure()).isEqualTo(Failure.TOO_LARGE);
    }

    @Test
    void textFileNamedDocxIsDetectedAsTextAndNeverReachesTheWordReader() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.docx"), "just some text, not a Word file");

        assertThat(Admitted.file(file).format().format()).isEqualTo(SourceFormat.TEXT);
    }

    @Test
    void missingFileFailsAsIoError() {
        assertThat(failure(dir.resolve("absent.docx"), ReadOptions.defaults()).failure()).isEqualTo(Failure.IO_ERROR);
    }
}
