package org.ilo.sstc.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.ilo.sstc.output.JsonDocumentWriter;
import org.ilo.sstc.pipeline.CompendiumExtractor;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.pipeline.Pipelines;

/**
 * The whole pipeline on bytes: the front door detects the format, a reader reads it, the later stages
 * and the schema check run. The property: a schema-valid document or one of our failure causes.
 */
class PipelineFuzzIT {
    // OCR off: a mutated PDF without text would otherwise spend seconds per input in Tesseract, not in our code.
    private static final CompendiumExtractor EXTRACTOR = Pipelines.standard(
            new ReadOptions(null, ReadOptions.DEFAULT_MAX_FILE_BYTES, false));
    private static final JsonDocumentWriter WRITER = new JsonDocumentWriter();

    @FuzzTest(maxDuration = "5m")
    void bytes(byte[] bytes) {
        // No name hints at a format: the content alone decides, as for a file named on the command line.
        FuzzProperty.holds(bytes, "bin", file -> WRITER.encode(EXTRACTOR.extract(file)));
    }
}
