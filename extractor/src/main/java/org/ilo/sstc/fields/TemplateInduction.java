package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ilo.sstc.fields.LabelCandidate.Evidence;
import org.ilo.sstc.fields.LabelMatcher.DictionaryMatch;

/**
 * Reads a compendium's own template from its practices: the label candidates whose wording recurs across
 * practices, once each and in a consistent order, scored by the evidence for them (recurrence, cells,
 * bold, colons, the profile's wordings); then each label's field, from the profile's wordings, its
 * keywords, or its place between labels of known fields ({@link FieldAssignment}).
 */
final class TemplateInduction {

    /** A label must recur in at least half the practices (and in two). */
    private static final double MIN_SHARE = 0.5;
    /** From this many practices on, a line start found in each of them, in order, says something. */
    private static final int MIN_PRACTICES_FOR_ORDER = 3;
    /** Evidence a recurring candidate needs to be a label. */
    private static final double MIN_SCORE = 3.0;
    /** Rows numbered so in a template ("1)" to "10)"), an unnumbered line between two of them is no row of it. */
    private static final int MIN_NUMBERED_ROWS = 4;
    /** A label appears once per practice; a repeated table header twice or three times at most. */
    private static final int MAX_PER_PRACTICE = 3;
    /** A key whose occurrences overlap accepted labels in more than this share of its practices is part of one. */
    private static final double MAX_OVERLAP = 0.34;
    /** A longer key found in this share of a shorter one's practices, around it, is the label it is part of. */
    private static final double CONTAINER_SHARE = 0.75;
    /** From this many words on, a recurring line in capitals reads as a label, not as an acronym or a name. */
    private static final int CAPITAL_LABEL_WORDS = 3;
    /** Practices in which a label's next word must recur for that word to be the label's. */
    private static final int MIN_CARRIED_ON = 3;
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\P{L}*$");
    /** Fewest words of a run-in label closed by a full stop that opens with a function word ("O que trouxe de diferente."). */
    private static final int MIN_STOP_LABEL_WORDS = 3;
    /** Fewest labels alone on their lines (or asked) among which a "Words:" head is content. */
    private static final int MIN_LONE_LABELS = 4;
    /** Lines a page break may put between a label and its guidance: the page's footer and the next one's header. */
    private static final int MAX_GUIDANCE_GAP = 8;
    private static final Pattern VALUE_LIKE = Pattern.compile("@|://|www\\.|\\d{3,}");
    private static final Pattern PARENTHESISED = Pattern.compile(LabelText.BRACKETED + "?");

    private final LabelMatcher matcher;
    private final FieldVocabulary vocabulary;

    TemplateInduction(FieldVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.matcher = vocabulary.matcher();
    }

    /** One candidate label of the document: every occurrence of one key, at most one per practice line. */
    private static final class Key {
        final String key;
        final List<String> words;
        final Map<Integer, List<LabelCandidate>> byPractice = new TreeMap<>();
        Optional<DictionaryMatch> dictionary = Optional.empty();
        double rank;
        /** The evidence for the key before overlaps are settled: which of two overlapping keys is the label. */
        double score;

        Key(String key, List<String> words) {
            this.key = key;
            this.words = words;
        }

        int practices() {
            return byPractice.size();
        }

        boolean isSynonym() {
            return dictionary.filter(d -> d.mapping() == TemplateLabel.Mapping.SYNONYM).isPresent();
        }

        List<LabelCandidate> occurrences() {
            return byPractice.values().stream().flatMap(List::stream).toList();
        }

        /**
         * Adds {@code c}; at a line already taken by this key the occurrence spanning more lines wins, with the
         * colon of the other: with the same words, the lines it adds hold an instruction ("Background documents:" /
         * "(with links)"), and the colon after the words still ends the label. At the same lines the first stays.
         */
        void add(LabelCandidate c) {
            List<LabelCandidate> list = byPractice.computeIfAbsent(c.practice(), p -> new ArrayList<>());
            for (int i = 0; i < list.size(); i++) {
                LabelCandidate old = list.get(i);
                if (old.position() == c.position()) {
                    if (c.lines() > old.lines()) {
                        list.set(i, c.withColonOf(old));
                    } else if (c.lines() < old.lines()) {
                        list.set(i, old.withColonOf(c));
                    }
                    return;
                }
                // The same words once with the numbering line above them and once without ("SECTION 10:" /
                // "DOCUMENTATION"): one label, the occurrence spanning more lines.
                if (within(c, old)) {
                    return;
                }
                if (within(old, c)) {
                    list.set(i, c);
                    return;
                }
            }
            list.add(c);
        }

