package org.ilo.sstc.profile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ilo.sstc.text.Fold;

/**
 * Tells which profile's language a document is written in: the share of its words that are the
 * language's most frequent words ({@code [stopwords]}), with a small bonus for headings opened by
 * the language's heading words. Immutable and thread-safe.
 */
public final class LanguageDetector {

    /**
     * What headings in a language's own words add to that language's share of stopwords: an office writes
     * the template in its language, so the headings outweigh passages quoted in another (a typical share
     * of stopwords is 0.25-0.35 in the document's language, under 0.05 in the others).
     */
    private static final double HEADING_BONUS = 0.15;
    /** Enough words to tell a language; the rest of a long document only costs time. */
    private static final int MAX_WORDS = 20_000;

    private final List<CompendiumProfile> profiles;
    private final Map<String, Set<String>> stopwords = new HashMap<>();
    private final Map<String, List<String>> headingWords = new HashMap<>();

    public LanguageDetector(Profiles profiles) {
        this.profiles = profiles.all();
        for (CompendiumProfile profile : this.profiles) {
            Set<String> words = new HashSet<>();
            profile.words(WordSet.STOPWORDS).forEach(w -> words.add(Fold.fold(w)));
            stopwords.put(profile.language(), Set.copyOf(words));
            headingWords.put(profile.language(),
                    profile.words(WordSet.HEADING_WORDS).stream().map(w -> Fold.key(w)).toList());
        }
    }

    /**
     * The profile of the language {@code lines} are written in; {@code headings} are the document's practice
     * heading lines. Ties (and a text without words) go to the profile listed first.
     */
    public CompendiumProfile detect(List<String> lines, List<String> headings) {
        Map<String, Integer> hits = new HashMap<>();
        int total = 0;
        for (String line : lines) {
            for (String word : Fold.fold(line).split("[^\\p{L}]+")) {
                if (word.isEmpty()) {
                    continue;
                }
                total++;
                for (CompendiumProfile profile : profiles) {
                    if (stopwords.get(profile.language()).contains(word)) {
                        hits.merge(profile.language(), 1, Integer::sum);
                    }
                }
            }
            if (total >= MAX_WORDS) {
                break;
            }
        }
        CompendiumProfile best = profiles.get(0);
        double bestScore = -1;
        for (CompendiumProfile profile : profiles) {
            double score = total == 0 ? 0 : hits.getOrDefault(profile.language(), 0) / (double) total;
            score += HEADING_BONUS * headingShare(profile, headings);
            if (score > bestScore) {
                best = profile;
                bestScore = score;
            }
        }
        return best;
    }

    private double headingShare(CompendiumProfile profile, List<String> headings) {
        if (headings.isEmpty()) {
            return 0;
        }
        long own = headings.stream().map(Fold::key)
                .filter(h -> headingWords.get(profile.language()).stream().anyMatch(h::startsWith)).count();
        return own / (double) headings.size();
    }
}
