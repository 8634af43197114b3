package org.ilo.sstc.ingest.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.TextLine;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the paragraphs (w:p) of one story of a .docx (the body, or a notes part) into lines: one per
 * paragraph, more where a manual line break splits it. Not thread-safe: fields may span paragraphs,
 * so one instance reads one story in document order.
 */
final class DocxParagraphReader {
    private final DocxStyles styles;
    private final DocxNumbering numbering;
    private final PageCounter pages;
    private final PackagePart part;
    private final FieldStack fields = new FieldStack();

    private List<TextLine> lines;
    private List<NoteReference> notes;
    private List<Element> pictures;
    private LineBuilder line;
    private DocxStyles.ParagraphStyle style;
    private boolean heading;
    /** A note reference with a custom mark: the mark is the next text, and it goes with the reference. */
    private boolean skipCustomMark;

    /** A footnote or endnote reference mark met in the text. */
    record NoteReference(boolean endnote, int id) {
    }

    /**
     * What one paragraph gave.
     *
     * @param lines    its lines, empty ones left out
     * @param notes    the notes it refers to, in order
     * @param pictures the drawings, pictures and alternate content it holds (their text is not body text)
     */
    record Paragraph(List<TextLine> lines, List<NoteReference> notes, List<Element> pictures) {
    }

    /** Reads paragraphs of {@code part}, whose relationships give the hyperlink targets. */
    DocxParagraphReader(DocxStyles styles, DocxNumbering numbering, PageCounter pages, PackagePart part) {
        this.styles = styles;
        this.numbering = numbering;
        this.pages = pages;
        this.part = part;
    }

    /** Reads one w:p element. */
    Paragraph read(Element paragraph) {
        lines = new ArrayList<>();
        notes = new ArrayList<>();
        pictures = new ArrayList<>();
        line = new LineBuilder();
        Element pPr = Wml.child(paragraph, "pPr");
        style = styles.paragraph(Wml.childVal(pPr, "pStyle"));
        String outline = Wml.childVal(pPr, "outlineLvl");
        heading = outline == null ? style.heading() : Wml.toInt(outline, 9) <= 8;
        Boolean breakBefore = Wml.onOff(Wml.child(pPr, "pageBreakBefore"));
        if (breakBefore != null ? breakBefore : style.pageBreakBefore()) {
            pages.pageStart();
        }
        String marker = listMarker(Wml.child(pPr, "numPr"));
        if (marker != null) {
            line.appendMarker(marker);
        }
        inline(paragraph, null);
        endLine();
        return new Paragraph(lines, notes, pictures);
    }

    private String listMarker(Element numPr) {
        String numId = Wml.childVal(numPr, "numId");
        if (numId == null) {
            numId = style.numId();
        }
        if (numId == null || numId.equals("0")) {
            return null;
        }
        String ilvl = Wml.childVal(numPr, "ilvl");
        int level = ilvl != null ? Wml.toInt(ilvl, 0) : style.ilvl() != null ? style.ilvl() : 0;
        return numbering.marker(numId, level);
    }

