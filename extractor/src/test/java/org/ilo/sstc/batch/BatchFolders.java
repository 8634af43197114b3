package org.ilo.sstc.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What batch tests share: an input folder and an output folder (not yet created) under a fresh temporary folder. */
abstract class BatchFolders {
    @TempDir
    Path dir;
    Path in;
    Path out;

    @BeforeEach
    void folders() throws Exception {
        in = Files.createDirectories(dir.resolve("in"));
        out = dir.resolve("out");
    }
}
