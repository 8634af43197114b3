package org.ilo.sstc.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warnings about the practices' numbers: a number that repeats, or a jump that skips some. Either is
 * how a damaged file or a heading the segmenter could not read shows, and the user must hear of it.
 */
final class PracticeNumbering {
    private PracticeNumbering() {
    }

    /** The warnings for practices numbered {@code numbers}, in document order; none when they run 1, 2, 3... */
    static List<String> warnings(List<Integer> numbers) {
        List<String> warnings = new ArrayList<>();
        if (numbers.isEmpty()) {
            return warnings;
        }
        if (numbers.get(0) > 1) {
            warnings.add("practice numbers start at " + numbers.get(0) + ": " + missing(0, numbers.get(0)));
        }
        Map<Integer, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < numbers.size(); i++) {
            int number = numbers.get(i);
            seen.merge(number, 1, Integer::sum);
            if (i == 0) {
                continue;
            }
            int previous = numbers.get(i - 1);
            if (number > previous + 1) {
                warnings.add("practice numbers jump from " + previous + " to " + number + ": " + missing(previous, number));
            } else if (number < previous) {
                warnings.add("practice numbers go back from " + previous + " to " + number);
            }
        }
        seen.forEach((number, count) -> {
            if (count > 1) {
                warnings.add("practice number " + number + " appears " + (count == 2 ? "twice" : count + " times"));
            }
        });
        return warnings;
    }

    /** "4 is missing", "4 and 5 are missing", "4 to 9 are missing": the numbers strictly between the two. */
    private static String missing(int before, int after) {
        int first = before + 1;
        int last = after - 1;
        if (first == last) {
            return first + " is missing";
        }
        return first + (last == first + 1 ? " and " : " to ") + last + " are missing";
    }
}
