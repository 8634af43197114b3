package org.ilo.sstc.layout;

import java.util.List;
import java.util.Objects;

/**
 * One line of text: a Word paragraph, a visual line of a PDF, or a line of flattened text.
 *
 * @param text       the characters, without line end; a nested table row has its cells joined by '\t'
 * @param page       1-based page, or 0 when the format has no pages
 * @param boldPrefix how many leading characters are bold: {@code text.length()} for a bold line, 0 when
 *                   none or unknown. A label set in bold before its value ("Author's name: X") shows here.
 * @param heading    the line is set as a heading (Word heading style, or a markedly larger font)
 * @param fontSize   font size in points, 0 when unknown
 * @param start      whether the line starts a paragraph or continues the one above
 * @param role       what the line is for
 * @param links      hyperlinks whose visible text lies on this line
 */
public record TextLine(String text, int page, int boldPrefix, boolean heading, float fontSize, LineStart start,
                       LineRole role, List<Hyperlink> links) implements Block {

    public TextLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(role, "role");
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0, but is " + page);
        }
        if (boldPrefix < 0 || boldPrefix > text.length()) {
            throw new IllegalArgumentException("boldPrefix must be within 0.." + text.length() + ", but is " + boldPrefix);
        }
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** A plain body line with no style information, as flattened text gives it. */
    public static TextLine plain(String text, int page, LineStart start) {
        return new TextLine(text, page, 0, false, 0f, start, LineRole.BODY, List.of());
    }

    /** True when every character of a non-blank line is bold. */
    public boolean isBold() {
        return !text.isBlank() && boldPrefix == text.length();
    }

    /** The leading bold characters ("" when none). */
    public String boldText() {
        return text.substring(0, boldPrefix);
    }

    /** This line with {@code newText} instead, as long as its bold prefix allows, its other properties kept. */
    public TextLine withText(String newText) {
        return new TextLine(newText, page, Math.min(boldPrefix, newText.length()), heading, fontSize, start, role, links);
    }

    /** This line with another role. */
    public TextLine withRole(LineRole newRole) {
        return new TextLine(text, page, boldPrefix, heading, fontSize, start, newRole, links);
    }
}
