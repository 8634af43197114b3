package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ilo.sstc.fields.LabelMatcher.LabelHit;
import org.ilo.sstc.fields.LabelMatcher.LineStartMatch;
import org.ilo.sstc.fields.TemplateField.Kind;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.segment.PracticeSegment;
import org.ilo.sstc.text.Fold;

/**
 * Walks one practice's blocks once, sending each line to the field whose label precedes it. Table
 * rows name their field in the label cell; free lines name it in a bold line, a heading, or at the
 * start of a line. One instance per practice: it holds that practice's state.
 */
final class FieldCollector {

    /** Bold lines longer than this are emphasis in running text, not labels. */
    private static final int MAX_LABEL_WORDS = 12;
    /** A row an office added, numbered on from the template's ("k) Difficultés et parades"), is a short line. */
    private static final int MAX_ADDED_ROW_WORDS = 7;
    private static final int MAX_BOLD_LABEL_LINES = 4;
    /** Lines of the page a cut label's head ends that may stand between it and its tail (a footnote read as text). */
    private static final int MAX_LINES_BEFORE_TAIL = 2;
    /** Lines looked at for one wrapped label. */
    private static final int LABEL_WINDOW = 8;

    private final LabelMatcher matcher;
    private final FieldVocabulary vocabulary;
    private final CompendiumTemplate template;
    /** The {@link Fold#key} of each bracketed instruction of the template's labels. */
    private final Set<String> labelInstructions;
    private final PracticeSegment segment;
    private final boolean styled;
    private final FieldSlots slots = new FieldSlots();
    private final LabelAcceptance acceptance;
    private final NumberedLabelStarts numberedStarts;
    private final PageSplitLabels pageSplitLabels;
    /** Where the collector is in the practice's blocks (the index of the block being taken). */
    private int position;
    /** The line on the next page that opens with the rest of a label a page break cut, and that label's head. */
    private TextLine pendingTail;
    private PageSplitLabels.Head pendingHead;
    private final FootnoteGroups footnotes = new FootnoteGroups();
    private final List<Hyperlink> hyperlinks = new ArrayList<>();
    private boolean boldLabelLayout;
    /** How this practice sets its narrative labels, once one is found; null before. */
    private LabelLook labelLook;
    /** Whether this practice writes its labels in bold at the start of their content's line ("*Purpose:* To ..."). */
    private boolean boldRunInLabels;
    /** Whether this practice sets its labels in one-cell rows of their own, above content rows. */
    private boolean labelRows;
    /** Whether the lines being read are a one-cell row holding more than a label. */
    private boolean inContentRow;
    /** Whether the lines being read are a one-cell row holding one line alone. */
    private boolean inOwnRow;
    private String lastRowLabel;
    private int lastRowPage;

    FieldCollector(FieldVocabulary vocabulary, CompendiumTemplate template, PracticeSegment segment) {
        this.vocabulary = vocabulary;
        this.template = template;
        this.matcher = vocabulary.matcher().withTemplate(template);
        this.segment = segment;
        this.styled = segment.blocks().stream().anyMatch(FieldCollector::hasStyle);
        this.acceptance = new LabelAcceptance(slots, styled, vocabulary::isFunctionWord);
        this.numberedStarts = new NumberedLabelStarts(template);
        this.pageSplitLabels = new PageSplitLabels(template);
        this.labelInstructions = template.labelInstructions();
    }

    private static boolean hasStyle(Block block) {
        return lines(block).stream().anyMatch(l -> l.boldPrefix() > 0 || l.heading());
    }

    private static List<TextLine> lines(Block block) {
        if (block instanceof TextLine line) {
            return List.of(line);
        }
        return ((TableRow) block).cells().stream().flatMap(c -> c.lines().stream()).toList();
    }

    PracticeFields collect() {
        List<Block> blocks = segment.blocks();
        blocks.forEach(block -> lines(block).forEach(this::collectLinks));
        int i = 0;
        while (i < blocks.size()) {
            position = i;
            if (startsBackMatter(blocks.get(i))) {
                slots.warn("the practice ends at '" + ((TextLine) blocks.get(i)).text().strip() + "' (page "
                        + blocks.get(i).page() + "): what follows, to the end of the document, belongs to no practice");
                break;
            }
            if (blocks.get(i) instanceof TableRow row) {
                takeRow(row);
                i++;
            } else {
                i += takeLine(blocks, i);
            }
        }
        return PracticeFieldsAssembly.assemble(segment, slots, footnotes, hyperlinks, vocabulary);
    }