        private static boolean within(LabelCandidate inner, LabelCandidate outer) {
            return outer.position() <= inner.position() && inner.position() + inner.lines() <= outer.position() + outer.lines();
        }

        double share(Evidence... any) {
            List<LabelCandidate> all = occurrences();
            long with = all.stream().filter(c -> {
                for (Evidence e : any) {
                    if (c.has(e)) {
                        return true;
                    }
                }
                return false;
            }).count();
            return all.isEmpty() ? 0 : with / (double) all.size();
        }

        String commonText() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            occurrences().forEach(c -> counts.merge(c.text().strip(), 1, Integer::sum));
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }

    /** In how many of {@code practices} practices a wording must recur to be part of the template. */
    static int minPractices(int practices) {
        return Math.max(2, (int) Math.ceil(practices * MIN_SHARE));
    }

    /**
     * The template of a document whose practices have the candidates {@code practices} (one list per practice) and
     * {@code lines} line positions each.
     */
    CompendiumTemplate induce(List<List<LabelCandidate>> practices, int[] lines) {
        int n = practices.size();
        int minPractices = minPractices(n);
        if (n < 2) {
            return CompendiumTemplate.NONE;
        }
        List<Key> keys = recurring(practices, minPractices);
        boolean styled = styledDocument(keys);
        keys.forEach(k -> k.score = score(k, n, styled));
        keys = withoutParts(keys);
        keys = withoutCutShort(keys);
        keys = withoutOverlaps(keys);
        keys = inConsistentOrder(keys, minPractices);
        // Scored again: the order check dropped occurrences, and the evidence is shared among those left.
        keys.forEach(k -> k.score = score(k, n, styled));
        Set<String> afterLone = afterLoneLabels(keys, k -> true);
        Set<String> afterStyledLone = styled ? afterLoneLabels(keys, k -> styleShare(k) >= MIN_SHARE) : Set.of();
        List<Key> numbered = keys.stream().filter(k -> k.share(Evidence.NUMBERED) >= MIN_SHARE && k.score >= MIN_SCORE).toList();
        List<Key> labels = new ArrayList<>();
        for (Key key : keys) {
            boolean content = contentUnderStyledLabel(key, afterStyledLone) || outsideTheNumbering(key, numbered)
                    || insideContent(key) || colonHeadAmongLoneLabels(key, keys, minPractices);
            if (!content && key.score + orderedLineStart(key, n, afterLone) >= MIN_SCORE) {
                labels.add(key);
            }
        }
        Map<Key, Key> guidance = guidanceOf(labels, minPractices);
        List<Key> named = labels.stream().filter(k -> !guidance.containsKey(k)).toList();
        List<TemplateLabel> assigned = new FieldAssignment(named.stream().map(k -> new FieldAssignment.Slot(k.commonText(),
                k.words, dictionaryWithGuidance(k, guidance).orElse(null), k.practices(), k.share(Evidence.COLON) >= 0.5,
                k.share(Evidence.PREFIX) >= 0.5, headerLike(k, named, lines), matcher.keywordFields(k.words))).toList()).assign().labels();
        // The guidance back in its place among the labels, which keep their order.
        java.util.Iterator<TemplateLabel> next = assigned.iterator();
        List<TemplateLabel> template = new ArrayList<>();
        for (Key key : labels) {
            template.add(guidance.containsKey(key)
                    ? new TemplateLabel(key.commonText(), key.words, null, TemplateLabel.Mapping.GUIDANCE, key.practices(), false)
                    : next.next());
        }
        return new CompendiumTemplate(template);
    }

    /**
     * The template's guidance set as lines of its own under a label (a guidance column that flattened text puts
     * after the label cell): a recurring candidate alone on its lines that, in each practice it is in, starts on
     * the line right after one of another label alone on its lines. Two labels never follow each other so in every
     * practice, with nothing between; a label and the form's question for it do. Mapped to the label it follows.
     */
    private Map<Key, Key> guidanceOf(List<Key> labels, int minPractices) {
        Map<Key, Key> guidance = new HashMap<>();
        for (Key text : labels) {
            // A row's label cell is a label of its own, not guidance under the label above it.
            // Alone on its lines, or a question with the form's word limit after it ("… each other? In 150 words or fewer").
            if (text.practices() < minPractices || text.isSynonym() || text.share(Evidence.ALONE) < 1 && text.share(Evidence.QUESTION) < 1
                    || text.share(Evidence.CELL) >= MIN_SHARE || text.byPractice.values().stream().anyMatch(l -> l.size() > 1)) {
                continue;
            }
            for (Key label : labels) {
                if (label != text && !vocabulary.areColumnHeadings(label.words) && alwaysRightAfter(text, label, labels)) {
                    guidance.put(text, label);
                    break;
                }
            }
        }
        return guidance;
    }

