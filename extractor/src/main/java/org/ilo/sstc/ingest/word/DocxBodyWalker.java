package org.ilo.sstc.ingest.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks the body of a .docx in document order into the blocks of the layout model: paragraphs to
 * lines, table rows to rows, notes and picture text after the paragraph or row that holds them.
 * Headers and footers live in other parts and are never read. Not thread-safe: one per read.
 */
final class DocxBodyWalker {
    private final XWPFDocument document;
    private final DocxStyles styles;
    private final DocxNumbering numbering;
    private final PageCounter pages = new PageCounter();
    private final DocxParagraphReader body;
    private final Map<PackagePart, DocxParagraphReader> noteReaders = new HashMap<>();
    private final Set<DocxParagraphReader.NoteReference> notesShown = new HashSet<>();
    private final List<Block> blocks = new ArrayList<>();
    /** Notes and picture text waiting for the end of the top-level paragraph or row that holds them. */
    private final List<TextLine> pending = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private List<String> sectionStarts;
    private int section;

    DocxBodyWalker(XWPFDocument document, DocxStyles styles, DocxNumbering numbering) {
        this.document = document;
        this.styles = styles;
        this.numbering = numbering;
        this.body = new DocxParagraphReader(styles, numbering, pages, document.getPackagePart());
    }

    /** Reads the w:body element; call once. */
    List<Block> walk(Element bodyElement) {
        sectionStarts = sectionStarts(bodyElement);
        Wml.forEachContent(bodyElement, element -> {
            switch (Wml.name(element)) {
                case "p" -> {
                    blocks.addAll(paragraph(element));
                    flushPending();
                    if (Wml.child(Wml.child(element, "pPr"), "sectPr") != null) {
                        sectionEnd();
                    }
                }
                case "tbl" -> table(element);
                case "altChunk" -> warnings.add("imported content (altChunk) left out: Word merges it only when it opens the file");
                default -> {
                    // bookmarks, range marks and the final section properties: nothing to show
                }
            }
        });
        return blocks;
    }

    /** The pages counted from the breaks met. */
    int pageCount() {
        return pages.page();
    }

    /** Problems met and recovered from. */
    List<String> warnings() {
        return warnings;
    }

    private void table(Element table) {
        Wml.forEachContent(table, element -> {
            if ("tr".equals(Wml.name(element))) {
                TableRow row = row(element);
                if (row != null) {
                    blocks.add(row);
                }
                flushPending();
            }
        });
    }

    private TableRow row(Element row) {
        int startPage = pages.page();
        List<Cell> cells = new ArrayList<>();
        Wml.forEachContent(row, element -> {
            // a vertically merged continuation cell holds no text (Word keeps it in the first cell): it comes out blank
            if ("tc".equals(Wml.name(element))) {
                cells.add(new Cell(lines(element)));
            }
        });
        return TableRows.of(cells, startPage);
    }

    /** The lines of a cell or text box: its paragraphs, and the rows of tables nested in it, one line each. */
    private List<TextLine> lines(Element container) {
        List<TextLine> lines = new ArrayList<>();
        Wml.forEachContent(container, element -> {
            String name = Wml.name(element);
            if ("p".equals(name)) {
                lines.addAll(paragraph(element));
            } else if ("tbl".equals(name)) {
                Wml.forEachContent(element, row -> {
                    if ("tr".equals(Wml.name(row))) {
                        List<List<TextLine>> cells = new ArrayList<>();
                        Wml.forEachContent(row, cell -> {
                            if ("tc".equals(Wml.name(cell))) {
                                cells.add(lines(cell));
                            }
                        });
                        TextLine joined = NestedRows.join(cells);
                        if (joined != null) {
                            lines.add(joined);
                        }
                    }
                });
            }
        });
        return lines;
    }

    private List<TextLine> paragraph(Element paragraph) {
        DocxParagraphReader.Paragraph read = body.read(paragraph);
        for (DocxParagraphReader.NoteReference note : read.notes()) {
            if (notesShown.add(note)) {
                pending.addAll(noteLines(note));
            }
        }
        for (Element picture : read.pictures()) {
            for (TextLine line : pictureLines(picture)) {
                pending.add(line.withRole(LineRole.IMAGE_TEXT));
            }
        }
        return read.lines();
    }

    /** The text of a footnote or endnote, its number before it as printed (see {@link NoteNumbers}), as FOOTNOTE lines. */
    private List<TextLine> noteLines(DocxParagraphReader.NoteReference reference) {
        XWPFAbstractFootnoteEndnote note = reference.endnote()
                ? document.getEndnoteByID(reference.id()) : document.getFootnoteByID(reference.id());
        if (note == null) {
            warnings.add((reference.endnote() ? "endnote " : "footnote ") + reference.id() + " is referred to but missing");
            return List.of();
        }
        DocxParagraphReader reader = noteReaders.computeIfAbsent(note.getPart().getPackagePart(),
                part -> new DocxParagraphReader(styles, numbering, pages, part));
        List<TextLine> lines = new ArrayList<>();
        Wml.forEachContent((Element) note.getCTFtnEdn().getDomNode(), element -> {
            if ("p".equals(Wml.name(element))) {
                for (TextLine line : reader.read(element).lines()) {
                    lines.add(line.withRole(LineRole.FOOTNOTE));
                }
            }
        });
        return NoteNumbers.numbered(lines, notesShown.size());
    }

    /** The text of the text boxes in a drawing, picture or alternate content (its first choice only). */
    private List<TextLine> pictureLines(Element picture) {
        Element shown = picture;
        if (Wml.is(picture, Wml.MC, "AlternateContent")) {
            shown = firstChild(picture, "Choice");
            if (shown == null) {
                shown = firstChild(picture, "Fallback");
            }
        }
        List<Element> boxes = new ArrayList<>();
        findTextBoxes(shown, boxes);
        List<TextLine> lines = new ArrayList<>();
        for (Element box : boxes) {
            lines.addAll(lines(box));
        }
        return lines;
    }

    private static void findTextBoxes(Node node, List<Element> boxes) {
        if (node == null) {
            return;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if ("txbxContent".equals(Wml.name(c))) {
                boxes.add((Element) c);
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                findTextBoxes(c, boxes);
            }
        }
    }

    private static Element firstChild(Element parent, String mcName) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (Wml.is(c, Wml.MC, mcName)) {
                return (Element) c;
            }
        }
        return null;
    }

    private void flushPending() {
        blocks.addAll(pending);
        pending.clear();
    }

    /** A section ends: the next one starts on a new page unless it is continuous (or starts a column). */
    private void sectionEnd() {
        section++;
        String start = section < sectionStarts.size() ? sectionStarts.get(section) : null;
        if (!"continuous".equals(start) && !"nextColumn".equals(start)) {
            pages.pageStart();
        }
    }

    /** The w:type of every section, in order ("" when absent, which means next page). */
    private static List<String> sectionStarts(Element bodyElement) {
        List<String> starts = new ArrayList<>();
        Wml.forEachContent(bodyElement, element -> {
            Element sectPr = "p".equals(Wml.name(element)) ? Wml.child(Wml.child(element, "pPr"), "sectPr")
                    : "sectPr".equals(Wml.name(element)) ? element : null;
            if (sectPr != null) {
                String type = Wml.childVal(sectPr, "type");
                starts.add(type == null ? "" : type);
            }
        });
        return starts;
    }
}
