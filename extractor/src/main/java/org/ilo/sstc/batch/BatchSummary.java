package org.ilo.sstc.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a batch, as printed and as written to {@code summary.json}.
 *
 * @param extractorVersion the extractor's version
 * @param files            number of inputs
 * @param converted        inputs converted in this run
 * @param skipped          inputs left as they were (content and extractor version unchanged)
 * @param failed           inputs that could not be converted
 * @param failures         number of failed inputs per cause ({@code ENCRYPTED}, {@code CORRUPT}...), by name
 * @param practices        practices in all outputs of the batch
 * @param warnings         warnings in all outputs of the batch
 * @param seconds          wall-clock time of the batch
 * @param outcomes         one entry per input, in input order
 * @param leftOut     entries of the input folders left out without being tried (links to folders, loops,
 *                         dangling links), each with the reason
 */
@JsonPropertyOrder({"extractorVersion", "files", "converted", "skipped", "failed", "failures", "practices", "warnings",
    "seconds", "outcomes", "leftOut"})
public record BatchSummary(String extractorVersion, int files, int converted, int skipped, int failed,
                           Map<String, Integer> failures, int practices, int warnings, double seconds,
                           List<FileOutcome> outcomes, List<LeftOutInput> leftOut) {

    public BatchSummary {
        // Sorted, so that summary.json lists causes in a stable order.
        failures = Collections.unmodifiableMap(new TreeMap<>(failures));
        outcomes = List.copyOf(outcomes);
        leftOut = List.copyOf(leftOut);
    }

    /** Totals over {@code outcomes}. */
    public static BatchSummary of(String version, List<FileOutcome> outcomes, double seconds) {
        return of(version, outcomes, List.of(), seconds);
    }

    /** Totals over {@code outcomes}, with the folder entries that were left out. */
    public static BatchSummary of(String version, List<FileOutcome> outcomes, List<LeftOutInput> leftOut,
                                  double seconds) {
        Map<String, Integer> failures = new TreeMap<>();
        outcomes.stream().filter(FileOutcome::failed).forEach(o -> failures.merge(o.failure(), 1, Integer::sum));
        return new BatchSummary(version, outcomes.size(), count(outcomes, FileOutcome.Status.CONVERTED),
                count(outcomes, FileOutcome.Status.SKIPPED), count(outcomes, FileOutcome.Status.FAILED), failures,
                outcomes.stream().mapToInt(FileOutcome::practices).sum(),
                outcomes.stream().mapToInt(FileOutcome::warnings).sum(), seconds, outcomes, leftOut);
    }

    private static int count(List<FileOutcome> outcomes, FileOutcome.Status status) {
        return (int) outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** The lines printed at the end of a run: totals, then each failure's one-line message. */
    public String report() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%d file(s): %d converted, %d unchanged, %d failed; %d practices, %d warnings; %.1f s%n",
                files, converted, skipped, failed, practices, warnings, seconds));
        outcomes.stream().filter(FileOutcome::failed).forEach(o -> sb.append("  failed: ").append(o.message()).append('\n'));
        leftOut.forEach(s -> sb.append("  ").append(s.line()).append('\n'));
        return sb.toString();
    }
}
