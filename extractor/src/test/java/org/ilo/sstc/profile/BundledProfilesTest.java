package org.ilo.sstc.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every bundled language is complete: a profile that misses a list silently reads its documents as English would. */
class BundledProfilesTest {

    /** Sets a language may leave empty: English has no demonym that reads as a country, no adjective after a role. */
    private static final Set<WordSet> OPTIONAL = EnumSet.of(WordSet.DEMONYMS, WordSet.ROLE_QUALIFIERS);

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "pt"})
    void everyWordListOfTheLanguageHasWords(String language) {
        CompendiumProfile profile = Profiles.bundled().get(language);
        for (WordSet set : WordSet.values()) {
            if (!OPTIONAL.contains(set)) {
                assertThat(profile.words(set)).as(language + " [" + set.section() + "]").isNotEmpty();
            }
        }
        assertThat(profile.labels()).isNotEmpty();
        assertThat(profile.countryNames()).isNotEmpty();
        assertThat(profile.regions()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "pt"})
    void theNerModelOfTheLanguageIsOnTheClasspath(String language) {
        CompendiumProfile profile = Profiles.bundled().get(language);
        assertThat(profile.nerModel()).isNotNull();
        assertThat(getClass().getClassLoader().getResource(profile.nerModel())).as(profile.nerModel()).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({"es, y", "fr, et", "pt, e"})
    void theFirstConnectorIsTheLanguagesAnd(String language, String and) {
        // The gazetteer writes the JDK's "&" ("Trinidad & Tobago") with it.
        assertThat(Profiles.bundled().get(language).words(WordSet.CONNECTORS).get(0)).isEqualTo(and);
    }
}
