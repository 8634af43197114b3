package org.ilo.sstc.ingest.word;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Builds small .docx files with POI, the way Word lays out compendia, for the reader tests. */
final class DocxFixture implements AutoCloseable {
    static final String W_NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    final XWPFDocument doc = new XWPFDocument();

    /** A paragraph of plain text. */
    XWPFParagraph text(String text) {
        XWPFParagraph p = doc.createParagraph();
        run(p, text, false);
        return p;
    }

    /** A paragraph set wholly in bold. */
    XWPFParagraph bold(String text) {
        XWPFParagraph p = doc.createParagraph();
        run(p, text, true);
        return p;
    }

    /** A "Label: value" paragraph with the label run in bold. */
    XWPFParagraph labelled(String label, String value) {
        XWPFParagraph p = doc.createParagraph();
        run(p, label, true);
        run(p, value, false);
        return p;
    }

    static XWPFRun run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        return r;
    }

    /** A table; '\n' in a cell text starts a new paragraph of that cell. */
    XWPFTable table(String[][] rows) {
        XWPFTable table = doc.createTable(rows.length, rows[0].length);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                fill(table.getRow(r).getCell(c), rows[r][c]);
            }
        }
        return table;
    }

    static void fill(XWPFTableCell cell, String text) {
        String[] paragraphs = text.split("\n", -1);
        run(cell.getParagraphs().get(0), paragraphs[0], false);
        for (int i = 1; i < paragraphs.length; i++) {
            run(cell.addParagraph(), paragraphs[i], false);
        }
    }

    /** A run built from raw WordprocessingML run content (fields, breaks, pictures). */
    static void rawRun(XWPFParagraph p, String runContent) {
        try {
            // an xml-fragment root parses as the run's content, not as a run inside the run
            CTR parsed = CTR.Factory.parse("<xml-fragment " + W_NS
                    + " xmlns:v=\"urn:schemas-microsoft-com:vml\">" + runContent + "</xml-fragment>");
            p.getCTP().addNewR().set(parsed);
        } catch (XmlException e) {
            throw new IllegalArgumentException("bad run XML: " + runContent, e);
        }
    }

    /** A two-level list definition; returns the numId paragraphs take. */
    BigInteger list(STNumberFormat.Enum format0, String text0, STNumberFormat.Enum format1, String text1) {
        XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(big(numbering.getAbstractNums().size() + 1L));
        level(abstractNum.addNewLvl(), 0, format0, text0);
        level(abstractNum.addNewLvl(), 1, format1, text1);
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
    }

    private static void level(CTLvl level, int ilvl, STNumberFormat.Enum format, String text) {
        level.setIlvl(big(ilvl));
        level.addNewStart().setVal(big(1));
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
    }

    /** A paragraph style named {@code name} ("heading 1", "Normal", ...) with the size in points. */
    void paragraphStyle(String id, String name, int points) {
        XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewRPr().addNewSz().setVal(big(points * 2L));
        styles.addStyle(new XWPFStyle(style));
    }

    /** Replaces the whole body with raw WordprocessingML (content controls, sections, tracked changes). */
    void rawBody(String bodyContent) {
        try {
            doc.getDocument().getBody().set(CTBody.Factory.parse("<xml-fragment " + W_NS + ">" + bodyContent
                    + "</xml-fragment>"));
        } catch (XmlException e) {
            throw new IllegalArgumentException("bad body XML: " + bodyContent, e);
        }
    }

    static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }

    /** Writes the document to {@code dir/name}. */
    Path save(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
