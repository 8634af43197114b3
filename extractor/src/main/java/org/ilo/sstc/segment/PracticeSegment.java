package org.ilo.sstc.segment;

import java.util.List;
import java.util.Objects;
import org.ilo.sstc.layout.Block;

/**
 * The blocks of one practice, from the line after its heading to the next heading.
 *
 * @param heading   the parsed heading
 * @param blocks    the practice's blocks in reading order (heading excluded)
 * @param firstPage page of the heading, 0 when the format has no pages
 * @param lastPage  last page with a block of the practice, 0 when the format has no pages
 */
public record PracticeSegment(PracticeHeading heading, List<Block> blocks, int firstPage, int lastPage) {
    public PracticeSegment {
        Objects.requireNonNull(heading, "heading");
        blocks = List.copyOf(blocks);
        if (firstPage < 0 || lastPage < firstPage) {
            throw new IllegalArgumentException("pages must be 0 <= first <= last, but are " + firstPage + "-" + lastPage);
        }
    }
}
