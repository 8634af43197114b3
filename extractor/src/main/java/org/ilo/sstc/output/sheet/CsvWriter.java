package org.ilo.sstc.output.sheet;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.output.AtomicFile;

/**
 * Writes the practices sheet alone as CSV: RFC 4180 (comma, CRLF, double quotes), UTF-8 with a byte
 * order mark so that spreadsheet programs read accents. Text is quoted and null left empty and unquoted,
 * so that a reader can still tell the JSON's {@code ""} from {@code null}. Written atomically.
 */
public final class CsvWriter {

    /** The format written: RFC 4180, every non-null value quoted, null as nothing. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setNullString("")
            .get();

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Writes the practices of {@code documents}, read one at a time, to {@code target}. */
    public void write(Iterable<CompendiumDocument> documents, Path target) throws IOException {
        AtomicFile.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BYTE_ORDER_MARK);
            CSVPrinter csv = new CSVPrinter(writer, FORMAT);
            csv.printRecord(Tables.PRACTICES.headers());
            for (CompendiumDocument document : documents) {
                for (Tables.PracticeRow row : Tables.PRACTICES.rowsOf(document)) {
                    csv.printRecord(Tables.PRACTICES.values(row));
                }
            }
            csv.flush();
        });
    }
}
