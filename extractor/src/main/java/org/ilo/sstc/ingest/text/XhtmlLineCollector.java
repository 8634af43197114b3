package org.ilo.sstc.ingest.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TextLine;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects text lines from the XHTML events Tika's parsers emit: one line per paragraph, heading,
 * list item or table cell, split again at line breaks; bold runs at a line start become its bold
 * prefix, h1..h6 make heading lines, and each {@code <a href>} becomes a hyperlink of the line its
 * anchor text lies on. One instance per document.
 */
final class XhtmlLineCollector extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr",
            "div", "pre", "blockquote", "dt", "dd", "caption", "table", "ul", "ol", "dl", "section", "article",
            "header", "footer", "address", "figcaption", "body");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template");

    private final List<TextLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final BitSet bold = new BitSet();
    private final List<Hyperlink> links = new ArrayList<>();
    private final Deque<OpenAnchor> anchors = new ArrayDeque<>();
    private int boldDepth;
    private int headingDepth;
    private int skipDepth;
    private int preDepth;
    private LineStart nextStart = LineStart.PARAGRAPH;

    /** An {@code <a href>} not yet closed: its target and where its text starts on the current line. */
    private static final class OpenAnchor {
        final String href;
        int start;

        OpenAnchor(String href, int start) {
            this.href = href;
            this.start = start;
        }
    }

    /** The lines collected so far (all of them once the parse has ended). */
    List<TextLine> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipDepth++;
        } else if (BLOCKS.contains(name)) {
            endLine(LineStart.PARAGRAPH);
        } else if (name.equals("br")) {
            endLine(LineStart.UNKNOWN);
        }
        switch (name) {
            case "b", "strong" -> boldDepth++;
            case "pre" -> preDepth++;
            case "a" -> anchors.push(new OpenAnchor(attributes.getValue("href"), text.length()));
            default -> {
                if (HEADINGS.contains(name)) {
                    headingDepth++;
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (name.equals("a") && !anchors.isEmpty()) {
            closeAnchor(anchors.pop());
        }
        if (BLOCKS.contains(name)) {
            endLine(LineStart.PARAGRAPH);
        }
        switch (name) {
            case "b", "strong" -> boldDepth = Math.max(0, boldDepth - 1);
            case "pre" -> preDepth = Math.max(0, preDepth - 1);
            default -> {
                if (HEADINGS.contains(name)) {
                    headingDepth = Math.max(0, headingDepth - 1);
                } else if (SKIPPED.contains(name)) {
                    skipDepth = Math.max(0, skipDepth - 1);
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0) {
            return;
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == '\n' && preDepth > 0) {
                endLine(LineStart.UNKNOWN);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                // Markup whitespace is not significant: one space between words, none at a line start.
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            } else {
                bold.set(text.length(), boldDepth > 0);
                text.append(c);
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    @Override
    public void endDocument() {
        endLine(LineStart.PARAGRAPH);
        if (!links.isEmpty() && !lines.isEmpty()) {
            // Links whose anchor had no text (a linked picture) go to the last line rather than nowhere.
            TextLine last = lines.remove(lines.size() - 1);
            List<Hyperlink> all = new ArrayList<>(last.links());
            all.addAll(links);
            lines.add(new TextLine(last.text(), last.page(), last.boldPrefix(), last.heading(), last.fontSize(),
                    last.start(), last.role(), all));
        }
    }

    private void closeAnchor(OpenAnchor anchor) {
        if (anchor.href == null || anchor.href.isBlank() || anchor.href.startsWith("#")) {
            return;
        }
        String anchorText = text.substring(Math.min(anchor.start, text.length())).strip();
        links.add(new Hyperlink(anchorText, anchor.href.strip()));
    }

    /** Ends the current line; blank lines are not emitted, and keep a paragraph start for the next line. */
    private void endLine(LineStart following) {
        String line = text.toString().strip();
        if (!line.isEmpty()) {
            lines.add(new TextLine(line, 0, boldPrefix(line.length()), headingDepth > 0, 0f, nextStart, LineRole.BODY,
                    links));
            links.clear();
            nextStart = following;
        } else if (following == LineStart.PARAGRAPH) {
            nextStart = LineStart.PARAGRAPH;
        }
        text.setLength(0);
        bold.clear();
        anchors.forEach(a -> a.start = 0);
    }

    /** Leading bold characters, spaces between bold runs included, spaces after the last one not. */
    private int boldPrefix(int length) {
        int prefix = 0;
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) == ' ') {
                continue;
            }
            if (!bold.get(i)) {
                break;
            }
            prefix = i + 1;
        }
        return prefix;
    }

    private static String name(String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        return name.toLowerCase(Locale.ROOT);
    }
}
