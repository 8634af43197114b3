package org.ilo.sstc.output.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Which targets from a document may become clickable links in the review page. */
final class Links {

    /** Web and mail addresses only: a {@code javascript:} or {@code data:} target from a document must not run. */
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "ftp");

    private Links() {
    }

    /** {@code target} when it is a web or mail address that can be linked to, else null (shown as text only). */
    static String safeHref(String target) {
        if (target == null || target.isBlank()) {
            return null;
        }
        try {
            String scheme = new URI(target.strip()).getScheme();
            return scheme != null && SAFE_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT)) ? target.strip() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A {@code mailto:} link for an e-mail address, or null when it does not look like one. */
    static String mailto(String email) {
        return email != null && email.matches("[^\\s:/@]+@[^\\s:/@]+") ? "mailto:" + email : null;
    }
}
