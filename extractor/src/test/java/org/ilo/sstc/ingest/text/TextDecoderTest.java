package org.ilo.sstc.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.tika.config.TikaConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 8 item 5 and issue 9 item 2: how the text path chooses a charset, on accented text in three languages. */
class TextDecoderTest {

    private static final TextDecoder DECODER = new TextDecoder(TikaConfig.getDefaultConfig().getEncodingDetector());

    /** Short, accent-dense lines of the kind that made Tika's detector guess GB18030 for valid UTF-8. */
    private static String accented(String language) {
        return switch (language) {
            case "es" -> "BUENA PRÁCTICA 1 – AMÉRICA LATINA Y EL CARIBE – Formación técnica\n"
                    + "Institución: Ministerio de Educación\nPaíses involucrados: Perú, México y Panamá\n";
            case "fr" -> "BONNE PRATIQUE 2 – AFRIQUE – Coopération Sud-Sud\n"
                    + "Institution : Ministère de l’Économie, Côte d’Ivoire\nRésultats obtenus : réseaux créés\n";
            default -> "BOA PRÁTICA 3 – ÁFRICA – Cooperação técnica\n"
                    + "Instituição: Ministério da Saúde\nPaíses envolvidos: São Tomé e Príncipe, Moçambique\n";
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "pt"})
    void validUtf8IsReadAsUtf8(String language) throws Exception {
        String text = accented(language);

        TextDecoder.Decoded decoded = DECODER.decode(text.getBytes(StandardCharsets.UTF_8), "c.txt");

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "pt"})
    void byteOrderMarkIsHonouredAndLeftOut(String language) throws Exception {
        String text = accented(language);
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));

        assertThat(DECODER.decode(utf8, "c.txt").text()).isEqualTo(text);
        assertThat(DECODER.decode(utf16, "c.txt").text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "pt"})
    void singleByteTextGoesToDetection(String language) throws Exception {
        // windows-1252 has no curly apostrophe issue here: it holds ’ and – as 0x92 and 0x96.
        String text = accented(language).repeat(20);

        TextDecoder.Decoded decoded = DECODER.decode(text.getBytes(Charset.forName("windows-1252")), "c.txt");

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void mostlyValidUtf8StaysUtf8WithTheBadBytesReplacedAndAWarning() throws Exception {
        // 110 KB of Spanish with twenty stray bytes: once, the whole file went to another charset without a word.
        byte[] bytes = accented("es").repeat(700).getBytes(StandardCharsets.UTF_8);
        int first = -1;
        for (int i = 1; i <= 20; i++) {
            int at = i * 5_000;
            while (bytes[at] < 0) {
                at++; // on an ASCII byte, so that each stray byte is one bad sequence
            }
            bytes[at] = (byte) 0xFF;
            first = first < 0 ? at : first;
        }

        TextDecoder.Decoded decoded = DECODER.decode(bytes, "c.txt");

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).contains("AMÉRICA LATINA", "Perú, México y Panamá").contains("\uFFFD");
        assertThat(decoded.warnings()).singleElement().asString()
                .startsWith("20 invalid UTF-8 byte sequences (the first at byte " + first + ") replaced");
    }

    @Test
    void controlCharactersAreDroppedWithAWarningFormFeedsKept() throws Exception {
        byte[] bytes = "GOOD\u0000 PRACTICE\u0001 1\fpage two\u001B".getBytes(StandardCharsets.UTF_8);

        TextDecoder.Decoded decoded = DECODER.decode(bytes, "c.txt");

        assertThat(decoded.text()).isEqualTo("GOOD PRACTICE 1\fpage two");
        assertThat(decoded.warnings()).containsExactly("3 control characters (NUL and the like) dropped");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
