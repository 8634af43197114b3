package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ilo.sstc.fields.LabelMatcher.LineStartMatch;
import org.ilo.sstc.fields.TemplateField.Kind;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.model.OtherSection;
import org.ilo.sstc.segment.PracticeSegment;

/**
 * Finds the template fields of a practice in both layouts: a two-column table (label cell, content
 * cell) and labels set as lines (bold, a heading, or just at a line start in flattened text) followed by
 * their content. Thread-safe: all state of one practice lives in a {@link Collector}.
 */
public final class TemplateFieldMapper implements FieldMapper {

    /** Bold lines longer than this are emphasis in running text, not labels. */
    private static final int MAX_LABEL_WORDS = 12;
    private static final int MAX_BOLD_LABEL_LINES = 4;
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("^\\s*(?:\\d{1,3}|[*†‡§])\\s*(?=\\S)");
    private static final Pattern FOOTNOTE_NUMBER = Pattern.compile("^\\s*\\d{1,2}\\s+(?=\\p{L})");

    private final LabelMatcher matcher;

    public TemplateFieldMapper() {
        this.matcher = new LabelMatcher(LabelDictionary.load());
    }

    @Override
    public PracticeFields map(PracticeSegment segment) {
        return new Collector(segment).collect();
    }

    /** Where content goes: a template field, or a row whose label maps to none. */
    private record Slot(TemplateField field, String label) {
        static Slot of(TemplateField field) {
            return new Slot(field, null);
        }
    }

    /** The state of mapping one practice. */
    private final class Collector {
        private final PracticeSegment segment;
        private final boolean styled;
        private final Map<Slot, List<TextLine>> content = new LinkedHashMap<>();
        private final List<List<TextLine>> footnotes = new ArrayList<>();
        private final List<Hyperlink> hyperlinks = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private Slot current;
        private boolean inHeader = true;
        private boolean boldLabelLayout;
        private boolean lastWasFootnote;
        private String lastRowLabel;
        private int lastRowPage;
        private int unlabelledLines;

        Collector(PracticeSegment segment) {
            this.segment = segment;
            this.styled = segment.blocks().stream().anyMatch(Collector::hasStyle);
        }

        private static boolean hasStyle(Block block) {
            if (block instanceof TextLine line) {
                return line.boldPrefix() > 0 || line.heading();
            }
            return ((TableRow) block).cells().stream().flatMap(c -> c.lines().stream())
                    .anyMatch(l -> l.boldPrefix() > 0 || l.heading());
        }

        PracticeFields collect() {
            List<Block> blocks = segment.blocks();
            for (Block block : blocks) {
                if (block instanceof TextLine line) {
                    collectLinks(line);
                } else {
                    ((TableRow) block).cells().stream().flatMap(c -> c.lines().stream()).forEach(this::collectLinks);
                }
            }
            int i = 0;
            while (i < blocks.size()) {
                Block block = blocks.get(i);
                if (block instanceof TableRow row) {
                    takeRow(row);
                    i++;
                } else {
                    i += takeLine(blocks, i);
                }
            }
            return result();
        }

        /** Takes the line at {@code index} (and the next ones a wrapped label spans); returns lines used. */
        private int takeLine(List<Block> blocks, int index) {
            TextLine line = (TextLine) blocks.get(index);
            switch (line.role()) {
                case FOOTNOTE -> {
                    takeFootnote(line);
                    return 1;
                }
                case LINK_TARGET, IMAGE_TEXT -> {
                    return 1;
                }
                default -> lastWasFootnote = false;
            }
            List<TextLine> window = bodyLinesFrom(blocks, index);
            return takeBodyLines(window);
        }

        /** Takes the first of {@code window} and any further lines its label spans; returns lines used. */
        private int takeBodyLines(List<TextLine> window) {
            TextLine line = window.get(0);
            Optional<LineStartMatch> match = matcher.matchLineStart(window.stream().map(TextLine::text).toList());
            if (match.isPresent() && accepts(match.get(), line)) {
                LineStartMatch m = match.get();
                open(Slot.of(m.field()));
                boldLabelLayout |= (line.isBold() || line.heading()) && m.field().kind() != Kind.HEADER;
                TextLine last = window.get(m.linesConsumed() - 1);
                if (!m.rest().isEmpty()) {
                    addContent(restOf(last, m.rest()));
                }
                return m.linesConsumed();
            }
            if (line.isBold() || line.heading()) {
                int used = takeBoldLabel(window);
                if (used > 0) {
                    return used;
                }
            }
            addContent(line);
            return 1;
        }

