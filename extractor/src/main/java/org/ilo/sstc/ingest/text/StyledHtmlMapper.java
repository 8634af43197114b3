package org.ilo.sstc.ingest.text;

import java.util.Locale;
import org.apache.tika.parser.html.DefaultHtmlMapper;

/**
 * Tika's HTML mapping, keeping two elements it drops by default: bold ({@code <b>}, {@code <strong>}),
 * where labels often sit, and {@code <br>}, which it would turn into a newline that cannot be told
 * from the newlines of the HTML source.
 */
final class StyledHtmlMapper extends DefaultHtmlMapper {

    @Override
    public String mapSafeElement(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "b", "strong" -> "b";
            case "br" -> "br";
            default -> super.mapSafeElement(name);
        };
    }
}
