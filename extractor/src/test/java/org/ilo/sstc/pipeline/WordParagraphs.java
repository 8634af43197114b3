package org.ilo.sstc.pipeline;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Builders for the paragraphs of generated compendia: bold text and "Label: value" lines. */
final class WordParagraphs {
    private WordParagraphs() {
    }

    /** A paragraph whose bold label run is followed by a plain value run, as the template's label lines. */
    static void labelLine(XWPFDocument doc, String label, String value) {
        XWPFParagraph p = doc.createParagraph();
        bold(p, label);
        p.createRun().setText(value);
    }

    /** Appends a bold run. */
    static void bold(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setBold(true);
        run.setText(text);
    }
}
