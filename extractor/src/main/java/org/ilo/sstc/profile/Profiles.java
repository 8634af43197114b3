package org.ilo.sstc.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The language profiles the extractor knows: the bundled ones ({@code en es fr pt}), each extended by
 * the matching subfolder of a user's {@code --profile} folder, plus any new language that folder
 * defines. Immutable.
 */
public final class Profiles {

    /** The languages shipped in the jar ({@code languages.txt}), in the order ties are broken. */
    public static final List<String> BUNDLED = ProfileFolder.bundledLanguages();

    private final Map<String, CompendiumProfile> byLanguage;
    private final List<String> order;

    private Profiles(Map<String, CompendiumProfile> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
        this.order = List.copyOf(byLanguage.keySet());
    }

    private static final class Bundled {
        static final Profiles PROFILES = read(null);
    }

    /** The bundled profiles alone (read once per process). */
    public static Profiles bundled() {
        return Bundled.PROFILES;
    }

    /**
     * The bundled profiles extended by {@code userFolder} (may be null): its subfolder {@code es/} adds to
     * the Spanish profile, a subfolder named after another ISO 639-1 code with a {@code profile.properties}
     * defines a new language. Fails with a message naming the file and line of a bad entry.
     */
    public static Profiles load(Path userFolder) {
        return userFolder == null ? bundled() : read(userFolder);
    }

    private static Profiles read(Path userFolder) {
        Map<String, List<ProfileFolder>> folders = new LinkedHashMap<>();
        if (userFolder != null) {
            for (String language : languageFolders(userFolder)) {
                folders.computeIfAbsent(language, k -> new ArrayList<>()).add(ProfileFolder.of(userFolder.resolve(language)));
            }
        }
        Map<String, CompendiumProfile> profiles = new LinkedHashMap<>();
        Set<String> languages = new LinkedHashSet<>(BUNDLED);
        languages.addAll(folders.keySet());
        for (String language : languages) {
            List<ProfileFolder> sources = new ArrayList<>(folders.getOrDefault(language, List.of()));
            if (BUNDLED.contains(language)) {
                sources.add(ProfileFolder.bundled(language));
            }
            profiles.put(language, ProfileReader.read(language, sources));
        }
        return new Profiles(profiles);
    }

    private static List<String> languageFolders(Path userFolder) {
        if (!Files.isDirectory(userFolder)) {
            throw new IllegalArgumentException("profile folder " + userFolder + " is not a folder");
        }
        List<String> languages = new ArrayList<>();
        try (Stream<Path> children = Files.list(userFolder)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (Files.isDirectory(child) && name.matches("[a-z]{2}")) {
                    languages.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read profile folder " + userFolder + ": " + e.getMessage(), e);
        }
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("profile folder " + userFolder
                    + " has no language subfolder: put the files in a subfolder named after the language, e.g. "
                    + userFolder.resolve("es").resolve("labels.txt"));
        }
        return languages;
    }

    /** The profile of {@code language}; fails naming the known languages when there is none. */
    public CompendiumProfile get(String language) {
        CompendiumProfile profile = byLanguage.get(language);
        if (profile == null) {
            throw new IllegalArgumentException("no profile for language '" + language + "'; known: " + String.join(", ", order));
        }
        return profile;
    }

    /** Every profile, bundled languages first. */
    public List<CompendiumProfile> all() {
        return order.stream().map(byLanguage::get).toList();
    }

    /** The words of {@code set} in every language, without repeats: for stages that run before the language is known. */
    public List<String> union(WordSet set) {
        Set<String> words = new LinkedHashSet<>();
        for (CompendiumProfile profile : all()) {
            words.addAll(profile.words(set));
        }
        return List.copyOf(words);
    }
}
