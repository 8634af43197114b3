package org.ilo.sstc.worker;

import java.util.Objects;

/**
 * One file for a worker to convert.
 *
 * @param file   absolute path of the input
 * @param sha256 its hash, computed by the parent
 */
record WorkerRequest(String file, String sha256) {
    WorkerRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * How a worker reads files: the read options of the run (sent over the pipe, so that the password
     * never shows in the process list).
     *
     * @param password     password for encrypted files, or null
     * @param maxFileBytes size limit
     * @param ocr          OCR wanted
     * @param ocrMaxPages  most pages OCRed per file
     * @param profileFolder a user's folder of wordings ({@code --profile}), or null
     * @param language     the language of every document ({@code --lang}), or null to detect each one's
     * @param everyModelAtStart load every language's NER model before saying ready, not each on its first document
     */
    record Settings(String password, long maxFileBytes, boolean ocr, int ocrMaxPages, String profileFolder,
                    String language, boolean everyModelAtStart) {
    }
}
