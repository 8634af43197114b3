package org.ilo.sstc.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.ilo.sstc.error.ExtractionException;
import org.ilo.sstc.model.CompendiumDocument;

/**
 * Writes a small compendium in the template's layout with Apache POI, in whatever language the test words
 * it: bold heading, bold "Label: value" lines, then a two-column table of bold labels and content.
 */
public final class CompendiumDocx {

    /** A table row: its label, and its content paragraphs; a paragraph "[text](url)" is a hyperlink. */
    record Row(String label, List<String> paragraphs) {
        static Row of(String label, String... paragraphs) {
            return new Row(label, List.of(paragraphs));
        }
    }

    private final XWPFDocument doc = new XWPFDocument();
    private final List<Row> rows = new ArrayList<>();

    /** A bold line (a heading or a preface title). */
    public CompendiumDocx bold(String text) {
        flushTable();
        WordParagraphs.bold(doc.createParagraph(), text);
        return this;
    }

    /** A plain paragraph. */
    public CompendiumDocx text(String text) {
        flushTable();
        doc.createParagraph().createRun().setText(text);
        return this;
    }

    /** A "Label: value" line, the label in bold. */
    public CompendiumDocx meta(String label, String value) {
        flushTable();
        WordParagraphs.labelLine(doc, label, value);
        return this;
    }

    /** A row of the practice's table (rows in a run make one table). */
    public CompendiumDocx row(String label, String... paragraphs) {
        rows.add(Row.of(label, paragraphs));
        return this;
    }

    /** Writes the document to {@code file}. */
    public Path write(Path file) throws IOException {
        flushTable();
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        doc.close();
        return file;
    }

    /** Writes the document to {@code file} and converts it with the shared standard pipeline. */
    public CompendiumDocument convert(Path file) throws IOException, ExtractionException {
        return SharedPipeline.extractor().extract(write(file));
    }

    private void flushTable() {
        if (rows.isEmpty()) {
            return;
        }
        XWPFTable table = doc.createTable(rows.size(), 2);
        for (int r = 0; r < rows.size(); r++) {
            WordParagraphs.bold(table.getRow(r).getCell(0).getParagraphs().get(0), rows.get(r).label());
            XWPFTableCell cell = table.getRow(r).getCell(1);
            List<String> paragraphs = rows.get(r).paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                String text = paragraphs.get(i);
                if (text.startsWith("[") && text.endsWith(")") && text.contains("](")) {
                    int cut = text.indexOf("](");
                    p.createHyperlinkRun(text.substring(cut + 2, text.length() - 1)).setText(text.substring(1, cut));
                } else {
                    p.createRun().setText(text);
                }
            }
        }
        doc.createParagraph();
        rows.clear();
    }
}