    /**
     * Whether each occurrence of {@code text} starts where an occurrence of {@code label} alone on its lines ends,
     * in most practices right there, in the others a few lines further with no other label between: a page break
     * cut the row between its label and the guidance, its footer and header lines fall between them. One practice
     * where the label is not found does not count.
     */
    private static boolean alwaysRightAfter(Key text, Key label, List<Key> labels) {
        int direct = 0;
        int withoutLabel = 0;
        for (Map.Entry<Integer, List<LabelCandidate>> e : text.byPractice.entrySet()) {
            int start = e.getValue().get(0).position();
            // One practice may lack the label as the others word it: a page break split it ("Mutual Learning …" /
            // "Approach").
            if (!label.byPractice.containsKey(e.getKey()) && withoutLabel++ == 0) {
                continue;
            }
            List<LabelCandidate> before = label.byPractice.getOrDefault(e.getKey(), List.of()).stream()
                    .filter(c -> c.position() + c.lines() <= start).toList();
            if (before.stream().anyMatch(c -> c.has(Evidence.ALONE) && c.position() + c.lines() == start)) {
                direct++;
                continue;
            }
            // Cut off by the page, the label may share its line with the first of its content ("Lasting foundations The …").
            int end = before.stream().mapToInt(c -> c.position() + c.lines()).max().orElse(-1);
            if (end < 0 || start - end > MAX_GUIDANCE_GAP || labelBetween(labels, e.getKey(), end, start)) {
                return false;
            }
        }
        return direct * 2 > text.practices();
    }

    /** Whether a key of {@code labels} occurs in practice {@code practice} on a line from {@code from} to before {@code to}. */
    private static boolean labelBetween(List<Key> labels, int practice, int from, int to) {
        return labels.stream().flatMap(k -> k.byPractice.getOrDefault(practice, List.of()).stream())
                .anyMatch(c -> c.position() >= from && c.position() < to);
    }

    /**
     * What the profile's wordings say of {@code key}, or, when they know nothing of it, of it and the guidance
     * under it together ("I. Resources mobilised" / "Source and amount of funding, if known.").
     */
    private Optional<DictionaryMatch> dictionaryWithGuidance(Key key, Map<Key, Key> guidance) {
        if (key.dictionary.isPresent()) {
            return key.dictionary;
        }
        List<String> words = new ArrayList<>(key.words);
        guidance.forEach((text, label) -> {
            if (label == key) {
                words.addAll(text.words);
            }
        });
        return words.size() == key.words.size() ? Optional.empty() : matcher.classify(words);
    }


    /** Keys found in enough practices, never too often in one; typos of a recurring key merged into it. */
    private List<Key> recurring(List<List<LabelCandidate>> practices, int minPractices) {
        Map<String, Key> all = new HashMap<>();
        for (List<LabelCandidate> candidates : practices) {
            for (LabelCandidate c : candidates) {
                all.computeIfAbsent(c.key(), k -> new Key(k, c.words())).add(c);
            }
        }
        List<Key> seeds = new ArrayList<>();
        for (Key key : all.values()) {
            if (key.practices() >= 2) {
                seeds.add(key);
            }
        }
        // "Objetive (s)" once, "Objective (s)" elsewhere: the same label, written in place of the other.
        seeds.sort(Comparator.comparingInt(Key::practices).reversed().thenComparing(k -> k.key));
        Map<String, Key> merged = new LinkedHashMap<>();
        for (Key seed : seeds) {
            Key into = merged.values().stream().filter(m -> isVariant(seed, m)).findFirst().orElse(null);
            if (into == null) {
                merged.put(seed.key, seed);
            } else {
                seed.occurrences().forEach(into::add);
            }
        }
        for (Key key : all.values()) {
            if (key.practices() == 1 && !merged.containsKey(key.key)) {
                merged.values().stream().filter(m -> isVariant(key, m)).findFirst()
                        .ifPresent(m -> key.occurrences().forEach(m::add));
            }
        }
        List<Key> kept = new ArrayList<>();
        for (Key key : merged.values()) {
            int most = key.byPractice.values().stream().mapToInt(List::size).max().orElse(0);
            long repeated = key.byPractice.values().stream().filter(l -> l.size() > 1).count();
            // Repeated in most practices, a key is content, unless it names the columns (a header row on each page).
            if (key.practices() >= minPractices && most <= MAX_PER_PRACTICE
                    && (repeated * 2 <= key.practices() || vocabulary.areColumnHeadings(key.words))) {
                key.dictionary = matcher.classify(key.words);
                kept.add(key);
            }
        }
        return kept;
    }

