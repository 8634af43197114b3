package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.List;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.segment.PracticeSegment;

/**
 * The label lines of a practice set as a table on its side: a header row of labels ("Responsável | Instituição |
 * Vigência | Nome da prática | Países") over one row of their values. Each label and its value become a two-cell row,
 * as the two-column tables have them, so that every label opens its own row. Only a header row of three cells or more,
 * each a short bold text alone, at least two of them wordings of the profile's label lines, over exactly one row of as
 * many cells, is turned: a table of figures has more rows, or headings that name no label line, and a contact table
 * its own headings.
 */
final class ColumnLabelRows {

    private static final int MIN_COLUMNS = 3;
    private static final int MAX_LABEL_WORDS = 8;
    private static final int MIN_KNOWN_LABELS = 2;

    private ColumnLabelRows() {
    }

    /** {@code segment} with its label columns as rows; the same segment when it has none. */
    static PracticeSegment split(PracticeSegment segment, FieldVocabulary vocabulary) {
        List<Block> in = segment.blocks();
        List<Block> blocks = new ArrayList<>(in.size());
        boolean changed = false;
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i) instanceof TableRow header && i + 1 < in.size() && in.get(i + 1) instanceof TableRow values
                    && isLabelHeader(header, vocabulary) && isOnlyValueRow(values, header, i + 2 < in.size() ? in.get(i + 2) : null)) {
                for (int c = 0; c < header.cells().size(); c++) {
                    blocks.add(new TableRow(List.of(header.cells().get(c), values.cells().get(c)), header.page()));
                }
                i++;
                changed = true;
            } else {
                blocks.add(in.get(i));
            }
        }
        return changed ? new PracticeSegment(segment.heading(), blocks, segment.firstPage(), segment.lastPage()) : segment;
    }

    private static boolean isLabelHeader(TableRow row, FieldVocabulary vocabulary) {
        List<Cell> cells = row.cells();
        // A contact table's headings ("Name | Organisation | E-mail") name label lines too, but head a list of people.
        if (cells.size() < MIN_COLUMNS || !cells.stream().allMatch(ColumnLabelRows::isShortBoldText)
                || vocabulary.areContactHeadings(cells.stream().map(Cell::text).toList())) {
            return false;
        }
        long known = cells.stream().filter(c -> vocabulary.matcher().classify(LabelKey.words(c.text()))
                .filter(m -> m.field().kind() == TemplateField.Kind.HEADER).isPresent()).count();
        return known >= MIN_KNOWN_LABELS;
    }

    /** A row of as many cells, none bold alone, that no other row of its width follows. */
    private static boolean isOnlyValueRow(TableRow values, TableRow header, Block after) {
        return values.cells().size() == header.cells().size()
                && values.cells().stream().noneMatch(ColumnLabelRows::isShortBoldText)
                && !(after instanceof TableRow next && next.cells().size() == header.cells().size());
    }

    private static boolean isShortBoldText(Cell cell) {
        List<TextLine> lines = cell.lines().stream().filter(l -> !l.text().isBlank()).toList();
        return !lines.isEmpty() && lines.stream().allMatch(TextLine::isBold)
                && cell.text().strip().split("\\s+").length <= MAX_LABEL_WORDS;
    }
}
