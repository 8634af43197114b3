package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TextLine;

/** Groups consecutive footnote lines into footnotes: a new one starts at its number or mark. */
final class FootnoteGroups {

    private static final Pattern MARK = Pattern.compile("^\\s*(?:\\d{1,3}|[*†‡§])\\s*(?=\\S)");
    /** A footnote's own number before its text; two digits at most, so a year stays. */
    static final Pattern NUMBER = Pattern.compile("^\\s*\\d{1,2}\\s+(?=\\p{L})");

    private final List<List<TextLine>> groups = new ArrayList<>();
    private boolean lastWasFootnote;

    /** Adds a footnote line. */
    void add(TextLine line) {
        boolean startsNew = line.start() == LineStart.PARAGRAPH || NUMBER.matcher(line.text()).find();
        if (!lastWasFootnote || MARK.matcher(line.text()).find() && startsNew) {
            groups.add(new ArrayList<>());
        }
        groups.get(groups.size() - 1).add(line);
        lastWasFootnote = true;
    }

    /** Notes that a non-footnote line came: the next footnote line starts a new footnote. */
    void interrupt() {
        lastWasFootnote = false;
    }

    /** The footnotes' texts, their numbers removed. */
    List<String> texts(TextCleaner cleaner) {
        return groups.stream()
                .map(lines -> NUMBER.matcher(cleaner.clean(lines, TextCleaner.Mode.ONE_LINE)).replaceFirst(""))
                .filter(text -> !text.isBlank())
                .toList();
    }
}
