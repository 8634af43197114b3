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

    /** The "@" of an address, or its spelling out against harvesters: "name [at] domain". */
    private static final String AT = "(?:@|\\s?+[\\[(](?i:at)[\\])]\\s?+)";
    /** The "." of a domain, or its spelling out: "domain [dot] org". */
    private static final String DOT = "(?:\\.|\\s?+[\\[(](?i:dot)[\\])]\\s?+)";

    /** An e-mail address, as written: "jroe@ilo.org", "j.roe [at] ilo [dot] org". */
    static final Pattern EMAIL = Pattern.compile(
            // Starts only where a run of address characters starts, possessive: linear on a 100,000-character word.
            "(?<![\\p{L}\\p{N}._%+'-])[\\p{L}\\p{N}._%+'-]++" + AT + "[\\p{L}\\p{N}-]++(?:" + DOT + "[\\p{L}\\p{N}-]++)++");
    private static final Pattern SPELT_AT = Pattern.compile("\\s?+[\\[(](?i:at)[\\])]\\s?+");
    private static final Pattern SPELT_DOT = Pattern.compile("\\s?+[\\[(](?i:dot)[\\])]\\s?+");

    /** {@code email}, an {@link #EMAIL} match, with a spelt-out "[at]" and "[dot]" as '@' and '.': the address itself. */
    static String plainEmail(String email) {
        return email.indexOf('@') >= 0 ? email : SPELT_DOT.matcher(SPELT_AT.matcher(email).replaceFirst("@")).replaceAll(".");
    }

    /** The characters after which a line may break inside an address (not '.': "… www.ilo.org." ends a sentence). */
    private static final String BREAKS_AFTER = "/-_=&?#";
    /** The next word after one line break or a few spaces. */
    private static final Pattern CONTINUATION = Pattern.compile("[ \\t]{0,3}\\n?[ \\t]{0,3}([^\\s<>\"“”‘’()\\[\\]{}|]++)");
    /** What tells the rest of an address from a word: a character of addresses inside it. */
    private static final Pattern ADDRESS_PART = Pattern.compile("[/_=&?#%]|\\.\\p{Alnum}");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("(?<![.,;:!?'’)\\]])[.,;:!?'’)\\]]++$");
    private static final Pattern SAFELINK = Pattern.compile("(?i)^https?://[^/]*safelinks\\.protection\\.outlook\\.com/.*?[?&]url=([^&]+)");
    private static final Pattern GLUE = Pattern.compile("(?i)(?<!%20|%09|\\s)(?:%20|%09|\\s)++(?=https?:/|www\\.)");
    private static final Pattern ONE_SLASH = Pattern.compile("(?i)^(https?):/(?!/)");

    /**
     * A web address written in a text.
     *
     * @param begin offset of its first character
     * @param end   offset after its last character
     * @param url   the address, without the line break or space that cut it in two
     */
    record WrittenUrl(int begin, int end, String url) {
    }

    /**
     * The web addresses written in {@code text}, trailing punctuation removed. An address that a line break (or the
     * space joining wrapped lines) cut after a '/', '-', '_', '=', '&amp;', '?' or '#', or before a '/', goes on with the
     * next word when that word holds a character of addresses ("…/publications/" + "WCMS_905512/index.htm",
     * "www.inspection-" + "mines.org").
     */
    static List<WrittenUrl> writtenUrls(String text) {
        List<WrittenUrl> urls = new ArrayList<>();
        Matcher m = WRITTEN_URL.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            StringBuilder url = new StringBuilder(m.group());
            int end = m.end();
            Matcher rest = CONTINUATION.matcher(text);
            while (rest.region(end, text.length()).lookingAt() && continues(url, rest.group(1))) {
                url.append(rest.group(1));
                end = rest.end();
            }
            from = Math.max(end, m.start() + 1);
            Matcher tail = TRAILING_PUNCTUATION.matcher(url);
            int length = tail.find() ? tail.start() : url.length();
            if (length > "www.".length()) {
                urls.add(new WrittenUrl(m.start(), end - (url.length() - length), url.substring(0, length)));
            }
        }
        return urls;
    }

    /** True when {@code word}, after a line break or a space, is the rest of the address {@code url} so far. */
    private static boolean continues(CharSequence url, String word) {
        boolean cut = BREAKS_AFTER.indexOf(url.charAt(url.length() - 1)) >= 0 || word.startsWith("/");
        return cut && word.indexOf('@') < 0 && !WRITTEN_URL.matcher(word).lookingAt() && ADDRESS_PART.matcher(word).find();
    }

    /** {@code text} with web and e-mail addresses replaced by spaces (offsets kept), so that no name is read inside them. */
    static String mask(String text) {
        char[] chars = text.toCharArray();
        for (WrittenUrl url : writtenUrls(text)) {
            Arrays.fill(chars, url.begin(), url.end(), ' ');
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