    /**
     * Whether {@code block} opens the back matter after the last practice ("Annex", "Bibliography"): a heading
     * or bold line of such words (in flattened text, such words alone, no number) once a closing row (contacts,
     * funding, materials) is open, where a compendium's annexes follow its last practice.
     */
    private boolean startsBackMatter(Block block) {
        if (!(block instanceof TextLine line) || line.role() != LineRole.BODY || slots.current() == null
                || slots.current().field() == null || slots.current().field().kind() != Kind.CLOSING
                || !vocabulary.isBackMatterHeading(line.text())) {
            return false;
        }
        return styled ? line.heading() || line.isBold() : !line.text().matches(".*\\d.*");
    }

    /** Takes the line at {@code index} (and the next ones a wrapped label spans); returns lines used. */
    private int takeLine(List<Block> blocks, int index) {
        TextLine line = (TextLine) blocks.get(index);
        switch (line.role()) {
            case FOOTNOTE -> footnotes.add(line);
            case LINK_TARGET, IMAGE_TEXT -> {
                // Collected as links, or not text of the practice at all.
            }
            case BODY -> {
                footnotes.interrupt();
                return takeBodyLines(bodyLinesFrom(blocks, index), nextRowLabel(blocks, index));
            }
        }
        return 1;
    }

    /** The label cell's text of a table row right after the line at {@code index}, or null when none follows. */
    private static String nextRowLabel(List<Block> blocks, int index) {
        return index + 1 < blocks.size() && blocks.get(index + 1) instanceof TableRow row && row.cells().size() > 1
                ? row.cells().get(0).text() : null;
    }

    /**
     * Takes the first of {@code window} and any further lines its label spans; returns lines used. {@code rowLabel}
     * is the label cell of a table row that follows the line, or null.
     */
    private int takeBodyLines(List<TextLine> window, String rowLabel) {
        TextLine line = window.get(0);
        if (styled && InnerTables.isRowLine(line)) {
            // A row of a table inside the field ("Crew members covered by a written contract<tab>38%<tab>81%").
            slots.add(line);
            return 1;
        }
        if (line == pendingTail) {
            String rest = pageSplitLabels.tail(line.text(), pendingHead).orElse(line.text());
            pendingTail = null;
            if (!rest.isEmpty()) {
                slots.add(restOf(line, rest));
            }
            return 1;
        }
        List<String> texts = window.stream().map(TextLine::text).toList();
        Optional<LineStartMatch> match = matcher.matchLineStart(texts);
        if (match.isPresent() && acceptance.accepts(match.get(), line) && !templateLabelBelow(match.get(), window, rowLabel)) {
            LineStartMatch m = match.get();
            if (!open(m.field(), m.template(), m.template() == null ? null : m.template().text())) {
                return m.linesConsumed();
            }
            if ((line.isBold() || line.heading()) && (m.field() == null || m.field().kind() != Kind.HEADER)) {
                noteLabelLine(line);
            }
            boldRunInLabels |= !line.isBold() && line.boldPrefix() > 0 && m.field() != null && m.field().kind() != Kind.HEADER;
            if (!m.rest().isEmpty()) {
                slots.add(restOf(window.get(m.linesConsumed() - 1), m.rest()));
            }
            return m.linesConsumed();
        }
        if (line.isBold() || line.heading()) {
            int used = takeBoldLabel(window);
            if (used > 0) {
                return used;
            }
        } else if (boldRunInLabels && takeBoldRunInLabel(line)) {
            return 1;
        } else if (takeExtraLabel(line) || takePageSplitLabel(line)) {
            return 1;
        } else {
            int used = skipLabelInstruction(texts);
            used = used > 0 ? used : takeInstructedLabel(window, texts);
            used = used > 0 ? used : takeNumberedLabelStart(window);
            if (used > 0) {
                return used;
            }
        }
        slots.add(line);
        return 1;
    }

