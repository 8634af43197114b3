package org.ilo.sstc.ingest.pdf;

import org.ilo.sstc.ingest.PageNumbers;
import org.ilo.sstc.profile.Profiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.ingest.DocumentReader;
import org.ilo.sstc.ingest.ParserFault;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.ingest.SourceFile;
import org.ilo.sstc.layout.LayoutDocument;

/**
 * Reads a PDF into the neutral model from the positions of its characters and the lines it draws:
 * visual lines with bold prefix and size, bordered (or aligned) tables as rows of cells, hyperlinks on
 * the lines they cover, footnotes apart, page numbers and running headers removed.
 */
public final class PdfLayoutReader implements DocumentReader {

    /** How far from the end of the file the end-of-file marker must be found. */
    private static final int EOF_WINDOW = 1024;

    private final PageNumbers pageNumbers;

    /** A reader that knows the page words of the bundled profiles. */
    public PdfLayoutReader() {
        this(PageNumbers.of(Profiles.bundled()));
    }

    /** A reader that tells page numbers in the margins by {@code pageNumbers}. */
    public PdfLayoutReader(PageNumbers pageNumbers) {
        this.pageNumbers = Objects.requireNonNull(pageNumbers, "pageNumbers");
    }

    @Override
    public LayoutDocument read(SourceFile source) throws ExtractionException {
        Path file = source.path();
        ReadOptions options = source.options();
        long size = source.bytes();
        List<String> warnings = new ArrayList<>();
        if (!endsWithEofMarker(file, size)) {
            // PDFBox salvages what it can from a cut-off file without a word; the user should hear of it.
            warnings.add("the file ends without %%EOF (cut off?); the text is what could be salvaged");
        }
        try (PDDocument document = open(file, options.password())) {
            return read(file, document, warnings);
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(file, Failure.ENCRYPTED, options.password() == null
                    ? "give the password with --password"
                    : "the password is wrong; give the password with --password", e);
        } catch (IOException e) {
            throw new ExtractionException(file, Failure.CORRUPT, e.getMessage(), e);
        } catch (RuntimeException e) {
            // PDFBox reports damage deeper in with unchecked exceptions too; ours are bugs, not the file's fault.
            if (ParserFault.fromParser(e)) {
                throw new ExtractionException(file, Failure.CORRUPT, e.getMessage() != null ? e.getMessage() : e.toString(), e);
            }
            throw e;
        }
    }

    /**
     * Opens the file with the password given, or with none when that fails: in a batch the password
     * meant for one file must not lock out the many that only restrict printing (empty user password).
     */
    private static PDDocument open(Path file, String password) throws IOException {
        if (password == null || password.isEmpty()) {
            return Loader.loadPDF(file.toFile(), "");
        }
        try {
            return Loader.loadPDF(file.toFile(), password);
        } catch (InvalidPasswordException e) {
            try {
                return Loader.loadPDF(file.toFile(), "");
            } catch (InvalidPasswordException again) {
                throw e;
            }
        }
    }

    private static boolean endsWithEofMarker(Path file, long size) throws ExtractionException {
        int window = (int) Math.min(size, EOF_WINDOW);
        byte[] tail = new byte[window];
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(size - window);
            in.readFully(tail);
        } catch (IOException e) {
            throw new ExtractionException(file, Failure.IO_ERROR, e.getMessage(), e);
        }
        return new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    /** The page's rulings; a page whose drawing cannot be read loses its borders, not its text. */
    private static List<Ruling> rulings(GlyphCollector.PageMarks marks, int number, List<String> warnings) {
        if (marks.drawingFailure() != null) {
            warnings.add("page " + number + ": cannot read its drawing (" + marks.drawingFailure()
                    + "); its tables are found from text alignment only");
        }
        return marks.rulings();
    }

    /** The page's link annotations; a damaged annotation list loses the links, not the text. */
    private static List<LinkArea> links(PDPage page, int number, List<String> warnings) {
        try {
            return LinkArea.of(page);
        } catch (IOException | RuntimeException e) {
            warnings.add("page " + number + ": cannot read its links (" + e.getMessage() + ")");
            return List.of();
        }
    }

    private LayoutDocument read(Path file, PDDocument document, List<String> warnings)
            throws IOException, ExtractionException {
        int pageCount = document.getNumberOfPages();
        if (pageCount == 0) {
            throw new ExtractionException(file, Failure.CORRUPT, "the document has no pages");
        }
        Map<Integer, GlyphCollector.PageMarks> marks = new GlyphCollector().collect(document);
        List<PageContent> pages = new ArrayList<>();
        PageAnalyser analyser = new PageAnalyser(pageNumbers);
        boolean anyText = false;
        for (int number = 1; number <= pageCount; number++) {
            PDPage page = document.getPage(number - 1);
            GlyphCollector.PageMarks pageMarks = marks.getOrDefault(number, GlyphCollector.PageMarks.EMPTY);
            if (pageMarks.sidewaysCount() > 0) {
                warnings.add("page " + number + ": " + pageMarks.sidewaysCount()
                        + " characters set sideways were left out");
            }
            if (!pageMarks.hasText()) {
                warnings.add("page " + number + " has no text layer (scanned?); its content is missing");
                pages.add(analyser.analyse(number, PageFrame.of(page), List.of(), List.of(), List.of()));
                continue;
            }
            anyText = true;
            pages.add(analyser.analyse(number, PageFrame.of(page), pageMarks.glyphs(),
                    rulings(pageMarks, number, warnings), links(page, number, warnings)));
        }
        if (!anyText) {
            throw new ExtractionException(file, Failure.NO_TEXT, pageCount + (pageCount == 1 ? " page" : " pages")
                    + " without any text");
        }
        return LayoutAssembler.assemble(pageCount, pages, warnings, pageNumbers);
    }
}
