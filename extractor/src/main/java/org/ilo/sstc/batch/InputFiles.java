package org.ilo.sstc.batch;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Expands the command line's files and folders into the files to convert, and the folder entries left out. */
public final class InputFiles {

    /** Extensions picked up when walking a folder; a file named on the command line is tried whatever its name. */
    public static final Set<String> SUPPORTED_EXTENSIONS = Set.of(
            "pdf", "docx", "doc", "txt", "odt", "rtf", "html", "htm", "xhtml", "epub", "docm", "dotx");

    /**
     * What the command line names.
     *
     * @param files   the files to convert, in order
     * @param leftOut folder entries not converted nor tried (links to folders, loops, dangling links,
     *                unreadable folders, devices), each with the reason; files of other extensions are not listed
     */
    public record Selection(List<InputFile> files, List<LeftOutInput> leftOut) {
        public Selection {
            files = List.copyOf(files);
            leftOut = List.copyOf(leftOut);
        }
    }

    private InputFiles() {
    }

    /**
     * The files to convert, folders walked recursively in name order, hidden files skipped.
     *
     * @throws IllegalArgumentException naming the first path that does not exist
     */
    public static List<InputFile> collect(List<Path> paths) {
        return select(paths).files();
    }

    /**
     * The files to convert and the folder entries left out, folders walked recursively in name order
     * without following links to folders, hidden files skipped.
     *
     * @throws IllegalArgumentException naming the first path that does not exist
     */
    public static Selection select(List<Path> paths) {
        List<InputFile> files = new ArrayList<>();
        List<LeftOutInput> leftOut = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                walk(path, files, leftOut);
            } else if (Files.exists(path)) {
                files.add(new InputFile(path, path.getFileName().toString()));
            } else {
                throw new IllegalArgumentException("input not found: " + path);
            }
        }
        return new Selection(files, leftOut);
    }

    private static void walk(Path folder, List<InputFile> files, List<LeftOutInput> leftOut) {
        List<InputFile> found = new ArrayList<>();
        List<LeftOutInput> left = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(folder) && isHidden(folder.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (isHidden(folder.relativize(file))) {
                        return FileVisitResult.CONTINUE;
                    }
                    String why = whyLeftOut(file, attributes);
                    if (why != null) {
                        left.add(new LeftOutInput(file.toString(), why));
                    } else if (Files.isRegularFile(file) && isSupported(file)) {
                        found.add(new InputFile(file, folder.relativize(file).toString()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!isHidden(folder.relativize(file))) {
                        left.add(new LeftOutInput(file.toString(), e instanceof FileSystemLoopException
                                ? "a link loop" : "cannot be read: " + e.getMessage()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            left.add(new LeftOutInput(folder.toString(), "cannot be read: " + e.getMessage()));
        }
        found.sort(Comparator.comparing(InputFile::path));
        left.sort(Comparator.comparing(LeftOutInput::path));
        files.addAll(found);
        leftOut.addAll(left);
    }

    /** Why a folder entry that is no plain file is left out, or null when it is a file (or a link to one). */
    private static String whyLeftOut(Path entry, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            if (!Files.exists(entry)) {
                return "a dangling link (its target does not exist)";
            }
            if (Files.isDirectory(entry)) {
                return isLoop(entry) ? "a link loop (it points to a folder that holds it)" : "a link to a folder (not followed)";
            }
            return null;
        }
        if (attributes.isOther()) {
            return "not a regular file (a device, pipe or socket)";
        }
        return null;
    }

    private static boolean isLoop(Path link) {
        try {
            Path target = link.toRealPath();
            return link.toAbsolutePath().getParent().toRealPath().startsWith(target);
        } catch (IOException e) {
            return false;
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