    /**
     * Flattened text: a label of the template that a page break cut ({@link PageSplitLabels}), its head on this
     * line, its tail opening the first line of the next page.
     */
    private boolean takePageSplitLabel(TextLine line) {
        List<Block> blocks = segment.blocks();
        if (styled || template.labels().isEmpty() || position >= blocks.size() || blocks.get(position) != line) {
            return false;
        }
        Optional<PageSplitLabels.Head> head = pageSplitLabels.head(line.text(), currentField(), slots::seen);
        if (head.isEmpty()) {
            return false;
        }
        // The first line of the next page; a footnote the reader could not tell from text may stand before it.
        TextLine next = null;
        int samePage = 0;
        for (int j = position + 1; j < blocks.size() && next == null && samePage <= MAX_LINES_BEFORE_TAIL; j++) {
            if (!(blocks.get(j) instanceof TextLine candidate)) {
                return false;
            }
            if (candidate.role() == LineRole.BODY && candidate.page() > line.page()) {
                next = candidate;
            } else if (candidate.role() == LineRole.BODY) {
                samePage++;
            }
        }
        if (next == null || pageSplitLabels.tail(next.text(), head.get()).isEmpty()) {
            return false;
        }
        pendingTail = next;
        pendingHead = head.get();
        openWithRest(head.get().label().field(), line, head.get().rest());
        return true;
    }

    /**
     * Whether {@code match}, a wording of the profile rather than the compendium's own label, stands right above the
     * template's label of the same field: "PRACTICE PROFILE" over "Practice title …" is a caption, not the title.
     */
    private boolean templateLabelBelow(LineStartMatch match, List<TextLine> window, String rowLabel) {
        if (match.template() != null || match.field() == null) {
            return false;
        }
        List<List<String>> below = new ArrayList<>();
        for (int k = match.linesConsumed(); k < Math.min(window.size(), match.linesConsumed() + 2); k++) {
            below.add(window.subList(k, window.size()).stream().map(TextLine::text).toList());
        }
        if (rowLabel != null && match.linesConsumed() == window.size()) {
            below.add(List.of(rowLabel));
        }
        return below.stream().map(matcher::matchLineStart)
                .anyMatch(m -> m.isPresent() && m.get().template() != null && match.field().equals(m.get().field()));
    }

    /** Opens {@code field}'s slot, with {@code rest}, what follows its label on {@code line}, as its first content. */
    private void openWithRest(TemplateField field, TextLine line, String rest) {
        slots.open(Slot.of(field));
        if (!rest.isEmpty()) {
            slots.add(restOf(line, rest));
        }
    }

    /** The field of the slot open now; null when none is, or when it names no field. */
    private TemplateField currentField() {
        Slot current = slots.current();
        return current == null ? null : current.field();
    }

    /**
     * Flattened text: a numbered label of the template run together with its guidance ({@link NumberedLabelStarts});
     * returns the lines it takes, 0 if none.
     */
    private int takeNumberedLabelStart(List<TextLine> window) {
        if (styled || template.labels().isEmpty()) {
            return 0;
        }
        Optional<NumberedLabelStarts.Match> match = numberedStarts.match(window.stream().map(TextLine::text).toList(),
                currentField(), slots::seen);
        if (match.isEmpty()) {
            return 0;
        }
        NumberedLabelStarts.Match m = match.get();
        openWithRest(m.label().field(), window.get(m.lines() - 1), m.rest());
        return m.lines();
    }

    /** Flattened text: a label's instruction a page break left among the content is no content; returns the lines it takes. */
    private int skipLabelInstruction(List<String> texts) {
        if (styled) {
            return 0;
        }
        int lines = InstructedLabels.instructionLines(texts, 0);
        return lines > 0 && labelInstructions.contains(Fold.key(String.join(" ", texts.subList(0, lines)))) ? lines : 0;
    }

    /**
     * Flattened text: a label the template does not have, set like a form's with its instruction under it
     * ({@link InstructedLabels}), after a finished sentence: a section of its own; returns the lines it takes, 0 if none.
     */
    private int takeInstructedLabel(List<TextLine> window, List<String> texts) {
        if (styled || slots.current() == null || window.get(0).start() == LineStart.WRAPPED || !slots.currentEndsSentence()) {
            return 0;
        }
        Optional<InstructedLabels.Match> match = InstructedLabels.match(texts);
        match.ifPresent(m -> slots.openUnknown(m.label()));
        return match.map(InstructedLabels.Match::lines).orElse(0);
    }

