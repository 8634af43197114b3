package org.ilo.sstc.batch;

import java.io.PrintWriter;
import java.util.Locale;
import org.ilo.sstc.error.PrintableName;

/** One plain line per finished file, for logs and pipes where a progress bar would be noise. */
public final class LineProgress implements Progress {
    private final PrintWriter out;
    private int total;
    private int done;

    public LineProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void start(int files) {
        total = files;
    }

    @Override
    public synchronized void finished(FileOutcome outcome) {
        done++;
        String status = outcome.status().name().toLowerCase(Locale.ROOT);
        if (outcome.failed()) {
            out.printf(Locale.ROOT, "[%d/%d] %-9s %s%n", done, total, status, outcome.message());
        } else {
            out.printf(Locale.ROOT, "[%d/%d] %-9s %s (%d practices, %d warnings, %.1f s)%n", done, total, status,
                    PrintableName.of(outcome.input()), outcome.practices(), outcome.warnings(), outcome.seconds());
        }
        // Lines are for logs that someone tails while the batch runs.
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }
}
