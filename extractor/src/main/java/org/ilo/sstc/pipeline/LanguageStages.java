package org.ilo.sstc.pipeline;

import java.util.Objects;
import org.ilo.sstc.entities.EntityRecognizer;
import org.ilo.sstc.fields.FieldMapper;
import org.ilo.sstc.profile.CompendiumProfile;

/**
 * The stages that read a document in its language, built once per language and shared by every file
 * and thread.
 *
 * @param profile    the language's vocabulary
 * @param mapper     practice to template fields
 * @param recognizer fields to entities
 */
public record LanguageStages(CompendiumProfile profile, FieldMapper mapper, EntityRecognizer recognizer) {
    public LanguageStages {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(recognizer, "recognizer");
    }
}
