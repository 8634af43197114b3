package org.ilo.sstc.bench;

/**
 * What the benchmark measured for one file.
 *
 * @param name           the file's name
 * @param pages          its pages (0 for text without page marks)
 * @param practices      practices found
 * @param stages         median seconds per stage, one thread, warm
 * @param tika           median seconds of plain Tika text extraction of the same file
 * @param tokens         tokens the NER pipeline sees in the practices' text
 * @param secondsPerFile wall-clock seconds per copy when many copies run on the thread pool
 */
record FileFigures(String name, int pages, int practices, StageTimes stages, double tika, int tokens,
                   double secondsPerFile) {

    /** Stages but entities over plain Tika: the "within 2×" figure. */
    double ratioToTika() {
        return stages.withoutEntities() / tika;
    }

    /** NER tokens per second of the entities stage. */
    double tokensPerSecond() {
        return tokens / stages.entities();
    }
}
