package org.ilo.sstc.ingest.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.TextLine;

/**
 * Reads the paragraphs of one story of a .doc (the main text, or the notes) into lines, decoding
 * Word 97's control characters: fields, manual line breaks, page and section marks, note marks.
 * Not thread-safe: fields may span paragraphs, so one instance reads one story in order.
 */
final class DocParagraphReader {
    private static final char NOTE_MARK = '\u0002';
    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATE = '\u0014';
    private static final char FIELD_END = '\u0015';
    private static final char LINE_BREAK = '\u000b';
    private static final char PAGE_BREAK = '\u000c';
    private static final char COLUMN_BREAK = '\u000e';
    private static final char NON_BREAKING_HYPHEN = '\u001e';
    /** Word 97's number format codes (nfc) for bullets. */
    private static final int NFC_BULLET = 23;

    private final HWPFDocument document;
    private final PageCounter pages;
    private final ListCounters lists;
    private final Map<Integer, Boolean> sectionMarks;
    private final FieldStack fields = new FieldStack();

    private List<TextLine> lines;
    private List<Integer> noteAnchors;
    private LineBuilder line;
    private boolean heading;

    /**
     * What one paragraph gave.
     *
     * @param lines       its lines, empty ones left out
     * @param noteAnchors the character positions of the note marks in it, in order
     */
    record Read(List<TextLine> lines, List<Integer> noteAnchors) {
    }

    /**
     * @param sectionMarks for each section mark (a form feed that ends a section), whether the next section
     *                     starts a new page; any other form feed is a page break
     */
    DocParagraphReader(HWPFDocument document, PageCounter pages, ListCounters lists, Map<Integer, Boolean> sectionMarks) {
        this.document = document;
        this.pages = pages;
        this.lists = lists;
        this.sectionMarks = sectionMarks;
    }

    /** Reads one paragraph. */
    Read read(Paragraph paragraph) {
        lines = new ArrayList<>();
        noteAnchors = new ArrayList<>();
        line = new LineBuilder();
        heading = isHeading(paragraph);
        if (paragraph.pageBreakBefore()) {
            pages.pageStart();
        }
        String marker = listMarker(paragraph);
        if (marker != null) {
            line.appendMarker(marker);
        }
        for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
            run(paragraph.getCharacterRun(r));
        }
        endLine();
        return new Read(lines, noteAnchors);
    }

    private void run(CharacterRun run) {
        String text = run.text();
        boolean hidden = run.isVanished() || run.isMarkedDeleted();
        boolean bold = run.isBold();
        float size = run.getFontSize() / 2f;
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == FIELD_BEGIN || c == FIELD_SEPARATE || c == FIELD_END) {
                flush(shown, bold, size, run.isCapitalized());
                field(c);
            } else if (fields.inInstruction()) {
                fields.instruction(String.valueOf(c));
            } else if (hidden) {
                continue;
            } else if (c == NOTE_MARK) {
                noteAnchors.add(run.getStartOffset() + i);
            } else if (c == LINE_BREAK || c == COLUMN_BREAK || c == PAGE_BREAK) {
                flush(shown, bold, size, run.isCapitalized());
                breakAt(c, run.getStartOffset() + i);
            } else if (c == NON_BREAKING_HYPHEN) {
                shown.append('-');
            } else if (c == '\t' || c >= ' ') {
                shown.append(c);
            }
            // other control characters (paragraph and cell ends, pictures, soft hyphens, annotation marks) show nothing
        }
        flush(shown, bold, size, run.isCapitalized());
    }

    private void flush(StringBuilder shown, boolean bold, float size, boolean caps) {
        if (shown.length() == 0) {
            return;
        }
        String text = caps ? shown.toString().toUpperCase(Locale.ROOT) : shown.toString();
        line.append(text, bold, size, fields.url(), pages.page());
        if (!text.isBlank()) {
            pages.shown();
        }
        shown.setLength(0);
    }

    private void field(char c) {
        if (c == FIELD_BEGIN) {
            fields.begin();
        } else if (c == FIELD_SEPARATE) {
            fields.separate();
        } else {
            fields.end();
        }
    }

    private void breakAt(char c, int position) {
        endLine();
        if (c != PAGE_BREAK) {
            return;
        }
        Boolean sectionStartsPage = sectionMarks.get(position);
        if (sectionStartsPage == null) {
            pages.pageBreak();
        } else if (sectionStartsPage) {
            pages.pageStart();
        }
    }

    private void endLine() {
        TextLine done = line.build(heading, LineRole.BODY, pages.page());
        if (done != null) {
            lines.add(done);
        }
        line = new LineBuilder();
    }

    private boolean isHeading(Paragraph paragraph) {
        int outline = paragraph.getLvl();
        if (outline >= 0 && outline <= 8) {
            return true;
        }
        StyleDescription style = document.getStyleSheet().getStyleDescription(paragraph.getStyleIndex());
        return style != null && DocxStyles.isHeadingName(style.getName());
    }

    /** The visible marker of a list paragraph ("-", "1.", "a)"), or null. */
    private String listMarker(Paragraph paragraph) {
        if (!paragraph.isInList()) {
            return null;
        }
        HWPFList list;
        try {
            list = paragraph.getList();
        } catch (RuntimeException e) {
            // a list override pointing nowhere: Word shows no marker either
            return null;
        }
        char level = (char) Math.max(0, Math.min(ListCounters.LEVELS - 1, paragraph.getIlvl()));
        int[] numbers = lists.next("lfo" + paragraph.getIlfo(), level, i -> list.getStartAt((char) i));
        if (list.getNumberFormat(level) == NFC_BULLET) {
            return ListNumbers.BULLET;
        }
        String template = list.getNumberText(level);
        if (template == null) {
            return null;
        }
        StringBuilder marker = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            // characters 0..8 stand for the number of that level
            if (c < ListCounters.LEVELS) {
                marker.append(ListNumbers.format(numbers[c], formatName(list.getNumberFormat(c))));
            } else {
                marker.append(c);
            }
        }
        String shown = marker.toString().strip();
        return shown.isEmpty() ? null : shown;
    }

    /** Word 97's number format code as the OOXML name {@link ListNumbers} knows. */
    private static String formatName(int nfc) {
        return switch (nfc) {
            case 1 -> "upperRoman";
            case 2 -> "lowerRoman";
            case 3 -> "upperLetter";
            case 4 -> "lowerLetter";
            case 22 -> "decimalZero";
            case NFC_BULLET -> "bullet";
            case 255 -> "none";
            default -> "decimal";
        };
    }
}
