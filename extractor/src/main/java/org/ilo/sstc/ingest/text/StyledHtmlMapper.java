package org.ilo.sstc.ingest.text;

import java.util.Locale;
import org.apache.tika.parser.html.DefaultHtmlMapper;

/** Tika's HTML mapping, plus bold: by default Tika drops {@code <b>} and {@code <strong>}, where labels often sit. */
final class StyledHtmlMapper extends DefaultHtmlMapper {

    @Override
    public String mapSafeElement(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("b") || lower.equals("strong")) {
            return "b";
        }
        return super.mapSafeElement(name);
    }
}