        /** A label set as bold or heading lines, worded unlike any synonym; returns lines used, 0 if none. */
        private int takeBoldLabel(List<TextLine> window) {
            StringBuilder label = new StringBuilder();
            int count = 0;
            while (count < Math.min(MAX_BOLD_LABEL_LINES, window.size())
                    && (window.get(count).isBold() || window.get(count).heading())) {
                label.append(count == 0 ? "" : " ").append(window.get(count).text().strip());
                count++;
                Optional<TemplateField> field = matcher.matchLabel(label.toString());
                if (looksLikeLabel(label.toString()) && field.isPresent() && !seen(field.get())
                        && (field.get().kind() != Kind.HEADER || inHeader)) {
                    open(Slot.of(field.get()));
                    boldLabelLayout = field.get().kind() != Kind.HEADER;
                    return count;
                }
            }
            String first = window.get(0).text().strip();
            if (boldLabelLayout && looksLikeLabel(first)) {
                String name = first.replaceAll("[:：]\\s*$", "");
                warnings.add("label '" + name + "' maps to no template field; its text is kept under otherSections");
                open(new Slot(null, name));
                return 1;
            }
            return 0;
        }

        private boolean looksLikeLabel(String text) {
            String t = text.strip();
            return !t.isEmpty() && t.split("\\s+").length <= MAX_LABEL_WORDS && !t.endsWith(".")
                    && !t.contains("@") && !t.contains("://");
        }

        /** Whether a synonym found at a line start really is a label here rather than content. */
        private boolean accepts(LineStartMatch match, TextLine line) {
            TemplateField field = match.field();
            boolean boldStart = line.boldPrefix() > 0 || line.heading();
            if (field.kind() == Kind.HEADER && !inHeader && !boldStart) {
                return false;
            }
            if (!boldStart && !separatorFits(match, line)) {
                return false;
            }
            if (current != null && field.equals(current.field())) {
                // The label repeated (a table header on the next page) only when nothing was written yet.
                return content.get(current).isEmpty();
            }
            if (seen(field) && !boldStart) {
                return false;
            }
            // Where the document sets labels in bold, plain text that reads like a label is content.
            return !styled || boldStart || field.kind() == Kind.HEADER;
        }

        /**
         * Plain text gives a one-word label little credit: "Fund." ending a sentence, "Cooperation:" inside a
         * title, "Innovation Lab" starting one are content. The weaker the separator, the more it takes.
         */
        private boolean separatorFits(LineStartMatch match, TextLine line) {
            TemplateField field = match.field();
            boolean oneWord = match.words() < 2;
            return switch (match.separator()) {
                case WIDE_GAP -> true;
                case END_OF_LINE -> !oneWord || line.start() == LineStart.PARAGRAPH || previousEndsSentence();
                case PERIOD -> match.words() >= 3;
                case COLON -> !oneWord || field.kind() == Kind.HEADER;
                case SPACE -> match.synonymWords() >= 3 && isAmongNextUnseen(field, TemplateField.values().length)
                        // After a break, or with a bullet right after the label ("Results - Forty trained").
                        || (startsAfterBreak(line) || match.rest().startsWith("- "))
                        && isAmongNextUnseen(field, oneWord ? 4 : TemplateField.values().length)
                        // Mid-paragraph, only the very next row, and not a one-word narrative label: "South-South
                        // Cooperation Assistance Fund" wraps onto a line start, "Funds RBTC" follows a one-line cell.
                        || isAmongNextUnseen(field, 1) && (match.synonymWords() >= 2 || field.kind() == Kind.CLOSING);
            };
        }

        private boolean startsAfterBreak(TextLine line) {
            return line.start() == LineStart.PARAGRAPH || previousEndsSentence();
        }

        private boolean previousEndsSentence() {
            if (current == null || content.get(current).isEmpty()) {
                return true;
            }
            List<TextLine> lines = content.get(current);
            return lines.get(lines.size() - 1).text().strip().matches(".*[.:;!?)]['’\"]?$");
        }

