package org.ilo.sstc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ilo.sstc.ingest.PageNumbers;
import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.profile.Profiles;
import org.ilo.sstc.segment.HeadingParser;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression the extractor keeps in a constant runs in linear time on adversarial text:
 * long runs of one character or of two alternating ones, the shapes that make a backtracking pattern
 * quadratic (issue 9: one 100,000-character word took 54 s). The text counts the characters the regex
 * engine reads, so a quadratic pattern is caught at once and no test waits for it.
 */
class LinearPatternsTest {

    /** Long enough that a quadratic pattern reads about 15 times more than a linear one. */
    private static final int LENGTH = 3_000;
    /** Reads per character of text that a linear pattern with a few alternatives stays under. */
    private static final int READS_PER_CHARACTER = 100;

    private static final List<String> UNITS = List.of(
            " ", "a", "A", "1", ".", "-", ",", ";", ":", "(", ")", "[", "@", "/", "%", "_", "'", "’", "\"", "–", "•",
            "\t", "\n", "é", "*", "|", "&", "?", "…",
            "a.", "a ", "a-", "1.", "a@", "A ", ". ", "- ", "a,", "1 ", "aA", "Aa", "a\n", "%20", "www.", "http:/",
            "a@b.", "Ab ", "the ", " and ", "A. ", "Ab-", "1 / ", " - ", "(a) ");
    private static final List<String> TAILS = List.of("", "x", " ");
    private static final List<String> HEADS = List.of("", "x");
    /**
     * Patterns the code only ever applies with {@code matches()}, a single anchored attempt: a leading
     * {@code .*} is then linear, where {@code find()} would retry it at every offset.
     */
    private static final Set<String> ANCHORED_ONLY = Set.of(
            "ContactParser.PHONE", "GroupDefinitions.LIST_GAP", "LabelMatcher.ONLY_PARENTHESES",
            "LabelMatcher.WIDE_GAP_THEN_CONTENT", "PageFurniture.NUMBERED_TRAILING", "PageFurniture.PAGE_NUMBER");

    @Test
    void everyPatternConstantReadsEachCharacterOfAdversarialTextABoundedNumberOfTimes() throws Exception {
        List<String> quadratic = new ArrayList<>();
        List<Field> constants = patternConstants();
        for (Field constant : constants) {
            Pattern pattern = (Pattern) constant.get(null);
            String name = constant.getDeclaringClass().getSimpleName() + "." + constant.getName();
            String failure = firstQuadraticText(pattern, !ANCHORED_ONLY.contains(name));
            if (failure != null) {
                quadratic.add(name + " on " + failure);
            }
        }
        assertThat(constants).as("pattern constants found").hasSizeGreaterThan(40);
        assertThat(quadratic).as("patterns that read adversarial text more than linearly").isEmpty();
    }

    /**
     * The patterns built from the language profiles' word lists (connectors, instructions, heading words,
     * page words), of every bundled language: a user's words must not make them quadratic either, so they
     * are built the same way.
     */
    @Test
    void everyPatternBuiltFromAProfileReadsAdversarialTextLinearly() throws Exception {
        List<String> quadratic = new ArrayList<>();
        Profiles profiles = Profiles.bundled();
        for (CompendiumProfile profile : profiles.all()) {
            List<Object> built = List.of(
                    construct("org.ilo.sstc.entities.EntityWords", profile),
                    construct("org.ilo.sstc.fields.Instructions", profile),
                    new HeadingParser(profiles), PageNumbers.of(profiles));
            for (Object owner : built) {
                for (Map.Entry<String, Pattern> pattern : patternFields(owner).entrySet()) {
                    String failure = firstQuadraticText(pattern.getValue(), true);
                    if (failure != null) {
                        quadratic.add(profile.language() + " " + pattern.getKey() + " on " + failure);
                    }
                }
            }
        }
        assertThat(quadratic).as("profile patterns that read adversarial text more than linearly").isEmpty();
    }

    private static Object construct(String className, CompendiumProfile profile) throws ReflectiveOperationException {
        Constructor<?> constructor = Class.forName(className).getDeclaredConstructor(CompendiumProfile.class);
        constructor.setAccessible(true);
        return constructor.newInstance(profile);
    }

    /** The {@code Pattern} fields of {@code owner}, and the patterns of its {@code List<Pattern>} fields, by name. */
    private static Map<String, Pattern> patternFields(Object owner) throws IllegalAccessException {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        for (Field field : owner.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            Object value = field.get(owner);
            String name = owner.getClass().getSimpleName() + "." + field.getName();
            if (value instanceof Pattern pattern) {
                patterns.put(name, pattern);
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Pattern pattern) {
                        patterns.put(name + "[" + i + "]", pattern);
                    }
                }
            }
        }
        return patterns;
    }

    /** The first adversarial text on which {@code pattern} reads more than linearly, or null. */
    private static String firstQuadraticText(Pattern pattern, boolean find) {
        for (String head : HEADS) {
            for (String unit : UNITS) {
                for (String tail : TAILS) {
                    String text = head + unit.repeat(LENGTH / unit.length()) + tail;
                    if (!linear(pattern, text, find)) {
                        return "'" + printable(head) + "' + '" + printable(unit) + "' x " + LENGTH / unit.length()
                                + " + '" + printable(tail) + "'" + (find ? " (find)" : " (matches)");
                    }
                }
            }
        }
        return null;
    }

    private static boolean linear(Pattern pattern, String text, boolean find) {
        ReadCounter counted = new ReadCounter(text, (long) READS_PER_CHARACTER * text.length());
        try {
            Matcher m = pattern.matcher(counted);
            if (!find) {
                m.matches();
                return true;
            }
            while (m.find()) {
                // every match, as the extractor's loops and replaceAll calls do
            }
            return true;
        } catch (ReadCounter.OverBudget | StackOverflowError e) {
            // A loop over a group with alternatives recurses once per repetition: long text overflows the stack.
            return false;
        }
    }

    /** The static {@code Pattern} fields of every class of the extractor. */
    private static List<Field> patternConstants() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Fold.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Field> fields = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/ilo/sstc"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, LinearPatternsTest.class.getClassLoader());
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
        }
        return fields;
    }

    private static String printable(String s) {
        return s.replace("\n", "\\n").replace("\t", "\\t").replace("\u0000", "\\0");
    }

    /** Text that counts how often the regex engine reads it, and stops it past a budget. */
    private static final class ReadCounter implements CharSequence {
        static final class OverBudget extends RuntimeException {
            private static final long serialVersionUID = 1L;

            OverBudget() {
                super(null, null, false, false);
            }
        }

        private final String text;
        private final long[] reads;
        private final long budget;
        private final int offset;
        private final int length;

        ReadCounter(String text, long budget) {
            this(text, new long[1], budget, 0, text.length());
        }

        private ReadCounter(String text, long[] reads, long budget, int offset, int length) {
            this.text = text;
            this.reads = reads;
            this.budget = budget;
            this.offset = offset;
            this.length = length;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (++reads[0] > budget) {
                throw new OverBudget();
            }
            return text.charAt(offset + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new ReadCounter(text, reads, budget, offset + start, end - start);
        }

        @Override
        public String toString() {
            return text.substring(offset, offset + length);
        }
    }
}
