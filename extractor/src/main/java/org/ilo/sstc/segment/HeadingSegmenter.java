package org.ilo.sstc.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.SourceFormat;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.profile.Profiles;
import org.ilo.sstc.profile.WordSet;
import org.ilo.sstc.text.Fold;

/** Splits a document at each "GOOD PRACTICE N" heading line; what precedes the first is the preface. */
public final class HeadingSegmenter implements Segmenter {

    /** Longest second line of a heading that flattened text wrapped (a full line of a long title). */
    private static final int MAX_CONTINUATION_WORDS = 16;
    /** The shortest heading that reads as cut at the right margin ("Good Practice 1: Caribbean – Apprentices Who Cross the"). */
    private static final int MIN_FULL_HEADING_LINE = 45;
    /** A dash set off by spaces, after dashes were made plain. */
    private static final Pattern SPACED_DASH = Pattern.compile("\\s[-–]\\s");

    /** A short part in brackets alone on its line: "(Región andina)". */
    private static final Pattern BRACKETED_PART = Pattern.compile("\\([^()\\n]{2,60}\\)");
    /** The end of a region in capitals and the mark after it: "REPUBLIC:", "AND THE PACIFIC –". */
    private static final Pattern REGION_END = Pattern.compile("^(?:\\p{Lu}[\\p{Lu}'’-]++\\s++){0,4}\\p{Lu}[\\p{Lu}'’-]++\\s*+[:|·–—-]\\s");

    private final HeadingParser parser;
    private final PracticeNotes notes;
    /** Words a title does not end with (articles, prepositions, connectors): a line ending so goes on. */
    private final Set<String> functionWords;

    /** A segmenter that knows the heading words and regions of every profile in {@code profiles}. */
    public HeadingSegmenter(Profiles profiles) {
        this.parser = new HeadingParser(profiles);
        this.notes = new PracticeNotes(profiles);
        Set<String> words = new HashSet<>();
        for (WordSet set : List.of(WordSet.ARTICLES, WordSet.MINOR_WORDS, WordSet.CONNECTORS, WordSet.JOB_PREPOSITIONS,
                WordSet.PLACE_PREPOSITIONS)) {
            profiles.union(set).forEach(w -> words.add(Fold.fold(w)));
        }
        this.functionWords = Set.copyOf(words);
    }

