package org.ilo.sstc.ingest.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/** Decodes a plain-text file with the charset Tika detects; a byte-order mark settles it first. Thread-safe. */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final EncodingDetector detector;

    TextDecoder(EncodingDetector detector) {
        this.detector = detector;
    }

    /** Decodes {@code bytes}, the content of a file named {@code fileName}, without its byte-order mark. */
    String decode(byte[] bytes, String fileName) throws IOException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        Charset detected = detector.detect(new ByteArrayInputStream(bytes), metadata);
        return new String(bytes, usable(detected)).replace("\uFEFF", "");
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
}