    /** The element children of {@code parent} in order; pictures (mc:AlternateContent) are set aside instead. */
    private List<Element> contentOf(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (Wml.is(c, Wml.MC, "AlternateContent")) {
                pictures.add((Element) c);
            } else if (Wml.name(c) != null) {
                children.add((Element) c);
            }
        }
        return children;
    }

    /** Reads the inline content of a paragraph or of a wrapper inside it; {@code url} is the enclosing link. */
    private void inline(Element parent, String url) {
        for (Element e : contentOf(parent)) {
            switch (Wml.name(e)) {
                case "r" -> run(e, url);
                case "hyperlink" -> inline(e, orElse(hyperlinkTarget(e), url));
                case "fldSimple" -> inline(e, orElse(FieldStack.hyperlinkTarget(Wml.attr(e, "instr")), url));
                case "sdt" -> {
                    Element content = Wml.child(e, "sdtContent");
                    if (content != null) {
                        inline(content, url);
                    }
                }
                case "smartTag", "customXml", "ins", "moveTo", "dir", "bdo" -> inline(e, url);
                default -> {
                    // deleted and moved-away text, bookmarks, proofing marks, comments: not shown
                }
            }
        }
    }

    private void run(Element run, String url) {
        RunFormat format = styles.run(Wml.child(run, "rPr"), style);
        for (Element e : contentOf(run)) {
            String name = Wml.name(e);
            switch (name) {
                case "fldChar" -> fieldChar(Wml.attr(e, "fldCharType"));
                case "instrText" -> fields.instruction(Wml.text(e));
                case "lastRenderedPageBreak" -> pages.pageStart();
                case "footnoteReference", "endnoteReference" -> {
                    notes.add(new NoteReference(name.startsWith("end"), Wml.toInt(Wml.attr(e, "id"), -1)));
                    skipCustomMark = Wml.isTrue(Wml.attr(e, "customMarkFollows"));
                }
                default -> {
                    if (!format.isHidden() && !fields.inInstruction()) {
                        shown(name, e, format, url);
                    }
                }
            }
        }
    }

    /** Handles a run child that shows something: text, tab, break, symbol, picture. */
    private void shown(String name, Element e, RunFormat format, String url) {
        switch (name) {
            case "t" -> text(Wml.text(e), format, url);
            case "tab", "ptab" -> text("\t", format, url);
            case "noBreakHyphen" -> text("-", format, url);
            case "sym" -> text(symbol(Wml.attr(e, "char")), format, url);
            case "cr" -> endLine();
            case "br" -> {
                endLine();
                if ("page".equals(Wml.attr(e, "type"))) {
                    pages.pageBreak();
                }
            }
            case "drawing", "pict", "object" -> pictures.add(e);
            default -> {
                // soft hyphens, note marks inside notes, annotation marks: nothing to show
            }
        }
    }

    private void text(String text, RunFormat format, String url) {
        if (text.isEmpty()) {
            return;
        }
        if (skipCustomMark) {
            skipCustomMark = false;
            return;
        }
        String shown = format.isCaps() ? text.toUpperCase(Locale.ROOT) : text;
        line.append(shown, format.isBold(), format.size(), orElse(fields.url(), url), pages.page());
        if (!shown.isBlank()) {
            pages.shown();
        }
    }

    private void fieldChar(String type) {
        if ("begin".equals(type)) {
            fields.begin();
        } else if ("separate".equals(type)) {
            fields.separate();
        } else if ("end".equals(type)) {
            fields.end();
        }
    }

    private void endLine() {
        TextLine done = line.build(heading, LineRole.BODY, pages.page());
        if (done != null) {
            lines.add(done);
        }
        line = new LineBuilder();
    }

    /** The target of a w:hyperlink: its relationship, with its anchor; null for an anchor alone (a link inside the document). */
    private String hyperlinkTarget(Element hyperlink) {
        String id = Wml.attr(hyperlink, Wml.R, "id");
        if (id == null || part == null) {
            return null;
        }
        PackageRelationship relationship = part.getRelationship(id);
        if (relationship == null || relationship.getTargetURI() == null) {
            return null;
        }
        String target = relationship.getTargetURI().toString();
        String anchor = Wml.attr(hyperlink, "anchor");
        return anchor == null || anchor.isBlank() || target.contains("#") ? target : target + "#" + anchor;
    }

    /** A w:sym character; those of symbol fonts (private use area) have no meaning as text. */
    private static String symbol(String hex) {
        int code = hex == null ? -1 : parseHex(hex);
        if (code <= 0 || code > Character.MAX_CODE_POINT || (code >= 0xE000 && code <= 0xF8FF)) {
            return "";
        }
        return new String(Character.toChars(code));
    }

    private static int parseHex(String hex) {
        try {
            return Integer.parseInt(hex.strip(), 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String orElse(String first, String second) {
        return first != null ? first : second;
    }
}
