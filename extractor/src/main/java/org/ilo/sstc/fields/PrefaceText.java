package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.List;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;

/** The text of what precedes the first practice, cleaned like a narrative field. */
final class PrefaceText {
    private PrefaceText() {
    }

    /** The longest title the preface may open with ("PREFACE", "Foreword", "Introduction to this edition"). */
    private static final int MAX_TITLE_WORDS = 4;

    /**
     * The preface's text, paragraphs on their own lines, without its own title; null when there is no text
     * before the first practice.
     */
    static String of(List<Block> preface, FieldVocabulary vocabulary) {
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
        if (!lines.isEmpty() && isTitle(lines.get(0))) {
            lines.remove(0);
        }
        StringBuilder all = new StringBuilder();
        lines.forEach(l -> all.append(l.text()).append('\n'));
        String text = vocabulary.cleanerFor(all.toString()).clean(lines, TextCleaner.Mode.PARAGRAPHS);
        return text.isBlank() ? null : text;
    }

    /** A short line set apart as a title: bold, a heading, or all in capitals. */
    private static boolean isTitle(TextLine line) {
        String text = line.text().strip();
        boolean capitals = text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(java.util.Locale.ROOT));
        return !text.isEmpty() && text.split("\\s+").length <= MAX_TITLE_WORDS && !text.endsWith(".")
                && (line.isBold() || line.heading() || capitals);
    }
}
