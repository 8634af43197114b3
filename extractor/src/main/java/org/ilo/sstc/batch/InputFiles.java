package org.ilo.sstc.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Expands the command line's files and folders into the files to convert. */
public final class InputFiles {

    /** Extensions picked up when walking a folder; a file named on the command line is tried whatever its name. */
    public static final Set<String> SUPPORTED_EXTENSIONS = Set.of(
            "pdf", "docx", "doc", "txt", "odt", "rtf", "html", "htm", "xhtml", "epub", "docm", "dotx");

    private InputFiles() {
    }

    /**
     * The files to convert, folders walked recursively in name order, hidden files skipped.
     *
     * @throws IllegalArgumentException naming the first path that does not exist
     */
    public static List<InputFile> collect(List<Path> paths) {
        List<InputFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(walk(path));
            } else if (Files.exists(path)) {
                files.add(new InputFile(path, path.getFileName().toString()));
            } else {
                throw new IllegalArgumentException("input not found: " + path);
            }
        }
        return files;
    }

    private static List<InputFile> walk(Path folder) {
        try (Stream<Path> stream = Files.walk(folder)) {
            return stream.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .filter(InputFiles::isSupported)
                    .sorted()
                    .map(p -> new InputFile(p, folder.relativize(p).toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean isSupported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && SUPPORTED_EXTENSIONS.contains(name.substring(dot + 1));
    }
}