    /** A misspelling of {@code of}: the same words allowing typos, never in a practice where {@code of} is. */
    private static boolean isVariant(Key key, Key of) {
        return LabelText.sameWords(of.words, key.words) && key.byPractice.keySet().stream().noneMatch(of.byPractice::containsKey);
    }

    /**
     * A whole line alone that goes on in lower case after the colon ending {@code part} ("3. Intercambio entre
     * pares: cómo funcionó", the same in every practice): the colon is inside the label.
     */
    private static boolean goesOnInLowerCase(LabelCandidate whole, LabelCandidate part) {
        if (!whole.has(Evidence.ALONE) || !part.has(Evidence.COLON)) {
            return false;
        }
        int colon = whole.text().indexOf(':');
        String rest = colon < 0 ? "" : whole.text().substring(colon + 1).strip();
        return !rest.isEmpty() && Character.isLowerCase(rest.codePointAt(0));
    }

    /**
     * Drops a key that is mostly part of a longer one found almost as often: the first line of a wrapped
     * label, its last line, its first words.
     */
    private static List<Key> withoutParts(List<Key> keys) {
        List<Key> kept = new ArrayList<>();
        for (Key part : keys) {
            boolean inside = false;
            for (Key whole : keys) {
                if (whole != part && whole.practices() >= CONTAINER_SHARE * part.practices()
                        && containedShare(part, whole) >= CONTAINER_SHARE && !repeatedContentAfter(part, whole)) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                kept.add(part);
            }
        }
        return kept;
    }

    /**
     * Whether {@code whole} is {@code part} and the same first words of content up to a colon, on the same line, in
     * fewer practices than {@code part} but at its place in each: "[coins] Who paid ILO RBTC South-South funds: USD
     * 48,500" in four practices of five, "[coins] Who paid ILO South-South and …" in the fifth. A label is worded
     * alike in every practice; content repeats in most, not all. A wording of the profile is a label, though a few
     * practices word it otherwise ("Title of South-South and triangular cooperation (SSTC) good practice:").
     */
    private static boolean repeatedContentAfter(Key part, Key whole) {
        return whole.practices() < part.practices() && !whole.isSynonym() && whole.share(Evidence.COLON) >= MIN_SHARE
                && part.share(Evidence.COLON) < MIN_SHARE && opensWith(whole, part)
                && whole.occurrences().stream().allMatch(w -> part.byPractice.getOrDefault(w.practice(), List.of()).stream()
                        .anyMatch(p -> p.position() == w.position() && p.lines() == w.lines()));
    }

    /**
     * The share of {@code part}'s practices where it lies within an occurrence of {@code whole} spanning more:
     * more lines, or more words of its one line. What a colon or a wide gap ends is the head of its line,
     * never part of the whole line ("Institution: ILO" repeated everywhere is the label "Institution").
     */
    private static double containedShare(Key part, Key whole) {
        int inside = 0;
        for (Map.Entry<Integer, List<LabelCandidate>> e : part.byPractice.entrySet()) {
            List<LabelCandidate> wholes = whole.byPractice.getOrDefault(e.getKey(), List.of());
            boolean within = e.getValue().stream().anyMatch(p -> wholes.stream().anyMatch(w -> w.position() <= p.position()
                    && p.position() + p.lines() <= w.position() + w.lines()
                    && (w.lines() > p.lines() || w.words().size() > p.words().size() && !w.has(Evidence.PREFIX)
                            && (!p.has(Evidence.COLON) && !p.has(Evidence.GAP) || goesOnInLowerCase(w, p)))));
            if (within) {
                inside++;
            }
        }
        return part.practices() == 0 ? 0 : inside / (double) part.practices();
    }

    /**
     * Without a wording of the profile whose every occurrence, content after it in lower case, goes on with the same
     * word: "Période couverte février 2024", "Période couverte mai 2024" … is the label "Période couverte" (the
     * profile knows "Période"), as content would not open with the same word in every practice.
     */
    private List<Key> withoutCutShort(List<Key> keys) {
        List<Key> kept = new ArrayList<>(keys);
        kept.removeIf(cut -> cut.share(Evidence.LOWER_CONTENT) >= MIN_SHARE && cut.practices() >= MIN_CARRIED_ON
                && keys.stream().anyMatch(longer -> carriesOn(longer, cut)));
        kept.removeIf(cut -> cut.share(Evidence.PREFIX) >= MIN_SHARE && !cut.isSynonym()
                && keys.stream().anyMatch(longer -> endsLater(longer, cut)));
        return kept;
    }