        /**
         * Whether {@code field} is one of the next {@code reach} fields after the current one, in template
         * order, not yet found (more than one, because a practice may lack a row).
         */
        private boolean isAmongNextUnseen(TemplateField field, int reach) {
            int from = current == null || current.field() == null ? 0 : current.field().ordinal() + 1;
            int candidates = 0;
            for (TemplateField candidate : TemplateField.values()) {
                if (candidate.ordinal() >= from && !seen(candidate) && candidate != TemplateField.DATES) {
                    if (candidate == field) {
                        return true;
                    }
                    if (++candidates == reach) {
                        return false;
                    }
                }
            }
            return false;
        }

        private void takeRow(TableRow row) {
            List<Cell> cells = row.cells();
            if (cells.size() == 1) {
                List<TextLine> lines = cells.get(0).lines();
                int j = 0;
                while (j < lines.size()) {
                    j += takeBodyLines(lines.subList(j, lines.size()));
                }
                return;
            }
            Cell labelCell = cells.get(0);
            List<TextLine> rest = cells.subList(1, cells.size()).stream().flatMap(c -> c.lines().stream()).toList();
            if (labelCell.isBlank()) {
                rest.forEach(this::addContent);
                return;
            }
            String label = labelCell.text().replace('\n', ' ').strip();
            Optional<TemplateField> field = matcher.matchLabel(label);
            boolean continuesLabel = continuesLabelAcrossPage(row, label, field);
            lastRowLabel = label;
            lastRowPage = row.lastPage();
            if (continuesLabel) {
                rest.forEach(this::addContent);
                return;
            }
            if (field.isPresent()) {
                open(Slot.of(field.get()));
            } else if (rowLooksLabelled(labelCell)) {
                String name = label.replaceAll("[:：]\\s*$", "");
                warnings.add("label '" + name + "' maps to no template field; its text is kept under otherSections");
                open(new Slot(null, name));
            } else {
                // A table inside a field (contacts as name | e-mail | country): the row is content.
                addContent(rowAsLine(row));
                return;
            }
            rest.forEach(this::addContent);
        }

        /**
         * A page break can split a row's label too ("Elements that make good practice" / "sustainable"): the
         * row on the new page then continues the last one when the two label parts together name the field
         * the first part opened, or complete a label the first part alone left unknown.
         */
        private boolean continuesLabelAcrossPage(TableRow row, String label, Optional<TemplateField> alone) {
            if (lastRowLabel == null || current == null || row.page() <= lastRowPage) {
                return false;
            }
            Optional<TemplateField> together = matcher.matchLabel(lastRowLabel + " " + label);
            if (together.isEmpty()) {
                return false;
            }
            if (current.field() == null && current.label().equals(lastRowLabel.replaceAll("[:：]\\s*$", ""))
                    && (alone.isEmpty() || alone.equals(together))) {
                rename(current, Slot.of(together.get()));
                return true;
            }
            return alone.isEmpty() && together.get().equals(current.field());
        }

        /** Moves the content collected under an unknown label to the field its full label names. */
        private void rename(Slot from, Slot to) {
            List<TextLine> lines = content.remove(from);
            warnings.removeIf(w -> w.startsWith("label '" + from.label() + "'"));
            open(to);
            content.get(to).addAll(lines);
        }

        private boolean rowLooksLabelled(Cell labelCell) {
            boolean bold = labelCell.lines().stream().filter(l -> !l.text().isBlank()).allMatch(TextLine::isBold);
            return (styled ? bold : true) && looksLikeLabel(labelCell.text().replace('\n', ' '));
        }

        private TextLine rowAsLine(TableRow row) {
            List<String> texts = row.cells().stream().map(c -> c.text().replace('\n', ' ').strip()).toList();
            List<Hyperlink> links = row.cells().stream().flatMap(c -> c.lines().stream())
                    .flatMap(l -> l.links().stream()).toList();
            return new TextLine(String.join("\t", texts), row.page(), 0, false, 0f, LineStart.PARAGRAPH,
                    LineRole.BODY, links);
        }

        private void open(Slot slot) {
            if (slot.field() != null && slot.field().kind() != Kind.HEADER) {
                inHeader = false;
            }
            current = slot;
            content.computeIfAbsent(slot, s -> new ArrayList<>());
        }

