package org.ilo.sstc.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomanNumeralsTest {

    @Test
    void writesAndReadsTheStandardForm() {
        assertThat(RomanNumerals.format(4)).isEqualTo("iv");
        assertThat(RomanNumerals.format(39)).isEqualTo("xxxix");
        assertThat(RomanNumerals.parse("XXXIX")).hasValue(39);
        assertThat(RomanNumerals.parse("iv")).hasValue(4);
    }

    @Test
    void readsNoOtherForm() {
        assertThat(RomanNumerals.parse("IIII")).isEmpty();
        assertThat(RomanNumerals.parse("LIVE")).isEmpty();
        assertThat(RomanNumerals.parse("")).isEmpty();
    }
}
