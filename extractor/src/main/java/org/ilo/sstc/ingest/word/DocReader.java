package org.ilo.sstc.ingest.word;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.ingest.DocumentReader;
import org.ilo.sstc.ingest.ParserFault;
import org.ilo.sstc.ingest.SourceFile;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.SourceFormat;

/**
 * Reads Word 97-2003 files (.doc) with Apache POI HWPF: paragraphs and tables in order, bold,
 * headings, list markers, hyperlink fields and notes; headers, footers and text boxes left out.
 */
public final class DocReader implements DocumentReader {
    @Override
    public LayoutDocument read(SourceFile source) throws ExtractionException {
        Path file = source.path();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new ExtractionException(file, Failure.UNSUPPORTED_FORMAT, "an OLE2 file that is not a Word document");
            }
            HWPFDocument document = open(file, fs, source.options().password());
            DocBodyWalker walker = new DocBodyWalker(document);
            List<Block> blocks = SmallPrintNotes.mark(walker.walk());
            int pages = Math.max(walker.pageCount(), declaredPages(document));
            return new LayoutDocument(SourceFormat.DOC, pages, blocks, List.of());
        } catch (IOException e) {
            throw WordFiles.translate(file, e);
        } catch (RuntimeException e) {
            // HWPF reads lazily and reports damage with any runtime exception, during the walk as well; ours are bugs
            if (ParserFault.fromParser(e)) {
                throw WordFiles.translate(file, e);
            }
            throw e;
        }
    }

    private static HWPFDocument open(Path file, POIFSFileSystem fs, String password) throws IOException, ExtractionException {
        // HWPF takes the password of an encrypted .doc from this thread-local only
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try {
            return new HWPFDocument(fs.getRoot());
        } catch (EncryptedDocumentException e) {
            String detail = password == null ? WordFiles.ASK_FOR_PASSWORD : WordFiles.WRONG_PASSWORD;
            throw new ExtractionException(file, Failure.ENCRYPTED, detail, e);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** The page count Word saved in the summary information, 0 when absent. */
    private static int declaredPages(HWPFDocument document) {
        SummaryInformation summary = document.getSummaryInformation();
        return summary == null ? 0 : Math.max(0, summary.getPageCount());
    }
}