    /**
     * A line's first words that, in most of their practices, go on with the same words ending in lower case: "Member
     * States involved Côte d’Ivoire …" in four practices of five, "Member States involved the member States of SICA"
     * in the fifth (a line start that opens in lower case there). Content after a label does not open with the same
     * words in most practices, nor does a label's last word start its content.
     */
    private boolean endsLater(Key longer, Key cut) {
        return longer.words.size() > cut.words.size() && opensWith(longer, cut)
                && endsOnLowerCaseWord(longer)
                && longer.share(Evidence.PREFIX) >= MIN_SHARE && longer.practices() >= MIN_CARRIED_ON
                && longer.practices() >= CONTAINER_SHARE * cut.practices()
                && longer.occurrences().stream().allMatch(l -> cut.byPractice.getOrDefault(l.practice(), List.of()).stream()
                        .anyMatch(c -> c.position() == l.position()));
    }

    /**
     * Whether the last word of {@code text} is written in lower case and says something: "involved", not "Dr", "ILO"
     * or the article before a country ("Pays associés la Côte d’Ivoire").
     */
    private boolean endsOnLowerCaseWord(Key key) {
        var word = LAST_WORD.matcher(key.commonText());
        return word.find() && word.group(1).codePoints().allMatch(Character::isLowerCase)
                && !vocabulary.isFunctionWord(key.words.get(key.words.size() - 1));
    }

    /** Whether the words of {@code longer} open with those of {@code cut}. */
    private static boolean opensWith(Key longer, Key cut) {
        return longer.words.size() >= cut.words.size() && longer.words.subList(0, cut.words.size()).equals(cut.words);
    }

    /** {@code longer} is {@code cut} and one more word, at the same lines, in each of {@code cut}'s practices. */
    private static boolean carriesOn(Key longer, Key cut) {
        return longer.words.size() == cut.words.size() + 1 && opensWith(longer, cut)
                && longer.share(Evidence.LOWER_CONTENT) >= MIN_SHARE
                && cut.byPractice.entrySet().stream().allMatch(e -> e.getValue().stream().allMatch(c ->
                        longer.byPractice.getOrDefault(e.getKey(), List.of()).stream().anyMatch(l -> l.position() == c.position())));
    }

    /**
     * One label per stretch of lines: where keys overlap (a wrapped label's first line, a line's first
     * words), the key found in more practices wins, then the longer.
     */
    private static List<Key> withoutOverlaps(List<Key> keys) {
        List<Key> sorted = new ArrayList<>(keys);
        // Found in more practices first; at a tie, one followed by content in capitals ("Countries taking part"
        // before "Countries" / "taking part ..."), a wording of the profile ("Institution", not "Institution ILO"
        // where every institution is the ILO), then the one with more evidence of being a label, then the longer.
        sorted.sort(Comparator.comparingInt(Key::practices).reversed()
                .thenComparing(k -> k.share(Evidence.LOWER_CONTENT) >= MIN_SHARE)
                .thenComparing(k -> !k.isSynonym())
                .thenComparing(Comparator.comparingDouble((Key k) -> k.score).reversed())
                .thenComparing(Comparator.comparingInt((Key k) -> k.words.size()).reversed())
                .thenComparing(k -> k.key));
        Map<Integer, List<int[]>> taken = new HashMap<>();
        List<Key> accepted = new ArrayList<>();
        for (Key key : sorted) {
            int overlapping = 0;
            for (Map.Entry<Integer, List<LabelCandidate>> e : key.byPractice.entrySet()) {
                if (e.getValue().stream().anyMatch(c -> overlaps(taken.get(e.getKey()), c))) {
                    overlapping++;
                }
            }
            if (overlapping > MAX_OVERLAP * key.practices()) {
                continue;
            }
            key.byPractice.forEach((practice, list) -> list.removeIf(c -> overlaps(taken.get(practice), c)));
            key.byPractice.values().removeIf(List::isEmpty);
            key.byPractice.forEach((practice, list) -> list.forEach(
                    c -> taken.computeIfAbsent(practice, p -> new ArrayList<>()).add(new int[] {c.position(), c.position() + c.lines()})));
            accepted.add(key);
        }
        return accepted;
    }

    private static boolean overlaps(List<int[]> ranges, LabelCandidate c) {
        if (ranges == null) {
            return false;
        }
        int from = c.position();
        int to = c.position() + c.lines();
        return ranges.stream().anyMatch(r -> r[0] < to && from < r[1]);
    }

