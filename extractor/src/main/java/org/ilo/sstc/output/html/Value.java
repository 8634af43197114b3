package org.ilo.sstc.output.html;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One value as the review page shows it: a field the document does not have ({@code null}) and a label
 * with nothing after it ({@code ""}) are told apart, never hidden.
 *
 * @param text    the text, "" or null
 * @param isNull  the value is null or absent
 * @param isEmpty the value is the empty string
 */
public record Value(String text, boolean isNull, boolean isEmpty) {

    /** The value of a JSON node: text as it is, numbers and booleans as written, objects and arrays as JSON. */
    public static Value of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new Value(null, true, false);
        }
        return of(node.isValueNode() ? node.asText() : node.toPrettyString());
    }

    /** The value of a string, which may be null or empty. */
    public static Value of(String text) {
        return new Value(text, text == null, text != null && text.isEmpty());
    }
}
