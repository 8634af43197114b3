package org.ilo.sstc.ingest;

/**
 * How readers open files.
 *
 * @param password     password for encrypted PDFs, or null
 * @param maxFileBytes files larger than this are refused (guards memory in batch runs)
 * @param ocr          whether to try OCR (through Tika and Tesseract) on pages without a text layer
 */
public record ReadOptions(String password, long maxFileBytes, boolean ocr) {

    /** 200 MB: far above any compendium (the 44-page sample is 250 kB), far below the heap. */
    public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;

    public ReadOptions {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be > 0, but is " + maxFileBytes);
        }
    }

    /** No password, the default size limit, OCR when available. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, DEFAULT_MAX_FILE_BYTES, true);
    }
}