    /**
     * A section the profile knows offices add to the template ("Lessons learned", "Challenges faced"), opening
     * a line of a practice without styles (flattened text) after a finished sentence: its own section under
     * otherSections, even in one practice only. (Where labels are bold or in cells, layout already tells one.)
     */
    private boolean takeExtraLabel(TextLine line) {
        if (styled || line.start() == LineStart.WRAPPED || slots.current() == null
                || !slots.currentEndsSentence() && !template.numbersBeyond(line.text())) {
            return false;
        }
        Optional<LabelMatcher.ExtraLabel> extra = matcher.matchExtra(line.text());
        if (extra.isEmpty() && template.numbersBeyond(line.text()) && LabelText.words(line.text()).size() <= MAX_ADDED_ROW_WORDS
                && looksLikeLabel(line.text()) && !line.text().strip().matches(".*[.;,:]$")) {
            // "k) Difficultés et parades" alone on its line after "a)" to "j)": a row the office added, whatever its words.
            extra = Optional.of(new LabelMatcher.ExtraLabel(line.text().strip(), ""));
        }
        if (extra.isEmpty()) {
            return false;
        }
        slots.openUnknown(extra.get().label());
        if (!extra.get().rest().isEmpty()) {
            slots.add(restOf(line, extra.get().rest()));
        }
        return true;
    }

    /**
     * A label written like the practice's others, in bold before a colon and its content, but worded like no
     * label of the template ("*Challenges:* Agencies ..." in one practice only): a section of its own.
     */
    private boolean takeBoldRunInLabel(TextLine line) {
        if (line.boldPrefix() <= 0) {
            return false;
        }
        String bold = line.boldText().strip();
        String after = line.text().substring(Math.min(line.boldPrefix(), line.text().length())).strip();
        boolean colon = bold.endsWith(":") || bold.endsWith("：") || after.startsWith(":");
        // "Obstáculos e soluções. Os dados …" where the template's labels close with a full stop.
        boolean stop = bold.endsWith(".") && template.labelsCloseWithStop() && !after.isEmpty()
                && Character.isUpperCase(after.codePointAt(0));
        String label = (stop ? bold.substring(0, bold.length() - 1) : bold.replaceAll("[:：]\\s*$", "")).strip();
        if (!(colon || stop) || label.isEmpty() || !looksLikeLabel(label) || !Character.isUpperCase(label.codePointAt(0))) {
            return false;
        }
        slots.openUnknown(label);
        String rest = after.startsWith(":") ? after.substring(1).strip() : after;
        if (!rest.isEmpty()) {
            slots.add(restOf(line, rest));
        }
        return true;
    }

    /** A label set as bold or heading lines, worded unlike any synonym; returns lines used, 0 if none. */
    private int takeBoldLabel(List<TextLine> window) {
        StringBuilder label = new StringBuilder();
        int count = 0;
        while (count < Math.min(MAX_BOLD_LABEL_LINES, window.size())
                && (window.get(count).isBold() || window.get(count).heading())) {
            label.append(count == 0 ? "" : " ").append(window.get(count).text().strip());
            count++;
            Optional<LabelHit> hit = matcher.identify(label.toString());
            if (hit.isPresent() && hit.get().template() != null && looksLikeLabel(label.toString())) {
                TemplateField field = hit.get().field();
                if (field == null || !slots.seen(field)) {
                    open(field, hit.get().template(), label.toString());
                    if (field == null || field.kind() != Kind.HEADER) {
                        noteLabelLine(window.get(0));
                    }
                    return count;
                }
            }
            Optional<TemplateField> field = hit.map(LabelHit::field);
            if (looksLikeLabel(label.toString()) && field.isPresent() && !slots.seen(field.get())
                    && (field.get().kind() != Kind.HEADER || slots.inHeader())) {
                slots.open(Slot.of(field.get()));
                boldLabelLayout = field.get().kind() != Kind.HEADER;
                if (boldLabelLayout) {
                    noteLabelLine(window.get(0));
                }
                return count;
            }
        }
        String first = window.get(0).text().strip();
        // A row of its own is a label's place as much as a number is: "Dificultades" in its row among "7) …" rows.
        boolean ownRow = labelRows && inOwnRow;
        if (boldLabelLayout && looksLikeLabel(first) && (labelLook == null || labelLook.matches(window.get(0), !ownRow))
                && !(labelRows && inContentRow)) {
            slots.openUnknown(first);
            return 1;
        }
        return 0;
    }