        private boolean seen(TemplateField field) {
            return content.containsKey(Slot.of(field));
        }

        private void addContent(TextLine line) {
            if (current == null) {
                if (!line.text().isBlank()) {
                    unlabelledLines++;
                }
                return;
            }
            content.get(current).add(line);
        }

        private void takeFootnote(TextLine line) {
            if (!lastWasFootnote || FOOTNOTE_MARK.matcher(line.text()).find() && startsNewFootnote(line)) {
                footnotes.add(new ArrayList<>());
            }
            footnotes.get(footnotes.size() - 1).add(line);
            lastWasFootnote = true;
        }

        private boolean startsNewFootnote(TextLine line) {
            return line.start() == LineStart.PARAGRAPH || FOOTNOTE_NUMBER.matcher(line.text()).find();
        }

        private void collectLinks(TextLine line) {
            if (line.role() == LineRole.LINK_TARGET && line.links().isEmpty() && !line.text().isBlank()) {
                hyperlinks.add(new Hyperlink("", line.text().strip()));
            } else if (line.role() != LineRole.IMAGE_TEXT) {
                hyperlinks.addAll(line.links());
            }
        }

        private PracticeFields result() {
            Hyphenation hyphenation = new Hyphenation(Hyphenation.vocabularyOf(allBodyText()));
            TextCleaner cleaner = new TextCleaner(hyphenation);
            Map<TemplateField, FieldText> fields = new EnumMap<>(TemplateField.class);
            List<OtherSection> others = new ArrayList<>();
            for (Map.Entry<Slot, List<TextLine>> entry : content.entrySet()) {
                Slot slot = entry.getKey();
                List<TextLine> lines = entry.getValue();
                if (slot.field() == null) {
                    others.add(new OtherSection(slot.label(), cleaner.clean(lines, TextCleaner.Mode.PARAGRAPHS)));
                } else {
                    TextCleaner.Mode mode = switch (slot.field()) {
                        case CONTACT_DETAILS -> TextCleaner.Mode.LINES;
                        default -> slot.field().kind() == Kind.HEADER ? TextCleaner.Mode.ONE_LINE : TextCleaner.Mode.PARAGRAPHS;
                    };
                    fields.put(slot.field(), new FieldText(cleaner.clean(lines, mode), lines));
                }
            }
            List<String> notes = footnotes.stream()
                    .map(lines -> FOOTNOTE_NUMBER.matcher(cleaner.clean(lines, TextCleaner.Mode.ONE_LINE)).replaceFirst(""))
                    .filter(text -> !text.isBlank())
                    .toList();
            for (TemplateField field : TemplateField.values()) {
                if (field != TemplateField.DATES && !fields.containsKey(field)) {
                    warnings.add("no '" + field.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "' label found");
                }
            }
            if (unlabelledLines > 0) {
                warnings.add(unlabelledLines + " line(s) before the first label belong to no field and were left out");
            }
            return new PracticeFields(segment.heading(), fields, others, notes, hyperlinks,
                    fullText(fields, others, notes), segment.firstPage(), segment.lastPage(), warnings);
        }

        private String allBodyText() {
            StringBuilder sb = new StringBuilder();
            for (List<TextLine> lines : content.values()) {
                for (TextLine line : lines) {
                    sb.append(line.text()).append('\n');
                }
            }
            return sb.toString();
        }

        private String fullText(Map<TemplateField, FieldText> fields, List<OtherSection> others, List<String> notes) {
            List<String> parts = new ArrayList<>();
            parts.add(segment.heading().text());
            fields.values().forEach(f -> parts.add(f.text()));
            others.forEach(o -> parts.add(o.label() + "\n" + o.text()));
            parts.addAll(notes);
            return String.join("\n\n", parts.stream().filter(p -> !p.isBlank()).toList());
        }
    }

    /** The consecutive BODY lines from {@code index} on, as far as a wrapped label could reach. */
    private static List<TextLine> bodyLinesFrom(List<Block> blocks, int index) {
        List<TextLine> lines = new ArrayList<>();
        for (int j = index; j < blocks.size() && lines.size() < 8; j++) {
            if (!(blocks.get(j) instanceof TextLine line) || line.role() != LineRole.BODY) {
                break;
            }
            lines.add(line);
        }
        return lines;
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
