package org.ilo.sstc.ingest.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.PasswordProvider;
import org.apache.tika.parser.html.HtmlMapper;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.ilo.sstc.ingest.DocumentReader;
import org.ilo.sstc.ingest.PageNumbers;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.ingest.SourceFile;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.SourceFormat;
import org.ilo.sstc.profile.Profiles;

/**
 * Reads plain text (text Tika flattened from a PDF included, artefacts handled) and every other
 * format Tika turns into text (odt, rtf, html, epub...) into a TEXT document of lines, no tables.
 * Build once: it loads Tika's parsers. Thread-safe.
 */
public final class TikaTextReader implements DocumentReader {

    private final PageNumbers pageNumbers;
    private final TextDecoder decoder;
    private final Parser parser;

    /** A reader that knows the page words of the bundled profiles. */
    public TikaTextReader() {
        this(PageNumbers.of(Profiles.bundled()));
    }

    /** A reader that tells page numbers by {@code pageNumbers}. */
    public TikaTextReader(PageNumbers pageNumbers) {
        this(pageNumbers, TikaConfig.getDefaultConfig());
    }

    /** A reader on the given Tika configuration (encoding detectors, parsers). */
    public TikaTextReader(PageNumbers pageNumbers, TikaConfig config) {
        this.pageNumbers = java.util.Objects.requireNonNull(pageNumbers, "pageNumbers");
        this.decoder = new TextDecoder(config.getEncodingDetector());
        this.parser = new AutoDetectParser(config);
    }

    @Override
    public LayoutDocument read(SourceFile source) throws ExtractionException {
        Path file = source.path();
        if (isPlainText(source.format().mediaType())) {
            TextDecoder.Decoded text = decode(file);
            LayoutDocument document = FlattenedTextParser.parse(text.text(), pageNumbers);
            return new LayoutDocument(document.format(), document.pageCount(), document.blocks(), text.warnings());
        }
        return parseWithTika(file, source.options());
    }

    /** Plain text of any kind (log, csv, markdown...) but not markup, which Tika's parsers read better. */
    private static boolean isPlainText(String mediaType) {
        MediaType type = MediaType.parse(mediaType);
        return type.getType().equals("text") && !type.getSubtype().contains("html") && !type.getSubtype().contains("xml");
    }

    private TextDecoder.Decoded decode(Path file) throws ExtractionException {
        try {
            return decoder.decode(Files.readAllBytes(file), String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw new ExtractionException(file, Failure.IO_ERROR, e.getMessage(), e);
        }
    }

    private LayoutDocument parseWithTika(Path file, ReadOptions options) throws ExtractionException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, String.valueOf(file.getFileName()));
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, new StyledHtmlMapper());
        // Pictures in a document are not its text (and OCR would take seconds each): only scans are OCRed.
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        if (options.password() != null) {
            context.set(PasswordProvider.class, m -> options.password());
        }
        XhtmlLineCollector collector = new XhtmlLineCollector();
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, collector, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(file, Failure.ENCRYPTED, e.getMessage(), e);
        } catch (ZeroByteFileException e) {
            throw new ExtractionException(file, Failure.EMPTY_FILE, null, e);
        } catch (TikaException | org.xml.sax.SAXException e) {
            throw new ExtractionException(file, Failure.CORRUPT, e.getMessage(), e);
        } catch (IOException e) {
            throw new ExtractionException(file, Failure.IO_ERROR, e.getMessage(), e);
        }
        List<Block> blocks = List.copyOf(collector.lines());
        return new LayoutDocument(SourceFormat.TEXT, 0, blocks, List.of());
    }
}
