package org.ilo.sstc.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Seconds one conversion spent in each stage.
 *
 * @param ingest   file to neutral layout
 * @param segment  layout to practices
 * @param fields   practices to template fields
 * @param entities fields to entities (NER)
 * @param write    assembly, schema validation and serialisation
 */
public record StageTimes(double ingest, double segment, double fields, double entities, double write) {

    /** All stages. */
    public double total() {
        return withoutEntities() + entities;
    }

    /** Every stage but entities: what issue 4 compares with plain Tika extraction. */
    public double withoutEntities() {
        return ingest + segment + fields + write;
    }

    /** Stage by stage, the median of {@code rounds}. */
    public static StageTimes median(List<StageTimes> rounds) {
        return new StageTimes(median(rounds, StageTimes::ingest), median(rounds, StageTimes::segment),
                median(rounds, StageTimes::fields), median(rounds, StageTimes::entities), median(rounds, StageTimes::write));
    }

    private static double median(List<StageTimes> rounds, ToDoubleFunction<StageTimes> stage) {
        return median(rounds.stream().mapToDouble(stage).toArray());
    }

    /** The median of {@code values} (not empty). */
    public static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to take the median of");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
