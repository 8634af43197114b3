package org.ilo.sstc.ingest.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.ilo.sstc.model.ControlCharacters;

/**
 * Decodes a plain-text file: a byte-order mark settles the charset; text that is valid UTF-8, or
 * mostly so, is UTF-8 (bad bytes replaced, with a warning); only other bytes go to Tika's charset
 * detection. Control characters other than tab, line and page breaks are dropped. Thread-safe.
 */
final class TextDecoder {

    /** The decoded text and what the reader should tell the user about it. */
    record Decoded(String text, Charset charset, List<String> warnings) {
        Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /**
     * Valid multi-byte sequences per invalid one for the file to count as UTF-8 with damage: a file in a
     * single-byte charset has no valid multi-byte sequence at all, one damaged UTF-8 file has hundreds.
     */
    private static final int VALID_PER_INVALID = 10;

    private final EncodingDetector detector;

    TextDecoder(EncodingDetector detector) {
        this.detector = detector;
    }

    /** Decodes {@code bytes}, the content of a file named {@code fileName}, without its byte-order mark. */
    Decoded decode(byte[] bytes, String fileName) throws IOException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8(bytes, 3, Utf8Scan.of(bytes, 3));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, List.of());
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, List.of());
        }
        Utf8Scan scan = Utf8Scan.of(bytes, 0);
        if (scan.invalid() == 0 || scan.multiByte() >= (long) VALID_PER_INVALID * scan.invalid()) {
            return utf8(bytes, 0, scan);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        Charset detected = usable(detector.detect(new ByteArrayInputStream(bytes), metadata));
        return decoded(new String(bytes, detected), detected, List.of());
    }

    private static Decoded utf8(byte[] bytes, int offset, Utf8Scan scan) {
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        List<String> warnings = new ArrayList<>();
        if (scan.invalid() > 0) {
            warnings.add(String.format(Locale.ROOT,
                    "%d invalid UTF-8 byte sequence%s (the first at byte %d) replaced by \uFFFD; the rest of the file is UTF-8",
                    scan.invalid(), scan.invalid() == 1 ? "" : "s", scan.firstInvalidAt()));
        }
        return decoded(text, StandardCharsets.UTF_8, warnings);
    }

    private static Decoded decoded(String text, Charset charset, List<String> warnings) {
        List<String> all = new ArrayList<>(warnings);
        String withoutMarks = text.replace("\uFEFF", "");
        // Form feeds are the page breaks of text Tika flattened from a PDF: the page splitter reads them.
        int controls = ControlCharacters.count(withoutMarks, '\f');
        if (controls > 0) {
            all.add(controls + " control character" + (controls == 1 ? "" : "s") + " (NUL and the like) dropped");
        }
        return new Decoded(ControlCharacters.strip(withoutMarks, '\f'), charset, all);
    }

    /**
     * Tika reports Latin-1 for most Western single-byte text, yet such files are nearly always
     * windows-1252, which differs only where Latin-1 has unprintable controls (curly quotes, dashes).
     */
    private static Charset usable(Charset detected) {
        if (detected == null || detected.equals(StandardCharsets.ISO_8859_1) || detected.equals(StandardCharsets.US_ASCII)) {
            return WINDOWS_1252;
        }
        return detected;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** How much of the bytes is UTF-8: valid non-ASCII characters, bad byte sequences, and where the first bad one starts. */
    record Utf8Scan(long multiByte, long invalid, long firstInvalidAt) {
        static Utf8Scan of(byte[] bytes, int offset) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
            CharBuffer out = CharBuffer.allocate(8192);
            long multiByte = 0;
            long invalid = 0;
            long first = -1;
            while (true) {
                CoderResult result = decoder.decode(in, out, true);
                if (result.isError()) {
                    invalid++;
                    if (first < 0) {
                        first = in.position();
                    }
                    in.position(in.position() + result.length());
                } else if (result.isOverflow()) {
                    multiByte += nonAscii(out);
                } else {
                    break;
                }
            }
            multiByte += nonAscii(out);
            return new Utf8Scan(multiByte, invalid, first);
        }

        private static long nonAscii(CharBuffer out) {
            out.flip();
            long count = 0;
            while (out.hasRemaining()) {
                if (out.get() >= 0x80) {
                    count++;
                }
            }
            out.clear();
            return count;
        }
    }
}
