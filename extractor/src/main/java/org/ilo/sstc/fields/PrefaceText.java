package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.List;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;

/** The text of what precedes the first practice, cleaned like a narrative field. */
public final class PrefaceText {
    private PrefaceText() {
    }

    /** The preface's text, paragraphs on their own lines; null when there is no text before the first practice. */
    public static String of(List<Block> preface) {
        List<TextLine> lines = new ArrayList<>();
        for (Block block : preface) {
            if (block instanceof TextLine line) {
                if (line.role() == LineRole.BODY) {
                    lines.add(line);
                }
            } else {
                ((TableRow) block).cells().forEach(c -> lines.addAll(c.lines()));
            }
        }
        StringBuilder all = new StringBuilder();
        lines.forEach(l -> all.append(l.text()).append('\n'));
        String text = new TextCleaner(new Hyphenation(Hyphenation.vocabularyOf(all.toString())))
                .clean(lines, TextCleaner.Mode.PARAGRAPHS);
        return text.isBlank() ? null : text;
    }
}
