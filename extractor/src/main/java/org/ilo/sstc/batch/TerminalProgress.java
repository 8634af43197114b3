package org.ilo.sstc.batch;

import java.io.PrintStream;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import org.ilo.sstc.error.PrintableName;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on the terminal; failures are printed above it as they happen. */
public final class TerminalProgress implements Progress {
    private final PrintStream err;
    private ProgressBar bar;

    public TerminalProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void start(int files) {
        bar = new ProgressBarBuilder()
                .setTaskName("Converting")
                .setInitialMax(files)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" files", 1)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build();
    }

    @Override
    public synchronized void finished(FileOutcome outcome) {
        if (outcome.failed()) {
            err.print("\r\033[K");
            err.println("failed: " + outcome.message());
        }
        // The name only: a whole path would squeeze the bar to nothing on a normal terminal.
        bar.setExtraMessage(PrintableName.of(String.valueOf(Path.of(outcome.input()).getFileName())));
        bar.step();
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
