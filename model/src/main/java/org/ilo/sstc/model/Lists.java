package org.ilo.sstc.model;

import java.util.List;

/** Null-tolerant immutable copies, so that every record holds an unmodifiable, never-null list. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
