package org.ilo.sstc.entities;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Web and e-mail addresses in text and hyperlink targets: finding, unwrapping, splitting, comparing. */
final class WebAddresses {
    private WebAddresses() {
    }

    /** An address written in text: with a scheme (one slash is a common slip) or starting with "www.". */
    static final Pattern WRITTEN_URL = Pattern.compile(
            "(?i)(?<![\\w@/.])(?:https?:/{1,2}|www\\.)[^\\s<>\"“”‘’()\\[\\]{}|]+");

    /** An e-mail address. */
    static final Pattern EMAIL = Pattern.compile(
            // Starts only where a run of address characters starts, possessive: linear on a 100,000-character word.
            "(?<![\\p{L}\\p{N}._%+'-])[\\p{L}\\p{N}._%+'-]++@[\\p{L}\\p{N}-]++(?:\\.[\\p{L}\\p{N}-]++)++");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("(?<![.,;:!?'’)\\]])[.,;:!?'’)\\]]++$");
    private static final Pattern SAFELINK = Pattern.compile("(?i)^https?://[^/]*safelinks\\.protection\\.outlook\\.com/.*?[?&]url=([^&]+)");
    private static final Pattern GLUE = Pattern.compile("(?i)(?<!%20|%09|\\s)(?:%20|%09|\\s)++(?=https?:/|www\\.)");
    private static final Pattern ONE_SLASH = Pattern.compile("(?i)^(https?):/(?!/)");

    /** The web addresses written in {@code text}, trailing punctuation removed, with their offsets. */
    static List<int[]> writtenUrls(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = WRITTEN_URL.matcher(text);
        while (m.find()) {
            String url = m.group();
            Matcher tail = TRAILING_PUNCTUATION.matcher(url);
            int end = tail.find() ? m.start() + tail.start() : m.end();
            if (end - m.start() > "www.".length()) {
                spans.add(new int[] {m.start(), end});
            }
        }
        return spans;
    }

    /** {@code text} with web and e-mail addresses replaced by spaces (offsets kept), so that no name is read inside them. */
    static String mask(String text) {
        char[] chars = text.toCharArray();
        for (int[] span : writtenUrls(text)) {
            Arrays.fill(chars, span[0], span[1], ' ');
        }
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            Arrays.fill(chars, m.start(), m.end(), ' ');
        }
        return new String(chars);
    }

    /** True for a target a browser opens: http(s) or a bare "www." address (not mailto:, file:, #anchors). */
    static boolean isWeb(String target) {
        String t = target.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("http:/") || t.startsWith("https:/") || t.startsWith("www.");
    }

    /** The addresses glued into one target ("…/index.htm%20%20%20https:/www.…" → two), each as written. */
    static List<String> splitGlued(String target) {
        List<String> parts = new ArrayList<>();
        for (String part : GLUE.split(target.strip())) {
            if (!part.isBlank()) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** The real address behind an Outlook safelink, or {@code url} itself; a one-slash scheme repaired. */
    static String unwrap(String url) {
        Matcher m = SAFELINK.matcher(url);
        String real = m.find() ? percentDecode(m.group(1)) : url;
        return ONE_SLASH.matcher(real).replaceFirst("$1://");
    }

    /** The form two spellings of one address share: no scheme, no "www.", no trailing slash, decoded, lower case. */
    static String key(String url) {
        String u = percentDecode(unwrap(url.strip())).toLowerCase(Locale.ROOT);
        u = u.replaceFirst("^[a-z]+:/+", "").replaceFirst("^www\\.", "");
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    /** The address of a mailto: target ("mailto:Jane@x.org?subject=Hi" → "Jane@x.org"), or null for other targets. */
    static String mailtoAddress(String target) {
        String t = target.strip();
        if (!t.regionMatches(true, 0, "mailto:", 0, 7)) {
            return null;
        }
        String address = t.substring(7);
        int query = address.indexOf('?');
        return percentDecode(query >= 0 ? address.substring(0, query) : address).strip();
    }

    /** Decodes %XX escapes as UTF-8, leaving malformed ones and '+' as they are. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(c);
            i++;
        }
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
