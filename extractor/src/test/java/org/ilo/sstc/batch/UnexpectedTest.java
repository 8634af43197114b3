package org.ilo.sstc.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.error.Failure;
import org.junit.jupiter.api.Test;

class UnexpectedTest {

    @Test
    void crashIsAnInternalErrorNamingFileExceptionAndPlaceOnOneLine() {
        RuntimeException crash = null;
        try {
            List.of().get(3);
        } catch (RuntimeException e) {
            crash = e;
        }

        ExtractionException e = Unexpected.of(Path.of("in", "odd.pdf"), crash);

        assertThat(e.failure()).isEqualTo(Failure.INTERNAL_ERROR);
        assertThat(e.getMessage())
                .startsWith("odd.pdf: the extractor failed on this file (please report it with the file): "
                        + "ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 0 at ")
                .doesNotContain("\n");
        assertThat(e.getCause()).isSameAs(crash);
    }

    @Test
    void crashWithoutMessageStillNamesTheException() {
        ExtractionException e = Unexpected.of(Path.of("odd.pdf"), new StackOverflowError());

        assertThat(e.getMessage()).contains(": StackOverflowError");
    }
}
