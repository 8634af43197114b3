package org.ilo.sstc.batch;

/** Reports a batch's progress as files finish. Implementations are called from worker threads. */
public interface Progress extends AutoCloseable {

    /** Called once before the first file. */
    void start(int files);

    /** Called as each file finishes, in completion order. */
    void finished(FileOutcome outcome);

    @Override
    void close();
}
