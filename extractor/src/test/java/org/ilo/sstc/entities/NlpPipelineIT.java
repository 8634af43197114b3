package org.ilo.sstc.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NlpPipelineIT {

    private static NlpPipeline nlp;
    private static ExecutorService threads;

    @BeforeAll
    static void load() {
        nlp = new NlpPipeline();
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
    }

    @Test
    void mentionsCarryTypeTextAndOffsets() {
        String text = "Amina Yusuf met the Ministry of Labour in Nairobi.";
        assertThat(nlp.mentions(text)).contains(
                new NerMention(NerMention.Type.PERSON, "Amina Yusuf", 0, 11),
                new NerMention(NerMention.Type.ORGANIZATION, "Ministry of Labour", 20, 38),
                new NerMention(NerMention.Type.LOCATION, "Nairobi", 42, 49));
    }

    @Test
    void sentencesAroundOneTheModelSkipsAreReadAsAlone() {
        // The middle sentence has no capital but its first letter: the model does not run on it, and the names
        // after it keep their offsets and types.
        String alone = "Amina Yusuf met the Ministry of Labour in Nairobi.";
        String skipped = "Each team spent two days on farms of the host country.";
        String after = "Kwame Mensah then visited Tema.";
        String text = alone + " " + skipped + "\n" + after;
        int shift = alone.length() + skipped.length() + 2;
        List<NerMention> expected = new ArrayList<>(nlp.mentions(alone));
        nlp.mentions(after).forEach(m -> expected.add(new NerMention(m.type(), m.text(), m.begin() + shift, m.end() + shift)));
        assertThat(nlp.mentions(text)).containsExactlyElementsOf(expected)
                .contains(new NerMention(NerMention.Type.PERSON, "Kwame Mensah", shift, shift + 12));
        assertThat(nlp.tokenCount(text)).as("every token is still counted").isEqualTo(nlp.tokenCount(alone)
                + nlp.tokenCount(skipped) + nlp.tokenCount(after));
    }

    @Test
    void entityNeverRunsAcrossALineBreak() {
        String text = "Contact: Tomás Ferreira\nLisbon Office";
        assertThat(nlp.mentions(text)).noneMatch(m -> m.text().contains("\n"));
    }

    @Test
    void tokenCountCountsTokens() {
        assertThat(nlp.tokenCount("Peer learning in Ghana, Togo and Benin.")).isEqualTo(9);
    }

    @Test
    void oneSharedPipelineGivesTheSameAnswerOnEveryThread() throws Exception {
        String text = "Priya Raman and Jonas Weber trained staff from Nepal and Bhutan in Kathmandu.";
        List<NerMention> expected = nlp.mentions(text);
        List<Future<List<NerMention>>> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            runs.add(threads.submit(() -> nlp.mentions(text)));
        }
        for (Future<List<NerMention>> run : runs) {
            assertThat(run.get()).isEqualTo(expected);
        }
    }

    @Test
    void wholeSampleCompendiumRunsThroughNerOnTwoThreads() throws Exception {
        Path sample = Path.of(System.getProperty("project.root", ".."), "samples", "sstc-good-practices-2020-2021.tika.txt");
        String[] parts = Files.readString(sample).split("(?m)(?=^ ?GOOD PRACTICE +\\d)");
        int tokens = 0;
        List<Future<Integer>> runs = new ArrayList<>();
        for (String part : parts) {
            runs.add(threads.submit(() -> nlp.tokenCount(part)));
        }
        for (Future<Integer> run : runs) {
            tokens += run.get();
        }
        assertThat(parts).hasSizeGreaterThan(21);
        assertThat(tokens).isGreaterThan(15_000);
    }
}
