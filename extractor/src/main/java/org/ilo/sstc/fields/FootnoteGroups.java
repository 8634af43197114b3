package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.List;
import org.ilo.sstc.layout.FootnoteStart;
import org.ilo.sstc.layout.TextLine;

/** Groups consecutive footnote lines into footnotes: a new one starts at its number or mark. */
final class FootnoteGroups {


    private final List<List<TextLine>> groups = new ArrayList<>();
    private boolean lastWasFootnote;

    /** Adds a footnote line. */
    void add(TextLine line) {
        if (!lastWasFootnote || FootnoteStart.opensNote(line)) {
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
                .map(lines -> FootnoteStart.NUMBER.matcher(cleaner.clean(lines, TextCleaner.Mode.ONE_LINE)).replaceFirst(""))
                .filter(text -> !text.isBlank())
                .toList();
    }
}
