package org.ilo.sstc.output.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.Contact;
import org.ilo.sstc.model.Country;
import org.ilo.sstc.model.Practice;

/** Reads a written workbook back with POI and checks it against the documents it was made from. */
public final class Workbooks {
    private Workbooks() {
    }

    /** Checks sheets, headers, layout, row counts and every practice's countries and contacts. */
    public static void checkAgainst(Path xlsx, List<CompendiumDocument> documents) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(names(workbook)).containsExactly("practices", "contacts", "countries", "links", "warnings");
            for (Table<?> table : Tables.ALL) {
                Sheet sheet = workbook.getSheet(table.name());
                assertThat(texts(sheet.getRow(0))).as("headers of %s", table.name()).isEqualTo(table.headers());
                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane.isFreezePane()).isTrue();
                assertThat(pane.getHorizontalSplitPosition()).as("header row frozen").isEqualTo((short) 1);
                assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).as("filters on %s", table.name()).isTrue();
                assertThat(sheet.getColumnWidth(0)).isEqualTo(table.columns().get(0).width() * 256);
                int rows = documents.stream().mapToInt(d -> table.rowsOf(d).size()).sum();
                assertThat(sheet.getLastRowNum()).as("rows of %s", table.name()).isEqualTo(rows);
            }
            checkPractices(workbook, documents);
        }
    }

    private static void checkPractices(Workbook workbook, List<CompendiumDocument> documents) {
        Sheet practices = workbook.getSheet("practices");
        Sheet contacts = workbook.getSheet("contacts");
        Sheet countries = workbook.getSheet("countries");
        int practiceRow = 1;
        int contactRow = 1;
        int countryRow = 1;
        for (CompendiumDocument document : documents) {
            for (Practice practice : document.practices()) {
                Row row = practices.getRow(practiceRow++);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(document.source().file());
                assertThat(row.getCell(1).getCellType()).as("numbers as numbers").isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(practice.number());
                assertThat(row.getCell(Tables.PRACTICES.headers().indexOf("countries.iso3")).getStringCellValue()).isEqualTo(
                        String.join("; ", practice.countries().stream().map(Country::iso3).toList()));
                assertThat(row.getCell(0).getCellStyle().getWrapText()).as("text wrapped").isTrue();
                for (Contact contact : practice.contacts()) {
                    Row c = contacts.getRow(contactRow++);
                    assertThat(c.getCell(1).getNumericCellValue()).isEqualTo(practice.number());
                    assertThat(textOrNull(c.getCell(3))).isEqualTo(contact.name());
                    assertThat(textOrNull(c.getCell(6))).isEqualTo(contact.email());
                }
                for (Country country : practice.countries()) {
                    Row c = countries.getRow(countryRow++);
                    assertThat(c.getCell(1).getNumericCellValue()).isEqualTo(practice.number());
                    assertThat(c.getCell(3).getStringCellValue()).isEqualTo(country.iso3());
                    assertThat(c.getCell(4).getStringCellValue()).isEqualTo(country.name());
                    assertThat(c.getCell(5).getStringCellValue()).isEqualTo("involved");
                }
                long mentionedOnly = practice.entities().countries().stream()
                        .filter(m -> practice.countries().stream().noneMatch(c -> c.iso3().equals(m.iso3()))).count();
                for (int i = 0; i < mentionedOnly; i++) {
                    assertThat(countries.getRow(countryRow++).getCell(5).getStringCellValue()).isEqualTo("mentioned");
                }
            }
        }
    }

    private static List<String> names(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    /** The cell's text; null for no cell, as the JSON's null. */
    static String textOrNull(Cell cell) {
        return cell == null ? null : cell.getStringCellValue();
    }
}
