package org.ilo.sstc.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.ilo.sstc.ingest.PageNumbers;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.SourceFormat;
import org.ilo.sstc.layout.TextLine;

/**
 * Turns plain text, including text Tika flattened from a PDF, into text lines: page numbers, running
 * headers and the PDF's outline dropped; hyperlink targets, footnotes and the words of pictures given
 * their roles.
 */
final class FlattenedTextParser {

    private FlattenedTextParser() {
    }

    /** Parses {@code text}; pages are numbered from 1 when their boundaries show, else every line is on page 0. */
    static LayoutDocument parse(String text, PageNumbers numbers) {
        List<SourceLine> lines = Outline.withoutOutline(SourceLine.split(text));
        List<PageDraft> pages = PageSplitter.split(lines, numbers);
        for (PageDraft page : pages) {
            LinkTargets.mark(page, numbers);
            PageFurniture.dropPageNumbers(page, numbers);
        }
        PageFurniture.dropRunningLines(pages, numbers);
        ImageText imageText = ImageText.forDocument(lines);
        for (int i = 0; i < pages.size(); i++) {
            PageDraft page = pages.get(i);
            PageFurniture.dropPageNumbers(page, numbers);
            imageText.mark(page);
            Footnotes.mark(page, i == 0 ? null : pages.get(i - 1));
        }
        boolean paged = !pages.isEmpty() && pages.get(0).hasNumber();
        return new LayoutDocument(SourceFormat.TEXT, paged ? pages.size() : 0, emit(pages), List.of());
    }

    private static List<Block> emit(List<PageDraft> pages) {
        List<Block> blocks = new ArrayList<>();
        for (PageDraft page : pages) {
            boolean pageStart = true;
            for (int i = 0; i < page.size(); i++) {
                if (page.isDropped(i)) {
                    continue;
                }
                boolean paragraph = blocks.isEmpty() || page.hasNumber() && pageStart || page.source(i).blanksBefore() > 0;
                blocks.add(line(page, i, paragraph ? LineStart.PARAGRAPH : LineStart.UNKNOWN));
                pageStart = false;
            }
        }
        return blocks;
    }

    private static TextLine line(PageDraft page, int i, LineStart start) {
        String text = page.text(i);
        LineRole role = page.role(i);
        List<Hyperlink> links = role == LineRole.LINK_TARGET ? List.of(new Hyperlink("", text)) : List.of();
        return new TextLine(text, page.number(), 0, false, 0f, start, role, links);
    }
}
