package org.ilo.sstc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void nulAndOtherControlsAreDroppedTabsAndLineBreaksKept() {
        assertThat(ControlCharacters.strip("a\u0000b\u0001c\u007Fd\u0085e\tf\ng\r\f")).isEqualTo("abcde\tf\ng\r");
    }

    @Test
    void surrogatePairsStayAndUnpairedSurrogatesGo() {
        assertThat(ControlCharacters.strip("😀 x\uD800y\uDC00z\uFFFF")).isEqualTo("😀 xyz");
    }

    @Test
    void jsonOfADocumentHoldingNulBytesHasNone() throws Exception {
        CompendiumDocument document = new CompendiumDocument(CompendiumDocument.SCHEMA_VERSION, "0.1.0",
                new Source("bad\u0000name.txt", "0".repeat(64), "text", null), "en",
                List.of(new TemplateEntry("Lab\u0000el", null, "unmapped", 1)), "Pre\u0000face\u0007", List.of(),
                List.of("warn\u0000ing"));

        String json = CompendiumJson.prettyWriter().writeValueAsString(document);

        assertThat(json).doesNotContain("\\u0000", "\\u0007", "\u0000").contains("\"Preface\"", "badname.txt", "warning");
    }
}
