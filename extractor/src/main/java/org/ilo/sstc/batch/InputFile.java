package org.ilo.sstc.batch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file to convert and the name its output gets.
 *
 * @param path       the input file
 * @param outputName relative output name without extension: the file name, or its path below the folder
 *                   given on the command line, so that two folders' "report.pdf" do not collide
 */
public record InputFile(Path path, String outputName) {
    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(outputName, "outputName");
    }
}
