package org.ilo.sstc.output.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.output.AtomicFile;

/**
 * Writes compendium documents as an {@code .xlsx} workbook with the sheets of {@link Tables}: header
 * row frozen, filters on, column widths set, text wrapped, numbers as numbers. Streams rows (POI's
 * SXSSF), so a batch of hundreds of compendia does not fill the heap. Written atomically.
 */
public final class WorkbookWriter {

    /** What a cell holds at most; a longer text is cut, saying so, and the JSON has it whole. */
    static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /** Writes {@code documents}, read one at a time, to {@code target}. */
    public void write(Iterable<CompendiumDocument> documents, Path target) throws IOException {
        // Rows beyond the window go to compressed temporary files; dispose() deletes them.
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
        try {
            CellStyle header = header(workbook);
            CellStyle text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle number = workbook.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.TOP);
            List<SheetFiller<?>> sheets = new ArrayList<>();
            for (Table<?> table : Tables.ALL) {
                sheets.add(new SheetFiller<>(table, workbook.createSheet(table.name()), header, text, number));
            }
            for (CompendiumDocument document : documents) {
                sheets.forEach(sheet -> sheet.add(document));
            }
            sheets.forEach(SheetFiller::finish);
            AtomicFile.write(target, workbook::write);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static CellStyle header(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /** Fills one sheet of a table, row by row. */
    private static final class SheetFiller<R> {
        private final Table<R> table;
        private final SXSSFSheet sheet;
        private final CellStyle text;
        private final CellStyle number;
        private int rows = 1;

        SheetFiller(Table<R> table, SXSSFSheet sheet, CellStyle header, CellStyle text, CellStyle number) {
            this.table = table;
            this.sheet = sheet;
            this.text = text;
            this.number = number;
            Row row = sheet.createRow(0);
            List<Column<R>> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                row.createCell(i).setCellValue(columns.get(i).header());
                row.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, columns.get(i).width() * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        void add(CompendiumDocument document) {
            for (R item : table.rowsOf(document)) {
                Row row = sheet.createRow(rows++);
                List<Object> values = table.values(item);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                        row.getCell(i).setCellStyle(number);
                    } else if (value != null) {
                        // "" stays a text cell and null no cell: the JSON's distinction survives in the workbook.
                        row.createCell(i).setCellValue(fit(value.toString()));
                        row.getCell(i).setCellStyle(text);
                    }
                }
            }
        }

        void finish() {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 1), 0, table.columns().size() - 1));
        }
    }

    /** {@code text}, cut to what a cell can hold. */
    static String fit(String text) {
        if (text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        String mark = " […cut: the cell limit is " + MAX_CELL_TEXT + " characters; the JSON has the whole text]";
        return text.substring(0, MAX_CELL_TEXT - mark.length()) + mark;
    }
}
