package org.ilo.sstc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ilo.sstc.pipeline.CompendiumDocx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's --profile folder changes what the extractor reads, without a rebuild; a bad line in it is wrong usage. */
class ProfileFolderIT {

    @TempDir
    static Path dir;

    private static Path compendium;

    @BeforeAll
    static void writeCompendium() throws Exception {
        // "What changed" is a results label no bundled profile knows, by wording or by keyword.
        compendium = new CompendiumDocx()
                .bold("GOOD PRACTICE 1 – ASIA – Harbour apprenticeships")
                .meta("Author’s name: ", "Jane Example")
                .meta("Countries involved: ", "Nepal and Bhutan")
                .row("Objectives", "Train harbour workers in safe loading.")
                .row("What changed", "- Two hundred workers trained.")
                .row("Contact details", "Jane Example, jane@example.org")
                .write(Files.createDirectories(dir.resolve("in")).resolve("harbour.docx"));
    }

    private static JsonNode practice(Path out) throws Exception {
        return new ObjectMapper().readTree(out.resolve("harbour.docx.json").toFile()).path("practices").get(0);
    }

    @Test
    void aWordingAddedInTheProfileFolderMapsTheLabelOnlyWithTheFolder() throws Exception {
        Cli.Result without = Cli.extract(compendium, dir.resolve("out-bundled"));
        assertThat(without.exitCode()).isZero();
        JsonNode bundled = practice(dir.resolve("out-bundled"));
        assertThat(bundled.path("sections").path("results").isNull()).isTrue();
        assertThat(bundled.path("otherSections").get(0).path("label").asText()).isEqualTo("What changed");

        Path profile = Files.createDirectories(dir.resolve("my-wordings").resolve("en"));
        Files.writeString(profile.resolve("labels.txt"), "# our office's wording\nsynonym\tRESULTS\tWhat changed\n");
        Cli.Result with = Cli.extract(compendium, dir.resolve("out-mine"), "--profile", dir.resolve("my-wordings").toString());

        assertThat(with.exitCode()).isZero();
        JsonNode mine = practice(dir.resolve("out-mine"));
        assertThat(mine.path("sections").path("results").asText()).isEqualTo("- Two hundred workers trained.");
        assertThat(mine.path("otherSections")).isEmpty();
        assertThat(mine.path("sections").path("objectives").asText()).isEqualTo("Train harbour workers in safe loading.");
    }

    @Test
    void aFolderWithAProfilePropertiesFileAddsALanguage() throws Exception {
        Path italian = Files.createDirectories(dir.resolve("italiano").resolve("it"));
        // No ner.model: persons come from the author field and the contacts.
        Files.writeString(italian.resolve("profile.properties"), "name=Italiano\n");
        Files.writeString(italian.resolve("words.txt"), String.join("\n", "[heading-words]", "BUONA PRATICA",
                "[heading-regions]", "AFRICA", "[connectors]", "e", "[articles]", "il", "la", "[stopwords]",
                "il", "della", "degli", "che", "per", "sono", "gli", ""));
        Files.writeString(italian.resolve("labels.txt"), String.join("\n", "synonym\tAUTHOR\tAutore",
                "synonym\tCOUNTRIES_INVOLVED\tPaesi coinvolti", "synonym\tOBJECTIVES\tObiettivi",
                "synonym\tRESULTS\tRisultati", "synonym\tCONTACT_DETAILS\tContatti", ""));
        Files.writeString(italian.resolve("country-names.tsv"), "ETH\tEtiopia\tname\n");
        Path file = new CompendiumDocx()
                .bold("BUONA PRATICA 1 – AFRICA – Cooperative agricole")
                .meta("Autore: ", "Giulia Bianchi")
                .meta("Paesi coinvolti: ", "Etiopia e il Kenya")
                .row("Obiettivi", "Formare i giovani delle cooperative che sono nate con il progetto.")
                .row("Risultati", "- Sono state create venti cooperative per gli agricoltori della regione.")
                .row("Contatti", "Giulia Bianchi, bianchi@example.org")
                .write(dir.resolve("in").resolve("cooperative.docx"));

        Cli.Result result = Cli.extract(file, dir.resolve("out-it"), "--profile", dir.resolve("italiano").toString());

        assertThat(result.exitCode()).isZero();
        JsonNode document = new ObjectMapper().readTree(dir.resolve("out-it").resolve("cooperative.docx.json").toFile());
        assertThat(document.path("language").asText()).isEqualTo("it");
        JsonNode practice = document.path("practices").get(0);
        assertThat(practice.path("region").asText()).isEqualTo("AFRICA");
        assertThat(practice.path("author").asText()).isEqualTo("Giulia Bianchi");
        assertThat(practice.path("sections").path("results").asText())
                .isEqualTo("- Sono state create venti cooperative per gli agricoltori della regione.");
        assertThat(practice.path("countries").findValuesAsText("name")).containsExactly("Etiopia", "Kenya");
        assertThat(practice.path("contacts").get(0).path("email").asText()).isEqualTo("bianchi@example.org");
    }

    @Test
    void aBadLineInTheProfileFolderIsWrongUsageNamingItsFileAndLine() throws Exception {
        Path profile = Files.createDirectories(dir.resolve("bad-wordings").resolve("en"));
        Path labels = Files.writeString(profile.resolve("labels.txt"), "# our office's wording\nsynonym\tRESULT\tWhat changed\n");

        Cli.Result result = Cli.extract(compendium, dir.resolve("out-bad"), "--profile", dir.resolve("bad-wordings").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines().findFirst().orElseThrow()).contains(labels + ":2").contains("unknown field 'RESULT'");
        assertThat(dir.resolve("out-bad")).doesNotExist();
    }
}
