package org.ilo.sstc.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ilo.sstc.output.OutputFolderLock;

/** A stand-in for a run that dies mid-write: takes OUTDIR's lock, leaves a temporary file, waits to be killed. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        Path outDir = Path.of(args[0]);
        try (OutputFolderLock lock = OutputFolderLock.take(outDir)) {
            Files.writeString(outDir.resolve(".practices.jsonl.4242424242.tmp"), "{\"half\":");
            System.out.println("holding");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }
}
