package org.ilo.sstc.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.text.Fold;

/**
 * Word's endnotes, printed after the last practice on a page of their own: a run of notes numbered from "1" or
 * "i" on, each opening a line, from the top of a page to the end of the document. They are notes, not the last
 * practice's closing row (its materials and web links).
 */
final class TrailingEndnotes {

    /** A note's number, arabic or lower-case roman, then its text. */
    private static final Pattern NOTE_START = Pattern.compile("^\\s*(\\d{1,3}|[ivxl]{1,7})\\s+\\S");
    private static final String[] ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii",
        "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"};
    private static final Pattern ROMAN_MARK = Pattern.compile("[ivxl]+");
    /** So few notes could be a numbered list; endnotes come with more marks than that. */
    private static final int MIN_NOTES = 2;

    private TrailingEndnotes() {
    }

    /** {@code practices} with the endnotes that close the last one marked as notes; the same list when none. */
    static List<PracticeSegment> mark(List<PracticeSegment> practices) {
        if (practices.isEmpty()) {
            return practices;
        }
        PracticeSegment last = practices.get(practices.size() - 1);
        List<Block> blocks = last.blocks();
        int start = notesStart(blocks);
        if (start < 0) {
            return practices;
        }
        List<Block> marked = new ArrayList<>(blocks.subList(0, start));
        List<Endnote> notes = new ArrayList<>();
        for (Block block : blocks.subList(start, blocks.size())) {
            TextLine line = (TextLine) block;
            marked.add(line.role() == LineRole.BODY ? line.withRole(LineRole.FOOTNOTE) : line);
            Matcher note = NOTE_START.matcher(line.text());
            if (line.role() == LineRole.BODY && note.lookingAt() && ROMAN_MARK.matcher(note.group(1)).matches()) {
                notes.add(Endnote.of(note.group(1), line.text().substring(note.end(1))));
            }
        }
        List<PracticeSegment> result = new ArrayList<>();
        for (PracticeSegment practice : practices.subList(0, practices.size() - 1)) {
            result.add(withoutGluedMarks(practice, practice.blocks(), notes));
        }
        result.add(withoutGluedMarks(last, marked, notes));
        return result;
    }

    /**
     * {@code practice} with {@code blocks}, an endnote's roman mark that flattened text glued to the word it follows
     * taken off where that word is an acronym the note names ("CPLPiii" and "iii A CPLP reúne …"): the acronym is a
     * group, and its members are in the note. A word in lower case keeps what looks like a mark ("Mali", "Haiti").
     */
    private static PracticeSegment withoutGluedMarks(PracticeSegment practice, List<Block> blocks, List<Endnote> notes) {
        List<Block> cleaned = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block instanceof TextLine line && line.role() == LineRole.BODY) {
                String text = line.text();
                for (Endnote note : notes) {
                    Matcher glued = note.gluedMark().matcher(text);
                    if (glued.find() && note.key().contains(Fold.key(glued.group(1)))) {
                        text = text.substring(0, glued.end(1)) + text.substring(glued.end());
                    }
                }
                cleaned.add(text.equals(line.text()) ? line : line.withText(text));
            } else {
                cleaned.add(block);
            }
        }
        return new PracticeSegment(practice.heading(), cleaned, practice.firstPage(), practice.lastPage());
    }

    /** An endnote: its mark glued to an acronym ("CPLPiii"), and its text as a key, to tell whether it names that acronym. */
    private record Endnote(Pattern gluedMark, String key) {
        static Endnote of(String mark, String text) {
            return new Endnote(Pattern.compile("\\b(\\p{Lu}{2,})" + mark + "(?![\\p{L}\\d])"), Fold.key(text));
        }
    }

    /**
     * Where the endnotes begin: the first body line of a page, numbered 1 or i, after which every numbered line
     * takes the next number up to the end, with at least {@link #MIN_NOTES} notes; -1 when there is no such run.
     */
    private static int notesStart(List<Block> blocks) {
        int previousPage = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof TextLine line) || line.role() != LineRole.BODY) {
                continue;
            }
            boolean pageStart = line.page() != previousPage;
            previousPage = line.page();
            if (pageStart && line.page() > 0 && isRunOfNotes(blocks, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isRunOfNotes(List<Block> blocks, int from) {
        int notes = 0;
        boolean roman = false;
        for (int i = from; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof TextLine line)) {
                return false;
            }
            if (line.role() != LineRole.BODY) {
                continue;
            }
            Matcher m = NOTE_START.matcher(line.text());
            String mark = m.lookingAt() ? m.group(1) : null;
            if (notes == 0) {
                if (!"1".equals(mark) && !"i".equals(mark)) {
                    return false;
                }
                roman = "i".equals(mark);
                notes = 1;
            } else if (mark != null && mark.equals(numeral(notes + 1, roman))) {
                notes++;
            }
        }
        return notes >= MIN_NOTES;
    }

    private static String numeral(int n, boolean roman) {
        return roman ? n <= ROMAN.length ? ROMAN[n - 1] : "" : Integer.toString(n);
    }
}
