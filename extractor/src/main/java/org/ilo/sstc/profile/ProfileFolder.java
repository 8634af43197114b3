package org.ilo.sstc.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the files of one language profile are read from: the bundled resources or a user's folder. */
abstract sealed class ProfileFolder {

    /** The bundled profile of {@code language}, under {@code org/ilo/sstc/profile/<language>/}. */
    static ProfileFolder bundled(String language) {
        return new Bundled(language);
    }

    /** The languages listed in the bundled {@code languages.txt}. */
    static List<String> bundledLanguages() {
        return sharedList("languages.txt");
    }

    /** The ISO3 codes listed in the bundled {@code territories.txt}: territories, not countries. */
    static List<String> bundledTerritories() {
        return sharedList("territories.txt");
    }

    /** The content lines of {@code file} of the bundled profiles' own folder, shared by every language. */
    private static List<String> sharedList(String file) {
        return new Bundled("").lines(file).stream().map(ProfileLine::text).toList();
    }

    /** A user's folder {@code dir} (the {@code <language>} subfolder of a {@code --profile} folder). */
    static ProfileFolder of(Path dir) {
        return new OnDisk(dir);
    }

    /**
     * The content lines of {@code file} (blank and '#' comment lines left out; a line written "\\#…" is content
     * opening with '#'), empty when the folder has no such file.
     */
    final List<ProfileLine> lines(String file) {
        List<ProfileLine> lines = new ArrayList<>();
        try (InputStream in = open(file)) {
            if (in == null) {
                return lines;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
                String stripped = text.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    // "\#" is a content line that opens with '#' (the number mark of "GOOD PRACTICE #3").
                    lines.add(new ProfileLine(stripped.startsWith("\\#") ? stripped.substring(1) : stripped, describe(file) + ":" + number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read profile file " + describe(file) + ": " + e.getMessage(), e);
        }
        return lines;
    }

    /** The stream of {@code file}, or null when there is none. */
    abstract InputStream open(String file) throws IOException;

    /** How {@code file} of this folder is named in messages. */
    abstract String describe(String file);

    private static final class Bundled extends ProfileFolder {
        /** The folder below this package's resources: a language code, or "" for the package itself. */
        private final String folder;

        Bundled(String folder) {
            this.folder = folder.isEmpty() ? "" : folder + "/";
        }

        @Override
        InputStream open(String file) {
            return ProfileFolder.class.getResourceAsStream(folder + file);
        }

        @Override
        String describe(String file) {
            return "bundled profile " + folder + file;
        }
    }

    private static final class OnDisk extends ProfileFolder {
        private final Path dir;

        OnDisk(Path dir) {
            this.dir = dir;
        }

        @Override
        InputStream open(String file) throws IOException {
            Path path = dir.resolve(file);
            return Files.isRegularFile(path) ? Files.newInputStream(path) : null;
        }

        @Override
        String describe(String file) {
            return dir.resolve(file).toString();
        }
    }
}
