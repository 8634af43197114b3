package org.ilo.sstc.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Plain Tika text extraction of a file, the baseline issue 4 measures the pipeline against. */
final class TikaBaseline {
    private final AutoDetectParser parser = new AutoDetectParser();

    /** Prints the length of the text of the file {@code args[0]}: plain Tika as a whole process, for {@link ColdStart}. */
    public static void main(String[] args) throws IOException {
        System.out.println(new TikaBaseline().extract(Path.of(args[0])).length());
    }

    /** The file's text as Tika's default parsers give it, OCR off (it would time Tesseract, not Tika). */
    String extract(Path file) throws IOException {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        BodyContentHandler text = new BodyContentHandler(-1);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, text, new Metadata(), context);
        } catch (SAXException | TikaException e) {
            throw new IOException("Tika cannot read " + file + ": " + e.getMessage(), e);
        }
        return text.toString();
    }
}
