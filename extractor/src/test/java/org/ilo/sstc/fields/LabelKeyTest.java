package org.ilo.sstc.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A label's words, whatever numbering, instruction or closing mark dresses it. */
class LabelKeyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1.1 Intended change|intended change",
        "2.1 Intended change|intended change",
        "2.1. Intended change|intended change",
        "1.10 Outputs|outputs",
        "1.2.3 Outputs|outputs",
        "(iv) Outputs|outputs",
        "B. Outputs:|outputs",
        "Lo que buscábamos [máx. 150 palabras]|lo que buscabamos",
        "Outputs (max. 100 words)|outputs",
        // A row word of a profile and its number; a label before its content's own numbering keeps its word.
        "Section 4: Peer-learning design|peer learning design",
        "SECTION 4: PEER-LEARNING DESIGN|peer learning design",
        "Criterio 3. Aprendizaje de par a par|aprendizaje de par a par",
        "Achievements 1. 410 hectares|achievements 1 410 hectares",
    })
    void numberingWithOrWithoutAClosingMarkAndBracketedInstructionsAreNoPartOfTheKey(String label, String key) {
        assertThat(String.join(" ", LabelKey.words(label))).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2021 Outputs|2021 outputs", "1.5x Outputs|1 5x outputs"})
    void aYearOrANumberGluedToAWordIsNoNumbering(String label, String key) {
        assertThat(String.join(" ", LabelKey.words(label))).isEqualTo(key);
    }
}
