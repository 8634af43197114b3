package org.ilo.sstc.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file name a request gives its body ({@code ?name=}, else {@code Content-Disposition}), made safe to
 * create in the request's own folder: no folders, no control characters, not too long. It becomes the
 * document's {@code source.file}, as the input's name does on the command line.
 */
final class UploadName {
    /** The name of a body that was given none. */
    static final String DEFAULT = "upload";
    /** Bytes a file name may take on common file systems, with room for the JVM's own temporary suffixes. */
    private static final int MAX_UTF8_BYTES = 200;

    /** RFC 6266 {@code filename*=UTF-8''percent-encoded}; bounded so that it stays linear on any header. */
    private static final Pattern EXTENDED = Pattern.compile("(?i)(?<![\\w-])filename\\*\\s{0,20}=\\s{0,20}"
            + "([\\w!#$&+.^`|~-]{1,40})'[\\w-]{0,40}'([^;\\s]{1,4000})");
    /** {@code filename="quoted"} or {@code filename=token}. */
    private static final Pattern PLAIN = Pattern.compile("(?i)(?<![\\w-])filename\\s{0,20}=\\s{0,20}"
            + "(?:\"((?:[^\"\\\\]|\\\\.){1,4000}+)\"|([^;\\s\"]{1,4000}))");

    private UploadName() {
    }

    /** The safe name from the query's {@code name} (may be null) or the {@code Content-Disposition} header (may be null). */
    static String of(String queryName, String contentDisposition) {
        String given = queryName != null ? queryName : fromDisposition(contentDisposition);
        return given == null ? DEFAULT : safe(given);
    }

    /** The file name a {@code Content-Disposition} header gives, or null. */
    static String fromDisposition(String header) {
        if (header == null) {
            return null;
        }
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find() && extended.group(1).toUpperCase(Locale.ROOT).equals("UTF-8")) {
            try {
                return URLDecoder.decode(extended.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // a malformed percent escape: fall back to the plain form, if any
            }
        }
        Matcher plain = PLAIN.matcher(header);
        if (!plain.find()) {
            return null;
        }
        return plain.group(1) != null ? plain.group(1).replaceAll("\\\\(.)", "$1") : plain.group(2);
    }

    /** The last path segment of {@code name}, without control characters, cut to a length every file system takes. */
    static String safe(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(base.length());
        base.codePoints().filter(c -> !Character.isISOControl(c) && c != '\u2028' && c != '\u2029')
                .forEach(clean::appendCodePoint);
        String stripped = clean.toString().strip();
        if (stripped.isEmpty() || stripped.equals(".") || stripped.equals("..")) {
            return DEFAULT;
        }
        return shortened(stripped);
    }

    /** {@code name} cut to {@link #MAX_UTF8_BYTES}, keeping its extension, which format detection reads. */
    private static String shortened(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_UTF8_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        while (!stem.isEmpty() && (stem + extension).getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            stem = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1));
        }
        return stem + extension;
    }
}