    private void noteLabelLine(TextLine line) {
        boldLabelLayout = true;
        if (labelLook == null) {
            labelLook = LabelLook.of(line);
        }
    }

    /**
     * How a practice sets its labels apart: as headings or bold lines, in a font size. A bold line set
     * otherwise (a bold sub-heading among "Heading 2" labels, a smaller "Heading 3") is content.
     */
    private record LabelLook(boolean heading, float fontSize, boolean numbered) {

        /** Font sizes closer than this are one size (PDF text positions round them differently). */
        private static final float SIZE_TOLERANCE = 0.6f;

        static LabelLook of(TextLine line) {
            return new LabelLook(line.heading(), line.fontSize(), LabelKey.numberingLength(line.text()) > 0);
        }

        /**
         * Set like the labels: the same style and size, and numbered where they are ({@code numbering}: "7. Results" /
         * "Field work").
         */
        boolean matches(TextLine line, boolean numbering) {
            boolean sizeKnown = fontSize > 0 && line.fontSize() > 0;
            return line.heading() == heading && (!sizeKnown || Math.abs(line.fontSize() - fontSize) < SIZE_TOLERANCE)
                    && (!numbered || !numbering || LabelKey.numberingLength(line.text()) > 0);
        }
    }

    /** A cell of the template's guidance column (folded only when the compendium has one: rows are many). */
    private boolean isGuidance(Cell cell) {
        return !template.guidance().isEmpty() && template.guidance().contains(GuidanceColumns.key(cell));
    }

    private static boolean looksLikeLabel(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.split("\\s+").length <= MAX_LABEL_WORDS && !t.endsWith(".")
                && !t.contains("@") && !t.contains("://");
    }

    private void takeRow(TableRow row) {
        List<Cell> cells = row.cells();
        if (cells.size() == 1) {
            List<TextLine> lines = cells.get(0).lines();
            boolean alone = lines.stream().filter(l -> !l.text().isBlank()).count() == 1;
            Slot before = slots.current();
            // Where labels fill rows of their own (a label row, then its content row), a bold line inside a
            // content row is a sub-heading of that content.
            inContentRow = !alone;
            inOwnRow = alone;
            int j = 0;
            while (j < lines.size()) {
                j += takeBodyLines(lines.subList(j, lines.size()), null);
            }
            inContentRow = false;
            inOwnRow = false;
            labelRows |= alone && slots.current() != before && slots.currentLines().isEmpty();
            return;
        }
        Cell labelCell = cells.get(0);
        List<TextLine> rest = cells.subList(1, cells.size()).stream()
                .filter(c -> !isGuidance(c)).flatMap(c -> c.lines().stream()).toList();
        if (labelCell.isBlank()) {
            // The row above goes on over the page with an empty label cell: its label was whole, and a label on this
            // page is a row of its own, not the rest of that one.
            lastRowPage = Math.max(lastRowPage, row.lastPage());
            rest.forEach(this::addCellLine);
            return;
        }
        String label = labelText(labelCell);
        Optional<LabelHit> hit = matcher.identify(label);
        if (hit.isPresent() && hit.get().template() != null) {
            // A header row repeated atop the page stands between a label and the rest of it broken over the page.
            if (!hit.get().template().leftOut()) {
                lastRowLabel = label;
                lastRowPage = row.lastPage();
            }
            if (open(hit.get().field(), hit.get().template(), label)) {
                rest.forEach(this::addCellLine);
            }
            return;
        }
        Optional<TemplateField> field = hit.map(LabelHit::field);
        boolean continuesLabel = continuesLabelAcrossPage(row, label, field);
        lastRowLabel = label;
        lastRowPage = row.lastPage();
        if (continuesLabel) {
            rest.forEach(this::addCellLine);
            return;
        }
        if (field.isPresent()) {
            slots.open(Slot.of(field.get()));
        } else if (rowLooksLabelled(labelCell)) {
            slots.openUnknown(label);
        } else {
            // A table inside a field (contacts as name | e-mail | country): the row is content.
            slots.add(InnerTables.asLine(row));
            return;
        }
        rest.forEach(this::addCellLine);
    }

