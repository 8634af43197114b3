package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.segment.PracticeSegment;

/**
 * The tables of a practice as the template reads them. A first column that only numbers the rows ("N.º | Critério |
 * Descrição", "1 | Propósito | …") is dropped, so that the label opens the row as in other tables. A table inside a
 * field (a contact list "Name | Organisation | E-mail", figures "Indicator | Baseline | 2025") is content: each of its
 * rows one line, cells apart by tabs, as a row that names no field is. Such a row has three cells or more, not as
 * many as the template's own rows (those whose first cell names a field), and only short cells or contact headings.
 */
final class InnerTables {

    /** A cell that only numbers its row: "1", "10.", "iv)", or the column's heading "N.º", "No.", "#". */
    private static final Pattern ROW_NUMBER = Pattern.compile("(?:\\d{1,2}|[ivxIVX]{1,5}|N\\.?\\s?[º°o]\\.?|No\\.?|#)[.)]?");
    /** The longest cell of a row of figures or names ("Share of shifts checked"). */
    private static final int SHORT_CELL_CHARS = 60;
    /** The longest heading of a column: "Cargo e institución". */
    private static final int MAX_COLUMN_HEADING_WORDS = 4;

    private InnerTables() {
    }

    /** {@code segment} with its number columns dropped and its inner tables as lines; the same segment when neither. */
    static PracticeSegment apply(PracticeSegment segment, FieldVocabulary vocabulary) {
        boolean numbered = segment.blocks().stream().filter(b -> b instanceof TableRow r && opensWithNumber(r)).count() >= 2;
        List<TableRow> rows = new ArrayList<>();
        for (Block block : segment.blocks()) {
            if (block instanceof TableRow row) {
                rows.add(numbered && opensWithNumber(row) ? new TableRow(row.cells().subList(1, row.cells().size()), row.page()) : row);
            }
        }
        // The template's rows: as many cells as a row whose first cell names a field.
        Set<Integer> templateColumns = new HashSet<>();
        rows.stream().filter(r -> r.cells().size() >= 2 && namesAField(r, vocabulary)).forEach(r -> templateColumns.add(r.cells().size()));
        List<Block> blocks = new ArrayList<>(segment.blocks().size());
        boolean changed = false;
        int next = 0;
        for (Block block : segment.blocks()) {
            if (block instanceof TableRow row) {
                TableRow read = rows.get(next++);
                if (read.cells().size() >= 3 && !templateColumns.contains(read.cells().size()) && isInner(read, vocabulary)) {
                    blocks.add(asLine(read));
                    changed = true;
                } else {
                    blocks.add(read);
                    changed |= read != row;
                }
            } else {
                blocks.add(block);
            }
        }
        return changed ? new PracticeSegment(segment.heading(), blocks, segment.firstPage(), segment.lastPage()) : segment;
    }

    /** A row of three cells or more whose first holds only a row number. */
    private static boolean opensWithNumber(TableRow row) {
        return row.cells().size() >= 3 && ROW_NUMBER.matcher(row.cells().get(0).text().strip()).matches();
    }

    private static boolean namesAField(TableRow row, FieldVocabulary vocabulary) {
        if (vocabulary.areContactHeadings(texts(row)) || namesItsColumns(row.cells(), vocabulary)) {
            return false;
        }
        List<String> words = LabelKey.words(String.join(" ", vocabulary.labelLines(row.cells().get(0).lines()).stream()
                .map(TextLine::text).toList()));
        // A wording of the profile, or a keyword as its first word ("Propósito da cooperação"): not a keyword deep
        // in a row of figures ("Crew members covered by a written contract").
        return !words.isEmpty() && vocabulary.matcher().classify(words)
                .filter(m -> m.mapping() == TemplateLabel.Mapping.SYNONYM || m.strength() == 2).isPresent();
    }

    private static boolean isInner(TableRow row, FieldVocabulary vocabulary) {
        List<String> cells = texts(row);
        return vocabulary.areContactHeadings(cells) || namesItsColumns(row.cells(), vocabulary) || cells.stream().allMatch(c -> c.length() <= SHORT_CELL_CHARS)
                && !vocabulary.areColumnHeadings(LabelText.words(String.join(" ", cells)));
    }

    /**
     * The bold header row of a table of three columns or more that the profile's column headings do not name ("Name |
     * Role | Agency | Email"): a table inside a section, not a template row whose first cell is a label.
     */
    static boolean namesItsColumns(List<Cell> cells, FieldVocabulary vocabulary) {
        return cells.size() >= 3 && !vocabulary.areColumnHeadings(LabelKey.words(cells.get(0).text()))
                && cells.stream().allMatch(c -> c.lines().size() == 1 && c.lines().get(0).isBold()
                        && LabelKey.words(c.lines().get(0).text()).size() <= MAX_COLUMN_HEADING_WORDS);
    }

    /** Whether {@code line} is a row of three cells or more written as one line (two tabs or more). */
    static boolean isRowLine(TextLine line) {
        return line.text().chars().filter(c -> c == '\t').count() >= 2;
    }

    /** A row as one line of content, its cells apart by tabs and its links kept. */
    static TextLine asLine(TableRow row) {
        List<String> texts = texts(row);
        List<Hyperlink> links = row.cells().stream().map(Cell::lines).flatMap(List::stream)
                .flatMap(l -> l.links().stream()).toList();
        return new TextLine(String.join("\t", texts), row.page(), 0, false, 0f, LineStart.PARAGRAPH, LineRole.BODY, links);
    }

    private static List<String> texts(TableRow row) {
        return row.cells().stream().map(c -> c.text().replace('\n', ' ').strip()).toList();
    }
}
