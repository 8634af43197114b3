package org.ilo.sstc.ingest.word;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.ingest.DocumentReader;
import org.ilo.sstc.ingest.FormatDetector;
import org.ilo.sstc.ingest.SourceFile;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.SourceFormat;
import org.w3c.dom.Element;

/**
 * Reads Word 2007+ files (.docx) with Apache POI XWPF: body paragraphs and tables in document order,
 * bold, headings, list markers, hyperlinks and notes; headers, footers and picture text left out.
 * POI's zip guards stay on, so a zip bomb fails as a corrupt file instead of filling the heap.
 */
public final class DocxReader implements DocumentReader {
    /**
     * POI's own default: a part may not inflate more than a hundredfold. Tika's OOXML parser turns the
     * check off for the whole JVM when it loads, so the reader puts it back before every file.
     */
    static final double MIN_INFLATE_RATIO = 0.01;

    @Override
    public LayoutDocument read(SourceFile source) throws ExtractionException {
        Path file = source.path();
        if (source.format().mediaType().equals(FormatDetector.ENCRYPTED_OOXML)) {
            return readEncrypted(file, source.options().password());
        }
        OPCPackage pkg = open(file);
        try {
            return read(file, parse(file, pkg));
        } finally {
            // opened read-only: let go of the file without writing anything back
            pkg.revert();
        }
    }

    private static OPCPackage open(Path file) throws ExtractionException {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            // POI reports a damaged zip with several runtime exceptions (InvalidOperationException, ...)
            throw WordFiles.translate(file, e);
        }
    }

    private static XWPFDocument parse(Path file, OPCPackage pkg) throws ExtractionException {
        try {
            return new XWPFDocument(pkg);
        } catch (IOException | RuntimeException e) {
            // zip bombs, malformed XML parts and missing parts all surface here, as POIXMLException and others
            throw WordFiles.translate(file, e);
        }
    }

    /** An encrypted .docx: an OLE2 envelope whose encrypted package is the zip. */
    private static LayoutDocument readEncrypted(Path file, String password) throws ExtractionException {
        if (password == null) {
            throw new ExtractionException(file, Failure.ENCRYPTED, "password-protected Word document: "
                    + WordFiles.ASK_FOR_PASSWORD);
        }
        XWPFDocument document;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            document = decrypt(file, fs, password);
        } catch (IOException | RuntimeException e) {
            throw WordFiles.translate(file, e);
        }
        try {
            return read(file, document);
        } finally {
            document.getPackage().revert();
        }
    }

    private static XWPFDocument decrypt(Path file, POIFSFileSystem fs, String password) throws ExtractionException {
        try {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
            if (!decryptor.verifyPassword(password)) {
                throw new ExtractionException(file, Failure.ENCRYPTED, WordFiles.WRONG_PASSWORD);
            }
            try (InputStream in = decryptor.getDataStream(fs)) {
                return new XWPFDocument(in);
            }
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw WordFiles.translate(file, e);
        }
    }

    private static LayoutDocument read(Path file, XWPFDocument document) throws ExtractionException {
        try {
            XWPFStyles styleSheet = document.getStyles();
            Element styles = styleSheet == null || styleSheet.getCtStyles() == null
                    ? null : (Element) styleSheet.getCtStyles().getDomNode();
            DocxStyles docxStyles = new DocxStyles(styles);
            DocxBodyWalker walker = new DocxBodyWalker(document, docxStyles,
                    new DocxNumbering(document.getNumbering(), docxStyles));
            List<Block> blocks = SmallPrintNotes.mark(walker.walk((Element) document.getDocument().getBody().getDomNode()));
            int pages = Math.max(walker.pageCount(), declaredPages(document));
            List<String> warnings = new ArrayList<>(walker.warnings());
            int blankLinks = blankHyperlinkTargets(document);
            if (blankLinks > 0) {
                warnings.add(blankLinks + (blankLinks == 1 ? " hyperlink has" : " hyperlinks have")
                        + " an empty target and were left out (their text is kept)");
            }
            return new LayoutDocument(SourceFormat.DOCX, pages, blocks, warnings);
        } catch (POIXMLException | OpenXML4JRuntimeException e) {
            // the document is parsed; what can still fail is a part POI reads on demand (a relationship, a note)
            throw WordFiles.translate(file, e);
        }
    }

    /** Hyperlink relations of the main part whose target is empty: the link text stays, the link cannot. */
    private static int blankHyperlinkTargets(XWPFDocument document) {
        int blank = 0;
        try {
            for (PackageRelationship relation : document.getPackagePart().getRelationshipsByType(XWPFRelation.HYPERLINK.getRelation())) {
                if (relation.getTargetURI() == null || relation.getTargetURI().toString().isBlank()) {
                    blank++;
                }
            }
        } catch (InvalidFormatException e) {
            // the relations were read already to walk the body; counting them again cannot fail on the same part
        }
        return blank;
    }

    /** The page count Word saved in docProps/app.xml, 0 when absent. */
    private static int declaredPages(XWPFDocument document) {
        try {
            return Math.max(0, document.getProperties().getExtendedProperties().getPages());
        } catch (RuntimeException e) {
            // a broken app.xml must not cost the document: the counted pages stand
            return 0;
        }
    }
}
