package org.ilo.sstc.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.CompendiumJson;
import org.ilo.sstc.output.html.IndexPageWriter;
import org.ilo.sstc.output.html.PageImages;
import org.ilo.sstc.output.html.ReviewPageWriter;
import org.ilo.sstc.output.sheet.CsvWriter;
import org.ilo.sstc.output.sheet.WorkbookWriter;

/**
 * The outputs for the people who check and use a conversion, made from the JSON documents themselves:
 * per input {@code <input>.html}, {@code .xlsx}, {@code .csv} beside its {@code .json}; per batch
 * {@code index.html}, {@code practices.xlsx}, {@code practices.csv}. Each is written atomically. Thread-safe.
 */
public final class ReviewOutputs {

    /** The batch's workbook of every practice. */
    public static final String PRACTICES_XLSX = "practices.xlsx";
    /** The batch's CSV of every practice. */
    public static final String PRACTICES_CSV = "practices.csv";

    /** Longest time spent on the page pictures of one file. */
    private static final Duration PICTURE_BUDGET = Duration.ofMinutes(2);

    /**
     * Which outputs to write.
     *
     * @param html     review pages and the batch's index page
     * @param xlsx     workbooks
     * @param csv      CSV of the practices
     * @param pageDpi  resolution of the page pictures in review pages; 0 for none
     * @param password password of encrypted PDFs (to draw their pages), or null
     */
    public record Options(boolean html, boolean xlsx, boolean csv, int pageDpi, String password) {
        /** No outputs beyond the JSON. */
        public static Options none() {
            return new Options(false, false, false, 0, null);
        }
    }

    private final Options options;
    private final ReviewPageWriter pages;
    private final WorkbookWriter workbooks = new WorkbookWriter();
    private final CsvWriter csv = new CsvWriter();

    public ReviewOutputs(Options options) {
        this.options = options;
        this.pages = new ReviewPageWriter(new PageImages(options.pageDpi(), options.password(), PICTURE_BUDGET));
    }

    /** Writes the outputs of one input; {@code base} is its JSON's path without {@code .json}. */
    public void writeInput(CompendiumDocument document, Path source, Path base) throws IOException {
        if (options.html()) {
            pages.write(document, source, beside(base, ".html"));
        }
        if (options.xlsx()) {
            workbooks.write(List.of(document), beside(base, ".xlsx"));
        }
        if (options.csv()) {
            csv.write(List.of(document), beside(base, ".csv"));
        }
    }

    /** Writes the batch's outputs from its summary (as written to summary.json) and the documents it lists. */
    public void writeBatch(JsonNode summary, Path outputDir) throws IOException {
        List<Path> documents = new ArrayList<>();
        summary.path("outcomes").forEach(o -> {
            if (o.path("output").isTextual()) {
                documents.add(Path.of(o.path("output").asText()));
            }
        });
        try {
            if (options.xlsx()) {
                workbooks.write(read(documents), outputDir.resolve(PRACTICES_XLSX));
            }
            if (options.csv()) {
                csv.write(read(documents), outputDir.resolve(PRACTICES_CSV));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (options.html()) {
            new IndexPageWriter().write(summary, outputDir);
        }
    }

    private static Path beside(Path base, String extension) {
        return base.resolveSibling(base.getFileName() + extension);
    }

    /** The documents, each read from its JSON when it is reached: a long batch is never in memory at once. */
    private static Iterable<CompendiumDocument> read(List<Path> files) {
        return () -> new Iterator<>() {
            private final Iterator<Path> next = files.iterator();

            @Override
            public boolean hasNext() {
                return next.hasNext();
            }

            @Override
            public CompendiumDocument next() {
                Path file = next.next();
                try {
                    return CompendiumJson.mapper().readValue(file.toFile(), CompendiumDocument.class);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read back " + file + ": " + e.getMessage(), e);
                }
            }
        };
    }
}
