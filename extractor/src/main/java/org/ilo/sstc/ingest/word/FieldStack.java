package org.ilo.sstc.ingest.word;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Word fields open at the current position of a story (begin, instruction, separator, result,
 * end; nested fields allowed). Tells whether text is visible (in a result, not in an instruction)
 * and which HYPERLINK field it belongs to. Not thread-safe: one per story.
 */
final class FieldStack {
    private static final Pattern HYPERLINK = Pattern.compile("^\\s*HYPERLINK\\b(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S+)");

    private final Deque<Field> open = new ArrayDeque<>();

    private static final class Field {
        final StringBuilder instruction = new StringBuilder();
        boolean inResult;
        String url;
    }

    /** A field begins (w:fldChar begin, U+0013). */
    void begin() {
        open.push(new Field());
    }

    /** Instruction text of the innermost field (w:instrText, text before U+0014). */
    void instruction(String text) {
        Field field = open.peek();
        if (field != null && !field.inResult) {
            field.instruction.append(text);
        }
    }

    /** The innermost field's result starts (w:fldChar separate, U+0014). */
    void separate() {
        Field field = open.peek();
        if (field != null && !field.inResult) {
            field.inResult = true;
            field.url = hyperlinkTarget(field.instruction.toString());
        }
    }

    /** The innermost field ends (w:fldChar end, U+0015). */
    void end() {
        open.poll();
    }

    /** True while the text read is an instruction, which Word never shows. */
    boolean inInstruction() {
        for (Field field : open) {
            if (!field.inResult) {
                return true;
            }
        }
        return false;
    }

    /** The target of the innermost HYPERLINK field whose result is being read, or null. */
    String url() {
        for (Field field : open) {
            if (field.url != null) {
                return field.url;
            }
        }
        return null;
    }

    /**
     * The target of a field instruction {@code HYPERLINK "url" \l "anchor" \o "tip"}, or null when the
     * instruction is another field or links only inside the document.
     */
    static String hyperlinkTarget(String instruction) {
        if (instruction == null) {
            return null;
        }
        Matcher m = HYPERLINK.matcher(instruction);
        if (!m.matches()) {
            return null;
        }
        String url = null;
        String anchor = null;
        String switchName = null;
        Matcher token = TOKEN.matcher(m.group(1));
        while (token.find()) {
            String value = token.group(1) != null ? token.group(1).replace("\\\\", "\\") : token.group(2);
            if (token.group(1) == null && value.startsWith("\\") && value.length() == 2) {
                String name = value.substring(1).toLowerCase(java.util.Locale.ROOT);
                // \l (anchor), \o (tooltip) and \t (frame) take an argument; \m and \n take none
                switchName = "lot".contains(name) ? name : null;
            } else if (switchName != null) {
                if (switchName.equals("l")) {
                    anchor = value;
                }
                switchName = null;
            } else if (url == null) {
                url = value;
            }
        }
        if (url == null || url.isBlank()) {
            return null;
        }
        return anchor == null || anchor.isBlank() ? url.strip() : url.strip() + "#" + anchor.strip();
    }
}
