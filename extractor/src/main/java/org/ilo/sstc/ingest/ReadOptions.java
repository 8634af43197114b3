package org.ilo.sstc.ingest;

/**
 * How readers open files.
 *
 * @param password     password for encrypted PDFs, or null
 * @param maxFileBytes files larger than this are refused (guards memory in batch runs)
 * @param ocr          whether to try OCR (through Tika and Tesseract) on pages without a text layer
 * @param ocrMaxPages  most pages of one file read by OCR; the rest are left out with a warning
 */
public record ReadOptions(String password, long maxFileBytes, boolean ocr, int ocrMaxPages) {

    /** 200 MB: far above any compendium (the 44-page sample is 250 kB), far below the heap. */
    public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;
    /** 100 pages: a scanned compendium of 44 pages fits twice; OCR takes about 2 s a page on two cores. */
    public static final int DEFAULT_OCR_MAX_PAGES = 100;

    public ReadOptions {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be > 0, but is " + maxFileBytes);
        }
        if (ocrMaxPages < 1) {
            throw new IllegalArgumentException("ocrMaxPages must be >= 1, but is " + ocrMaxPages);
        }
    }

    /** Options with the default OCR page limit. */
    public ReadOptions(String password, long maxFileBytes, boolean ocr) {
        this(password, maxFileBytes, ocr, DEFAULT_OCR_MAX_PAGES);
    }

    /** No password, the default size limit, OCR when available. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, DEFAULT_MAX_FILE_BYTES, true);
    }
}
