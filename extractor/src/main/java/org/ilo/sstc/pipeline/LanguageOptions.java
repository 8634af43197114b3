package org.ilo.sstc.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import org.ilo.sstc.entities.CoreNlpEntityRecognizer;
import org.ilo.sstc.fields.TemplateFieldMapper;
import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.profile.Profiles;

/**
 * Which vocabularies the extractor reads compendia with.
 *
 * @param profileFolder  the user's {@code --profile} folder the profiles were read with, or null
 * @param profiles       the language profiles: the bundled ones, extended by that folder
 * @param forcedLanguage the ISO 639-1 language of every document ({@code --lang}), or null to detect each one's
 */
public record LanguageOptions(Path profileFolder, Profiles profiles, String forcedLanguage) {

    public LanguageOptions {
        Objects.requireNonNull(profiles, "profiles");
        if (forcedLanguage != null) {
            profiles.get(forcedLanguage);
        }
    }

    /** The bundled profiles, each document's language detected. */
    public static LanguageOptions detect() {
        return new LanguageOptions(null, Profiles.bundled(), null);
    }

    /**
     * The bundled profiles extended by {@code profileFolder} (may be null), every document read as
     * {@code language} (null to detect); fails with a message naming a bad file and line, or the unknown language.
     */
    public static LanguageOptions of(Path profileFolder, String language) {
        Profiles profiles = Profiles.load(profileFolder);
        if (profileFolder != null) {
            // A user's bad line is wrong usage now, not a failure of the first document of its language later.
            for (CompendiumProfile profile : profiles.all()) {
                new TemplateFieldMapper(profile);
                CoreNlpEntityRecognizer.checkProfile(profile);
            }
        }
        return new LanguageOptions(profileFolder, profiles, language);
    }
}
