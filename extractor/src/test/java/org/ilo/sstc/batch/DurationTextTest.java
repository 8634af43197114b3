package org.ilo.sstc.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void bareNumberIsSeconds() {
        assertThat(DurationText.parse("90")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void unitsAndFractionsAreRead() {
        assertThat(DurationText.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationText.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(DurationText.parse("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(DurationText.parse(" 2H ")).isEqualTo(Duration.ofHours(2));
        assertThat(DurationText.parse("0")).isEqualTo(Duration.ZERO);
    }

    @Test
    void formatUsesTheLargestWholeUnitAndReadsBack() {
        assertThat(DurationText.format(Duration.ofMinutes(10))).isEqualTo("10m");
        assertThat(DurationText.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(DurationText.format(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(DurationText.parse(DurationText.format(Duration.ofMillis(1500)))).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void wordsAreRefusedWithAnExample() {
        assertThatThrownBy(() -> DurationText.parse("soon")).hasMessageContaining("like 90s, 500ms, 10m or 1h");
        assertThatThrownBy(() -> DurationText.parse("-5s")).isInstanceOf(IllegalArgumentException.class);
    }
}
