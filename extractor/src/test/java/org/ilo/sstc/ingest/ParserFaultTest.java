package org.ilo.sstc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.apache.pdfbox.cos.COSArray;
import org.ilo.sstc.layout.Hyperlink;
import org.junit.jupiter.api.Test;

/** Issue 9 item 3: only the parser's exceptions make a file CORRUPT; ours are bugs. */
class ParserFaultTest {

    @Test
    void exceptionThrownInsidePdfBoxIsTheParsers() {
        // PDFBox indexing past the end of one of its arrays: the JDK throws, PDFBox's frame is the first of note.
        Throwable thrown = catchThrowable(() -> new COSArray().getObject(3));

        assertThat(thrown).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(ParserFault.fromParser(thrown)).isTrue();
    }

    @Test
    void exceptionThrownByOurCodeIsOurs() {
        Throwable thrown = catchThrowable(() -> new Hyperlink("text", " "));

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
        assertThat(ParserFault.fromParser(thrown)).isFalse();
    }

    @Test
    void exceptionWithoutStackTraceCountsAsTheParsers() {
        // HotSpot throws such exceptions at sites that throw often (-XX:+OmitStackTraceInFastThrow).
        NullPointerException thrown = new NullPointerException();
        thrown.setStackTrace(new StackTraceElement[0]);

        assertThat(ParserFault.fromParser(thrown)).isTrue();
    }
}