    /** A line of a content cell: to the open slot, or to the footnotes where it is a note typed at the cell's foot. */
    private void addCellLine(TextLine line) {
        if (line.role() == LineRole.FOOTNOTE) {
            footnotes.add(line);
        } else {
            footnotes.interrupt();
            slots.add(line);
        }
    }

    /**
     * A page break can split a row's label too ("Elements that make good practice" / "sustainable"): the
     * row on the new page then continues the last one when the two label parts together name the field
     * the first part opened, or complete a label the first part alone left unknown.
     */
    private boolean continuesLabelAcrossPage(TableRow row, String label, Optional<TemplateField> alone) {
        Slot current = slots.current();
        if (lastRowLabel == null || current == null || row.page() <= lastRowPage) {
            return false;
        }
        Optional<TemplateField> together = matcher.identify(lastRowLabel + " " + label).map(LabelHit::field);
        if (together.isEmpty()) {
            return false;
        }
        if (current.field() == null && current.label().equals(FieldSlots.nameOf(lastRowLabel))
                && (alone.isEmpty() || alone.equals(together))) {
            slots.rename(current, Slot.of(together.get()));
            return true;
        }
        // A label line's wording alone ("practice", the title's) does not stand among the rows: the label goes on.
        return (alone.isEmpty() || alone.get().kind() == Kind.HEADER && current.field() != null
                && current.field().kind() != Kind.HEADER) && together.get().equals(current.field());
    }

    /**
     * Opens the slot a label names: its field, or an unknown slot for a template label that names none.
     * Returns false for a template header (a table's header row) or guidance, whose text is left out.
     */
    private boolean open(TemplateField field, TemplateLabel template, String label) {
        if (template != null && template.leftOut()) {
            return false;
        }
        if (field == null) {
            slots.openUnknown(template.text());
        } else {
            slots.open(Slot.of(field));
        }
        return true;
    }

    /** The label of a label cell: its lines joined, without instruction or guidance paragraphs left under it. */
    private String labelText(Cell labelCell) {
        List<String> parts = vocabulary.labelLines(labelCell.lines()).stream().map(l -> l.text().strip()).toList();
        return parts.isEmpty() ? labelCell.text().replace('\n', ' ').strip() : String.join(" ", parts);
    }

    /**
     * Whether a label cell worded like no label of the template still reads as one: bold where the document has
     * styles (the plain instruction under a bold label aside: "*Risks:*" / "(and how they were handled)").
     */
    private boolean rowLooksLabelled(Cell labelCell) {
        boolean bold = vocabulary.labelLines(labelCell.lines()).stream().allMatch(TextLine::isBold);
        return (!styled || bold) && looksLikeLabel(labelText(labelCell));
    }


    private void collectLinks(TextLine line) {
        if (line.role() == LineRole.LINK_TARGET && line.links().isEmpty() && !line.text().isBlank()) {
            hyperlinks.add(new Hyperlink("", line.text().strip()));
        } else if (line.role() != LineRole.IMAGE_TEXT) {
            hyperlinks.addAll(line.links());
        }
    }

    /** The consecutive BODY lines from {@code index} on, as far as a wrapped label could reach. */
    private static List<TextLine> bodyLinesFrom(List<Block> blocks, int index) {
        List<TextLine> window = new ArrayList<>();
        for (int j = index; j < blocks.size() && window.size() < LABEL_WINDOW; j++) {
            if (!(blocks.get(j) instanceof TextLine line) || line.role() != LineRole.BODY) {
                break;
            }
            window.add(line);
        }
        return window;
    }

    /** The part of {@code line} after its label, keeping the hyperlinks whose text lies there. */
    private static TextLine restOf(TextLine line, String rest) {
        int offset = Math.max(0, line.text().lastIndexOf(rest));
        List<Hyperlink> links = line.links().stream()
                .filter(l -> l.text().isEmpty() || rest.contains(l.text().strip()))
                .toList();
        int bold = Math.max(0, Math.min(rest.length(), line.boldPrefix() - offset));
        return new TextLine(rest, line.page(), bold, false, line.fontSize(), LineStart.PARAGRAPH, LineRole.BODY, links);
    }
}