    @Override
    public SegmentedDocument split(LayoutDocument document) {
        List<Block> blocks = document.blocks();
        List<Block> preface = new ArrayList<>();
        List<OpenSegment> segments = new ArrayList<>();
        OpenSegment current = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Optional<PracticeHeading> heading = headingOf(block);
            // A contents entry whose title wraps: the leaders and page number are on the next line.
            if (heading.isPresent() && i + 1 < blocks.size() && blocks.get(i + 1) instanceof TextLine next
                    && HeadingParser.isTocEntry(next.text())) {
                heading = Optional.empty();
            }
            if (heading.isPresent()) {
                PracticeHeading parsed = heading.get();
                // A long heading can wrap onto a second line set in the same style (or, in flattened text, a
                // line that cannot stand alone), or end at its dash with the region or title on the next line.
                while (i + 1 < blocks.size() && (continuesHeading(block, blocks.get(i + 1))
                        || wrapsInFlatText(parsed, blocks.get(i + 1))
                        || parsed.shortTitle() == null && titleOnNextLine(parsed, blocks.get(i + 1))
                        || regionAndTitleOnNextLine(parsed, blocks.get(i + 1)))) {
                    String next = ((TextLine) blocks.get(++i)).text().strip();
                    parsed = joined(parsed, next);
                }
                Optional<String> region = i + 1 < blocks.size() ? regionAlone(parsed, blocks.get(i + 1)) : Optional.empty();
                if (region.isPresent()) {
                    String text = parsed.text() + " " + ((TextLine) blocks.get(++i)).text().strip();
                    parsed = new PracticeHeading(parsed.number(), region.get(), parsed.shortTitle(), text);
                }
                List<Block> before = current == null ? preface : current.blocks;
                Optional<String> kicker = before.isEmpty() ? Optional.empty() : regionAlone(parsed, before.get(before.size() - 1));
                if (kicker.isPresent()) {
                    before.remove(before.size() - 1);
                    parsed = new PracticeHeading(parsed.number(), kicker.get(), parsed.shortTitle(), parsed.text());
                }
                current = new OpenSegment(parsed, block.page());
                segments.add(current);
            } else if (current == null) {
                preface.add(block);
            } else {
                current.blocks.add(block);
            }
        }
        List<String> warnings = new ArrayList<>();
        List<PracticeSegment> distinct = keepDistinct(segments, warnings);
        // Word puts each note right after the paragraph that refers to it; only printed pages gather notes at their foot.
        boolean notesAtPageFoot = document.format() == SourceFormat.PDF || document.format() == SourceFormat.TEXT;
        List<PracticeSegment> practices = AsteriskNotes.mark(notes.mark(notesAtPageFoot ? PageFootOwners.reassign(distinct) : distinct));
        return new SegmentedDocument(preface, TrailingEndnotes.mark(practices), warnings);
    }

    /**
     * "BONNE PRATIQUE 2 — titre" / "Afrique centrale": the region alone on the line under a heading that names none;
     * or above it, a kicker line ("CONO SUR" / "BUENA PRÁCTICA 3 – título").
     */
    private Optional<String> regionAlone(PracticeHeading heading, Block line) {
        return heading.region() == null && line instanceof TextLine text && text.role() == LineRole.BODY
                ? parser.regionAlone(text.text()) : Optional.empty();
    }

    private Optional<PracticeHeading> headingOf(Block block) {
        if (block instanceof TextLine line) {
            return line.role() == LineRole.BODY ? parser.parse(line.text()) : Optional.empty();
        }
        // Some layouts put the heading in a one-cell (or merged) table row.
        TableRow row = (TableRow) block;
        List<Cell> filled = row.cells().stream().filter(c -> !c.isBlank()).toList();
        if (filled.size() == 1 && filled.get(0).lines().size() <= 2) {
            List<TextLine> lines = filled.get(0).lines();
            Optional<PracticeHeading> first = parser.parse(lines.get(0).text());
            // "BONNE PRATIQUE N° 3" / "SAHEL – « … »": the number alone on the banner's first line.
            if (first.isPresent() && lines.size() == 2 && first.get().numberOnly()) {
                return Optional.of(joined(first.get(), lines.get(1).text().strip()));
            }
            return parser.parse(filled.get(0).text().replace('\n', ' '));
        }
        return Optional.empty();
    }

    /**
     * The heading with {@code next}, its continuation: parsed again, so that a region on the second line is found. After
     * a number alone ("GOOD PRACTICE 5" / "Red Sea and Gulf of Aden — …") the line break separates them as a dash would.
     */
    private PracticeHeading joined(PracticeHeading heading, String next) {
        String text = heading.text() + " " + next;
        Optional<PracticeHeading> reparsed = parser.parse(heading.numberOnly() ? heading.text() + " – " + next : text)
                .map(h -> new PracticeHeading(h.number(), h.region(), h.shortTitle(), text));
        if (reparsed.isPresent() && reparsed.get().number() == heading.number()
                && (heading.region() == null || heading.region().equals(reparsed.get().region()))) {
            return reparsed.get();
        }
        String title = heading.shortTitle() == null ? next : heading.shortTitle() + " " + next;
        return new PracticeHeading(heading.number(), heading.region(), title, text);
    }

    /**
     * Flattened text (no styles) wrapped a long heading: the next line follows without a blank line, holds no
     * label's colon, is short, and starts in lower case or follows a heading that ends on a word a title does
     * not end with ("... skills in the" / "Amazon").
     */
    private boolean wrapsInFlatText(PracticeHeading heading, Block next) {
        if (!(next instanceof TextLine line) || line.role() != LineRole.BODY || line.start() != LineStart.UNKNOWN
                || line.boldPrefix() > 0 || line.heading()) {
            return false;
        }
        String text = line.text().strip();
        // "GOOD PRACTICE 3 (EASTERN EUROPE AND" / "CENTRAL ASIA): …": the bracket the heading opened closes here.
        if (opensBracket(heading.text()) && text.contains(")") && !text.contains("(")) {
            return true;
        }
        // "… los inspectores aprenden en el muelle" / "(Magreb)": the region in brackets after the title, on a line of its own.
        if (heading.region() == null && BRACKETED_PART.matcher(text).matches()) {
            return true;
        }
        // "GOOD PRACTICE 2 — CENTRAL AMERICA AND THE DOMINICAN" / "REPUBLIC: Migrant …": a region in capitals cut
        // before the mark that ends it.
        if (heading.region() == null && heading.shortTitle() != null && HeadingParser.isCapitals(heading.shortTitle())
                && REGION_END.matcher(text).lookingAt()) {
            return true;
        }
        // A colon tells a label line ("Countries: …"), unless the line opens in lower case, inside the title
        // ("domésticas a la seguridad social: lo que …").
        // So does a title in title case cut at the end of a full line ("Good Practice 1: Caribbean – Apprentices Who Cross
        // the" / "Water: Mutual Recognition of …"), where a label line would stand under a short heading.
        boolean titleCase = !text.isEmpty() && heading.shortTitle() != null && inTitleCase(heading.shortTitle()) && inTitleCase(text);
        boolean fullLineBefore = heading.text().strip().length() >= MIN_FULL_HEADING_LINE;
        boolean labelColon = text.contains(":") && !(Character.isLowerCase(text.codePointAt(0)) && !text.endsWith(":"))
                && !(titleCase && fullLineBefore && !text.endsWith(":"));
        if (text.isEmpty() || labelColon || text.endsWith(".") || text.split("\\s+").length > MAX_CONTINUATION_WORDS
                || parser.parse(text).isPresent()) {
            return false;
        }
        String[] words = heading.text().strip().split("[\\s\\u00A0]+");
        String last = Fold.fold(words[words.length - 1]);
        // "… | Una Norma" / "Común para Certificar a los Electricistas de": a title in title case goes on in title case.
        return Character.isLowerCase(text.codePointAt(0)) || functionWords.contains(last) || titleCase;
    }

    /** Two words or more, each but the function words opening with a capital, not all in capitals. */
    private boolean inTitleCase(String text) {
        String[] words = text.strip().split("[\\s\\u00A0]+");
        return words.length >= 2 && !HeadingParser.isCapitals(text)
                && List.of(words).stream().allMatch(w -> functionWords.contains(Fold.fold(w)) || Character.isUpperCase(w.codePointAt(0)));
    }

    /**
     * A line in a heading style, bold throughout: a style with wide line spacing ("Title") sets each line of a
     * wrapped heading apart as a paragraph of its own.
     */
    private static boolean wholeHeading(TextLine line) {
        return line.heading() && line.boldPrefix() >= line.text().strip().length();
    }

    private static boolean opensBracket(String text) {
        return text.lastIndexOf('(') > text.lastIndexOf(')');
    }

    /**
     * "GOOD PRACTICE 7 – AMERICAS –" and then, alone on the next line, a few words without a label's colon; or the
     * dash opens the next line ("GOOD PRACTICE 3 – LATIN AMERICA AND THE CARIBBEAN" / "– Labour inspection …").
     */
    private static boolean titleOnNextLine(PracticeHeading heading, Block next) {
        boolean dash = heading.text().matches(".*[-–—:]\\s*$") || next instanceof TextLine n && n.text().strip().matches("^[-–—]\\s.*");
        return dash && next instanceof TextLine line && line.role() == LineRole.BODY
                && !line.text().isBlank() && !line.text().contains(":") && line.text().strip().split("\\s+").length <= 10;
    }

    /**
     * A heading line with its number alone ("GOOD PRACTICE 3"), the region and title on the next line: any line of
     * text that is no other heading, is short, and holds no label's colon (a colon in the title, after the dash
     * that ends the region, is the title's: "Arab States — Safer greenhouses: farm workers …").
     */
    private boolean regionAndTitleOnNextLine(PracticeHeading heading, Block next) {
        if (!heading.numberOnly() || !(next instanceof TextLine line)
                || line.role() != LineRole.BODY || line.text().isBlank() || parser.parse(line.text()).isPresent()) {
            return false;
        }
        String text = Fold.plainSpacesAndDashes(line.text()).strip();
        int colon = text.indexOf(':');
        Matcher dash = SPACED_DASH.matcher(text);
        return text.split("\\s+").length <= MAX_CONTINUATION_WORDS && !HeadingParser.isTocEntry(text)
                && (colon < 0 || dash.find() && dash.start() < colon);
    }

    /**
     * The next line of the heading's paragraph, set like it: bold or in a heading style; or in a plain style ("Title")
     * where it holds no label's colon, or closes the bracket the heading opened.
     */
    private static boolean continuesHeading(Block heading, Block next) {
        return heading instanceof TextLine h && next instanceof TextLine n
                && (n.start() == LineStart.WRAPPED || n.start() == LineStart.PARAGRAPH && wholeHeading(h) && wholeHeading(n))
                && n.role() == LineRole.BODY
                && h.heading() == n.heading() && h.isBold() == n.isBold()
                && (h.heading() || h.isBold() || !n.text().contains(":") || opensBracket(h.text()))
                && Math.abs(h.fontSize() - n.fontSize()) < 0.5f;
    }

    /**
     * Drops empty duplicates of a practice number (a table of contents, a running title that looks
     * like a heading) and warns about real duplicates, which are kept.
     */
    private static List<PracticeSegment> keepDistinct(List<OpenSegment> segments, List<String> warnings) {
        List<PracticeSegment> kept = new ArrayList<>();
        for (OpenSegment segment : segments) {
            int number = segment.heading.number();
            boolean hasContent = segment.blocks.stream().anyMatch(HeadingSegmenter::hasText);
            boolean laterTwinWithContent = segments.stream().anyMatch(other -> other != segment
                    && other.heading.number() == number && other.blocks.stream().anyMatch(HeadingSegmenter::hasText));
            if (!hasContent && laterTwinWithContent) {
                continue;
            }
            if (kept.stream().anyMatch(p -> p.heading().number() == number)) {
                warnings.add("practice number " + number + " appears in more than one heading");
            }
            kept.add(segment.close());
        }
        return kept;
    }

    private static boolean hasText(Block block) {
        if (block instanceof TextLine line) {
            return line.role() == LineRole.BODY && !line.text().isBlank();
        }
        return ((TableRow) block).cells().stream().anyMatch(c -> !c.isBlank());
    }

    /** A practice whose blocks are still being collected. */
    private static final class OpenSegment {
        private final PracticeHeading heading;
        private final int firstPage;
        private final List<Block> blocks = new ArrayList<>();

        OpenSegment(PracticeHeading heading, int firstPage) {
            this.heading = heading;
            this.firstPage = firstPage;
        }

        PracticeSegment close() {
            int last = firstPage;
            for (Block block : blocks) {
                int page = block instanceof TableRow row ? row.lastPage() : block.page();
                last = Math.max(last, page);
            }
            return new PracticeSegment(heading, blocks, firstPage, last);
        }
    }
}