    /**
     * The keys in template order, each keeping only the occurrences that agree with that order; a key left in
     * too few practices is dropped. A key's place is told by the practices it shares with each other key:
     * how many keys it comes before in most of them, less how many come before it. Unlike a place measured
     * along each practice, this holds when a label is missing from some practices or sections differ in length.
     */
    private static List<Key> inConsistentOrder(List<Key> keys, int minPractices) {
        for (Key key : keys) {
            key.rank = 0;
            for (Key other : keys) {
                if (other != key) {
                    key.rank += Integer.signum(precedence(other, key));
                }
            }
        }
        List<Key> ordered = new ArrayList<>(keys);
        ordered.sort(Comparator.comparingDouble((Key k) -> k.rank).thenComparing(k -> k.key));
        Map<Key, Integer> order = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            order.put(ordered.get(i), i);
        }
        Map<Integer, List<LabelCandidate>> byPractice = new TreeMap<>();
        Map<LabelCandidate, Key> owner = new HashMap<>();
        for (Key key : ordered) {
            key.byPractice.forEach((p, list) -> list.forEach(c -> {
                byPractice.computeIfAbsent(p, x -> new ArrayList<>()).add(c);
                owner.put(c, key);
            }));
        }
        for (List<LabelCandidate> sequence : byPractice.values()) {
            sequence.sort(Comparator.comparingInt(LabelCandidate::position));
            List<LabelCandidate> keep = longestIncreasing(sequence, c -> order.get(owner.get(c)), c -> weight(owner.get(c)));
            for (LabelCandidate c : sequence) {
                if (!keep.contains(c)) {
                    Key key = owner.get(c);
                    key.byPractice.get(c.practice()).remove(c);
                }
            }
        }
        List<Key> result = new ArrayList<>();
        for (Key key : ordered) {
            key.byPractice.values().removeIf(List::isEmpty);
            if (key.practices() >= minPractices) {
                result.add(key);
            }
        }
        return result;
    }

    /** In how many shared practices {@code a} comes before {@code b}, less those where it comes after. */
    private static int precedence(Key a, Key b) {
        int balance = 0;
        for (Map.Entry<Integer, List<LabelCandidate>> entry : a.byPractice.entrySet()) {
            List<LabelCandidate> other = b.byPractice.get(entry.getKey());
            if (other != null) {
                balance += Integer.signum(other.get(0).position() - entry.getValue().get(0).position());
            }
        }
        return balance;
    }

    /**
     * How much a key's occurrence weighs when the order is settled: its evidence, so that a stray word that recurs
     * ("the" alone on a line) cannot outweigh a label it crosses.
     */
    private static double weight(Key key) {
        return 1 + Math.max(0, key.score);
    }

    /**
     * The subsequence of {@code items} whose ranks never decrease (a repeated header keeps its rank) with the
     * largest total weight.
     */
    private static List<LabelCandidate> longestIncreasing(List<LabelCandidate> items,
                                                          java.util.function.ToIntFunction<LabelCandidate> rank,
                                                          java.util.function.ToDoubleFunction<LabelCandidate> weight) {
        int n = items.size();
        double[] total = new double[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            double own = weight.applyAsDouble(items.get(i));
            total[i] = own;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (rank.applyAsInt(items.get(j)) <= rank.applyAsInt(items.get(i)) && total[j] + own > total[i]) {
                    total[i] = total[j] + own;
                    previous[i] = j;
                }
            }
            if (best < 0 || total[i] > total[best]) {
                best = i;
            }
        }
        List<LabelCandidate> kept = new ArrayList<>();
        for (int i = best; i >= 0; i = previous[i]) {
            kept.add(0, items.get(i));
        }
        return kept;
    }

    /**
     * Whether the document sets its labels apart by style: most labels the profile knows sit in cells or bold. The
     * first words of one line count once ("Partnership", "Partnership Programme", … of one funding line).
     */
    private static boolean styledDocument(List<Key> keys) {
        Map<List<String>, Key> byLines = new LinkedHashMap<>();
        keys.stream().filter(k -> k.dictionary.isPresent())
                .forEach(k -> byLines.putIfAbsent(k.occurrences().stream().map(c -> c.practice() + ":" + c.position()).toList(), k));
        List<Key> known = List.copyOf(byLines.values());
        long styled = known.stream().filter(k -> k.share(Evidence.CELL, Evidence.BOLD, Evidence.HEADING) >= 0.5).count();
        return !known.isEmpty() && styled * 10 >= known.size() * 7L;
    }

    /** The evidence that {@code key} is a label, added up. */
    private double score(Key key, int practices, boolean styledDocument) {
        double score = 3.0 * key.practices() / practices;
        double style = key.share(Evidence.CELL, Evidence.BOLD, Evidence.HEADING);
        // A line's first words before content: weak evidence, unless a phrase of several words opens the line
        // in every practice (a flattened table puts a one-line label and its content's first line together).
        // So does a run-in label closed by a full stop, whatever its first word ("O que trouxe de diferente. Cada …").
        boolean closedByStop = key.words.size() >= MIN_STOP_LABEL_WORDS && key.commonText().endsWith(".");
        double prefix = key.words.size() >= 2 && (!vocabulary.isFunctionWord(key.words.get(0)) || closedByStop) ? 0 : 1;
        score += 2.0 * style + 1.5 * key.share(Evidence.COLON) + key.share(Evidence.GAP) + 0.75 * key.share(Evidence.ALONE)
                + key.share(Evidence.NUMBERED) - prefix * key.share(Evidence.PREFIX);
        if (key.isSynonym()) {
            score += 2;
        } else if (key.dictionary.isPresent() && key.share(Evidence.PREFIX) < 0.5) {
            // A keyword says little of a line's first words ("Budgeted in 2024, ..." starts a sentence).
            score += 1;
        }
        // Numbering and instructions aside: "3. Results (max. 100 words)" is a label, "RBTC-SSTC 2021" a value; in
        // capitals, a short line is an acronym or a name unless numbered like a row ("I) FINANCIAMENTO RECEBIDO").
        String bare = PARENTHESISED.matcher(LabelKey.withoutNumbering(key.commonText())).replaceAll(" ");
        if (VALUE_LIKE.matcher(bare).find()
                || noLowerCase(bare) && key.words.size() < CAPITAL_LABEL_WORDS && key.share(Evidence.NUMBERED) < MIN_SHARE) {
            score -= 3;
        }
        if (styledDocument && style < 0.5) {
            score -= 2;
        }
        // The header row of a table ("Criterion | Description"): a label, of no field.
        if (vocabulary.areColumnHeadings(key.words)) {
            score += 1.5;
        }
        return score;
    }

    /**
     * Evidence a line's first words gain when they open one line in every practice (all but one from four on), in the order of the
     * others (checked before): the one-line label of a flattened table ("Ambition To bring ..."). Not on the
     * line right after a label alone on its own: that line is the label's content ("Contact details" /
     * "Jane Roe, ..." repeated in every practice).
     */
    private static double orderedLineStart(Key key, int practices, Set<String> afterLoneLabels) {
        boolean oncePerPractice = key.byPractice.values().stream().allMatch(l -> l.size() == 1);
        long afterLabel = key.occurrences().stream().filter(c -> afterLoneLabels.contains(c.practice() + ":" + c.position())).count();
        // In every practice; from four practices on, in all but one (a row one practice leaves out).
        int needed = practices >= MIN_PRACTICES_FOR_ORDER + 1 ? practices - 1 : practices;
        return practices >= MIN_PRACTICES_FOR_ORDER && key.practices() >= needed && oncePerPractice
                && afterLabel * 2 < key.practices() && key.share(Evidence.PREFIX) >= MIN_SHARE ? 1.0 : 0;
    }

    /**
     * Where the line after each label alone on its line lies ("practice:position"), for the labels scored so far
     * that {@code which} accepts.
     */
    private static Set<String> afterLoneLabels(List<Key> keys, java.util.function.Predicate<Key> which) {
        Set<String> after = new HashSet<>();
        for (Key key : keys) {
            if (key.share(Evidence.ALONE) >= MIN_SHARE && key.score >= MIN_SCORE && which.test(key)) {
                key.occurrences().forEach(c -> after.add(c.practice() + ":" + (c.position() + c.lines())));
            }
        }
        return after;
    }

    private static double styleShare(Key key) {
        return key.share(Evidence.CELL, Evidence.BOLD, Evidence.HEADING);
    }

    /**
     * A plain line opening "Words: content" right after a styled label alone on its lines, in every practice: the
     * label's content, which an office starts the same way each time ("9) Fuentes de los fondos" / "Programa … de
     * la OIT (RBTC): 58.000 USD"). A label under a caption is styled as the caption is; a synonym stays a label.
     */
    private static boolean contentUnderStyledLabel(Key key, Set<String> afterStyledLone) {
        return !afterStyledLone.isEmpty() && !key.isSynonym() && styleShare(key) < MIN_SHARE && key.share(Evidence.ALONE) < MIN_SHARE
                && key.occurrences().stream().allMatch(c -> afterStyledLone.contains(c.practice() + ":" + c.position()));
    }

    /**
     * Line-opening words with content after them that stand, in every practice, between two labels of a template
     * numbered row by row, unnumbered themselves: content that opens the same way in each practice, not a row
     * ("9) Fuentes de los fondos" / "Programa … (RBTC): 58.000 USD" / "10) Documentos y vínculos"). Guidance alone on
     * its lines under a label is left to {@link #guidanceOf}; a synonym stays a label.
     */
    /**
     * A "Words:" head inside content cells that the profile does not know as a label line's wording: content opening the
     * same way in every practice ("Programa de Cooperación Sur-Sur y Triangular de la OIT: 60.000 euros" in the funding
     * row), not a meta line set inside the table ("Name of author(s): …").
     */
    private static boolean insideContent(Key key) {
        return key.share(Evidence.IN_CONTENT) >= MIN_SHARE
                && key.dictionary.filter(d -> d.field().kind() == TemplateField.Kind.HEADER).isEmpty();
    }

    /**
     * "ILO RBTC-SSTC: US$ 62,000; …" opening every funding row of a compendium whose labels stand alone on their
     * lines or ask a question: a "Words:" head the profile knows no wording of, never alone nor a question, with
     * such a label before and after it in each practice, is the office's habit inside a field's content, not a
     * label: labels of one template share their look.
     */
    private static boolean colonHeadAmongLoneLabels(Key key, List<Key> keys, int minPractices) {
        // A meta line's wording ("Period of implementation:") may stand among the rows: a meta line set inside the table.
        boolean metaWording = key.dictionary.filter(d -> d.field().kind() == TemplateField.Kind.HEADER).isPresent();
        if (metaWording || key.isSynonym() || key.share(Evidence.COLON) < MIN_SHARE
                || Stream.of(Evidence.ALONE, Evidence.QUESTION, Evidence.BOLD, Evidence.CELL, Evidence.NUMBERED).anyMatch(e -> key.share(e) > 0)) {
            return false;
        }
        // The rows' labels: the meta lines may well be "Words:" lines.
        List<Key> rows = keys.stream().filter(k -> k != key && k.practices() >= minPractices && k.score >= MIN_SCORE
                && k.dictionary.filter(d -> d.field().kind() == TemplateField.Kind.HEADER).isEmpty()).toList();
        List<Key> lone = rows.stream()
                .filter(k -> k.share(Evidence.ALONE) >= MIN_SHARE || k.share(Evidence.QUESTION) >= MIN_SHARE).toList();
        if (lone.size() < MIN_LONE_LABELS || lone.size() * 3 < rows.size() * 2) {
            return false;
        }
        return key.occurrences().stream().allMatch(c -> onBothSides(c, lone));
    }

    private static boolean outsideTheNumbering(Key key, List<Key> numbered) {
        if (numbered.size() < MIN_NUMBERED_ROWS || key.isSynonym() || key.share(Evidence.NUMBERED) > 0
                || key.share(Evidence.ALONE) >= MIN_SHARE) {
            return false;
        }
        return key.occurrences().stream().allMatch(c -> onBothSides(c, numbered));
    }

    /** Whether some of {@code keys} occur before {@code c} and some after it, in its practice. */
    private static boolean onBothSides(LabelCandidate c, List<Key> keys) {
        boolean before = false;
        boolean after = false;
        for (Key k : keys) {
            for (LabelCandidate o : k.byPractice.getOrDefault(c.practice(), List.of())) {
                before |= o.position() < c.position();
                after |= o.position() > c.position();
            }
        }
        return before && after;
    }

    /** "RBTC-SSTC", "ILO": a value in capitals, not a label ("WHO WE WORKED WITH" is one, in capitals). */
    private static boolean noLowerCase(String text) {
        return text.chars().noneMatch(Character::isLowerCase);
    }

    /**
     * A table's header row or a running title: words of the profile's column headings ("Criterion"), alone
     * on its line with no content of its own (the next label follows at once, or nothing more of the practice:
     * {@code ends} is each practice's count of lines, past a "Case study" caption above the next heading)
     * in most practices, or repeated within a practice (at the top of each page).
     */
    private boolean headerLike(Key key, List<Key> labels, int[] ends) {
        if (vocabulary.areColumnHeadings(key.words) || key.byPractice.values().stream().anyMatch(l -> l.size() > 1)) {
            return true;
        }
        int empty = 0;
        for (LabelCandidate c : key.occurrences()) {
            if (!c.has(Evidence.ALONE)) {
                continue;
            }
            int next = c.position() + c.lines();
            boolean labelFollows = labels.stream().filter(k -> k != key)
                    .anyMatch(k -> k.byPractice.getOrDefault(c.practice(), List.of()).stream().anyMatch(o -> o.position() == next));
            if (labelFollows || next >= ends[c.practice()]) {
                empty++;
            }
        }
        return empty * 2 > key.occurrences().size();
    }
}
