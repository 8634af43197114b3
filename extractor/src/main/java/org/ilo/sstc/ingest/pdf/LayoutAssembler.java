package org.ilo.sstc.ingest.pdf;

import org.ilo.sstc.ingest.PageNumbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.Cell;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.SourceFormat;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;

/**
 * Turns the laid-out pages into the neutral model, making the decisions that need the whole
 * document: furniture out, footnotes after each page's body, headings, paragraph starts, hyperlinks.
 */
final class LayoutAssembler {

    private LayoutAssembler() {
    }

    /** The document made of {@code pages} (in order). */
    static LayoutDocument assemble(int pageCount, List<PageContent> pages, List<String> warnings, PageNumbers numbers) {
        Set<PlacedLine> furniture = PageFurniture.find(pages, numbers);
        DocumentMetrics metrics = DocumentMetrics.of(pages, furniture);
        List<OrderedPage> ordered = pages.stream().map(page -> order(page, furniture, metrics)).toList();
        Map<PlacedLine, LineStart> starts = ParagraphStarts.of(ordered, metrics);
        List<Block> blocks = new ArrayList<>();
        for (OrderedPage page : ordered) {
            Map<PlacedLine, List<Hyperlink>> links = LinkPlacer.place(page.links(), readingOrder(page));
            Converter converter = new Converter(page.number(), metrics, starts, links);
            for (Placed item : page.body()) {
                blocks.add(item instanceof PlacedRow row ? converter.row(row)
                        : converter.line((PlacedLine) item, LineRole.BODY));
            }
            for (PlacedLine footnote : page.footnotes()) {
                blocks.add(converter.line(footnote, LineRole.FOOTNOTE));
            }
        }
        return new LayoutDocument(SourceFormat.PDF, pageCount, blocks, warnings);
    }

    private static OrderedPage order(PageContent page, Set<PlacedLine> furniture, DocumentMetrics metrics) {
        List<PlacedLine> lines = page.lines().stream().filter(line -> !furniture.contains(line)).toList();
        List<PlacedLine> pageFurniture = page.lines().stream().filter(furniture::contains).toList();
        List<PlacedLine> footnotes = FootnoteFinder.find(lines, page.rows(), metrics);
        List<Placed> body = new ArrayList<>(lines.subList(0, lines.size() - footnotes.size()));
        body.addAll(page.rows());
        body.sort(Comparator.comparingDouble(Placed::top));
        List<LinkArea> links = page.links().stream()
                .filter(link -> pageFurniture.stream().noneMatch(line -> covers(link, line))).toList();
        return new OrderedPage(page.number(), body, footnotes, links);
    }

    /** True when the link lies over some of the line's text (a link in a running footer). */
    private static boolean covers(LinkArea link, PlacedLine line) {
        return line.glyphs().stream().anyMatch(g -> link.covers(g.centerX(), g.centerY(), 0));
    }

    /** Every line of the page as it will be read: body lines and cell lines in order, then footnotes. */
    private static List<PlacedLine> readingOrder(OrderedPage page) {
        List<PlacedLine> lines = new ArrayList<>();
        for (Placed item : page.body()) {
            if (item instanceof PlacedRow row) {
                row.cells().forEach(cell -> lines.addAll(cell.lines()));
            } else {
                lines.add((PlacedLine) item);
            }
        }
        lines.addAll(page.footnotes());
        return lines;
    }

    /** Builds the model records of one page. */
    private record Converter(int page, DocumentMetrics metrics, Map<PlacedLine, LineStart> starts,
                             Map<PlacedLine, List<Hyperlink>> links) {

        TableRow row(PlacedRow row) {
            List<Cell> cells = new ArrayList<>();
            for (PlacedRow.Cell cell : row.cells()) {
                cells.add(new Cell(cell.lines().stream().map(l -> line(l, LineRole.BODY)).toList()));
            }
            return new TableRow(cells, page);
        }

        TextLine line(PlacedLine line, LineRole role) {
            return new TextLine(line.text(), page, line.boldPrefix(), metrics.isHeading(line), line.size(),
                    starts.getOrDefault(line, LineStart.UNKNOWN), role, links.getOrDefault(line, List.of()));
        }
    }
}
