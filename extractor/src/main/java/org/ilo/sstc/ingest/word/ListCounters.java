package org.ilo.sstc.ingest.word;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/** The running item numbers of each list of a document, level by level. Not thread-safe: one per read. */
final class ListCounters {
    /** Word and HWPF both allow nine list levels. */
    static final int LEVELS = 9;
    private static final int UNSET = Integer.MIN_VALUE;

    private final Map<String, int[]> counts = new HashMap<>();

    /**
     * Counts one more item of list {@code list} at {@code level}: deeper levels start over.
     *
     * @param startOf the first number of each level
     * @return the current number of every level 0..8 (levels never used hold their start)
     */
    int[] next(String list, int level, IntUnaryOperator startOf) {
        int at = Math.max(0, Math.min(LEVELS - 1, level));
        int[] numbers = counts.computeIfAbsent(list, k -> unset());
        numbers[at] = numbers[at] == UNSET ? startOf.applyAsInt(at) : numbers[at] + 1;
        for (int deeper = at + 1; deeper < LEVELS; deeper++) {
            numbers[deeper] = UNSET;
        }
        int[] shown = numbers.clone();
        for (int i = 0; i < LEVELS; i++) {
            if (shown[i] == UNSET) {
                shown[i] = startOf.applyAsInt(i);
            }
        }
        return shown;
    }

    /** Starts list {@code list} over, as a "restart numbering" does. */
    void restart(String list) {
        counts.remove(list);
    }

    private static int[] unset() {
        int[] numbers = new int[LEVELS];
        Arrays.fill(numbers, UNSET);
        return numbers;
    }
}
