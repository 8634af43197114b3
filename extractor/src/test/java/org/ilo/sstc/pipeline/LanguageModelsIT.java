package org.ilo.sstc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilo.sstc.entities.NlpModels;
import org.ilo.sstc.ingest.ReadOptions;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.profile.Profiles;
import org.junit.jupiter.api.Test;

/** A language's NER model costs start-up time and heap only when a document of that language comes. */
class LanguageModelsIT {

    @Test
    void anEnglishRunLoadsOnlyTheEnglishModel() throws Exception {
        NlpModels models = new NlpModels(SharedPipeline.models().forProfile(Profiles.bundled().get("en")));
        CompendiumExtractor extractor = Pipelines.standard(ReadOptions.defaults(), LanguageOptions.detect(), models);

        CompendiumDocument document = extractor.extract(SharedPipeline.sample("sstc-good-practices-2020-2021.docx"));

        assertThat(document.language()).isEqualTo("en");
        assertThat(models.loaded()).containsExactly(Profiles.bundled().get("en").nerModel());
    }
}
