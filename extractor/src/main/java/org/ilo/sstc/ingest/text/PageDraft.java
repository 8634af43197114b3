package org.ilo.sstc.ingest.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ilo.sstc.layout.LineRole;

/**
 * One page of flattened text while the detectors decide what each line is for. Mutable, and confined
 * to the single read that created it: each detector marks roles, drops furniture or edits text.
 */
final class PageDraft {
    private final int number;
    private final List<SourceLine> lines;
    private final String[] texts;
    private final LineRole[] roles;
    private final boolean[] dropped;

    /** A page numbered {@code number} (0 when the text has no known pages), every line BODY. */
    PageDraft(int number, List<SourceLine> lines) {
        this.number = number;
        this.lines = List.copyOf(lines);
        this.texts = new String[lines.size()];
        this.roles = new LineRole[lines.size()];
        this.dropped = new boolean[lines.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = LineCleaner.clean(lines.get(i).stripped());
        }
        Arrays.fill(roles, LineRole.BODY);
    }

    int number() {
        return number;
    }

    boolean hasNumber() {
        return number > 0;
    }

    int size() {
        return lines.size();
    }

    SourceLine source(int i) {
        return lines.get(i);
    }

    /** The line's current text, stripped and cleaned ("" when the cleaner left nothing). */
    String text(int i) {
        return texts[i];
    }

    void setText(int i, String text) {
        texts[i] = text;
    }

    LineRole role(int i) {
        return roles[i];
    }

    void mark(int i, LineRole role) {
        roles[i] = role;
    }

    /** Removes the line from the output: page furniture. */
    void drop(int i) {
        dropped[i] = true;
    }

    boolean isDropped(int i) {
        return dropped[i] || texts[i].isEmpty();
    }

    /** True when the line is still running text: not dropped and not given another role. */
    boolean isBody(int i) {
        return !isDropped(i) && roles[i] == LineRole.BODY;
    }

    /** Indices of the running-text lines, in order. */
    List<Integer> bodyLines() {
        List<Integer> body = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            if (isBody(i)) {
                body.add(i);
            }
        }
        return body;
    }
}
