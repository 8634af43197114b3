package org.ilo.sstc.output.sheet;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a sheet: its header, its width in characters, and its value in a row: a {@link String}
 * (text cell), a {@link Number} (number cell) or null (no cell, as the JSON's null).
 */
public record Column<R>(String header, int width, Function<R, Object> value) {
    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(value, "value");
        if (width < 1 || width > 255) {
            throw new IllegalArgumentException("width must be 1-255 characters, but is " + width);
        }
    }
}
