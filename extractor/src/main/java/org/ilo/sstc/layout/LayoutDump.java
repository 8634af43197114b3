package org.ilo.sstc.layout;

/**
 * A readable plain-text rendering of a {@link LayoutDocument}, for debugging readers and for
 * golden-file tests: one line per text line, table rows as "| cell | cell |".
 */
public final class LayoutDump {
    private LayoutDump() {
    }

    /** Renders {@code document}; bold prefixes in *stars*, headings with '#', roles other than BODY tagged. */
    public static String render(LayoutDocument document) {
        StringBuilder out = new StringBuilder();
        out.append("# format=").append(document.format().id()).append(" pages=").append(document.pageCount()).append('\n');
        for (String warning : document.warnings()) {
            out.append("# warning: ").append(warning).append('\n');
        }
        for (Block block : document.blocks()) {
            if (block instanceof TextLine line) {
                out.append(render(line)).append('\n');
            } else if (block instanceof TableRow row) {
                out.append("p").append(row.page()).append(" ROW\n");
                int column = 0;
                for (Cell cell : row.cells()) {
                    for (TextLine line : cell.lines()) {
                        out.append("    |").append(column).append("| ").append(render(line)).append('\n');
                    }
                    column++;
                }
            }
        }
        return out.toString();
    }

    private static String render(TextLine line) {
        StringBuilder sb = new StringBuilder();
        sb.append('p').append(line.page()).append(' ');
        sb.append(switch (line.start()) {
            case PARAGRAPH -> '¶';
            case WRAPPED -> '~';
            case UNKNOWN -> '?';
        });
        if (line.role() != LineRole.BODY) {
            sb.append(" [").append(line.role()).append(']');
        }
        if (line.heading()) {
            sb.append(" #");
        }
        sb.append(' ');
        if (line.boldPrefix() > 0) {
            sb.append('*').append(line.boldText()).append('*').append(line.text().substring(line.boldPrefix()));
        } else {
            sb.append(line.text());
        }
        for (Hyperlink link : line.links()) {
            sb.append("  <").append(link.text()).append(" -> ").append(link.url()).append('>');
        }
        return sb.toString();
    }
}
