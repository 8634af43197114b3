package org.ilo.sstc.fields;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ilo.sstc.text.Fold;

/**
 * The template a compendium repeats in every practice, as read from the compendium itself: its labels in
 * order, each with the field it names. Empty when the compendium has too few practices to tell.
 *
 * @param labels   the labels in template order
 * @param guidance the folded texts of the guidance cells every practice repeats ({@link GuidanceColumns})
 */
public record CompendiumTemplate(List<TemplateLabel> labels, Set<String> guidance) {

    /** A template of no labels: fields are then found by the profile's wordings alone. */
    public static final CompendiumTemplate NONE = new CompendiumTemplate(List.of());

    public CompendiumTemplate {
        labels = List.copyOf(labels);
        guidance = Set.copyOf(guidance);
    }

    /** A template of these labels and no guidance column. */
    public CompendiumTemplate(List<TemplateLabel> labels) {
        this(labels, Set.of());
    }

    CompendiumTemplate withGuidance(Set<String> cells) {
        return new CompendiumTemplate(labels, cells);
    }

    /**
     * The labels of a field, later in the template than the label of {@code current} (all of them when it is null
     * or has no label), whose field {@code seen} does not hold yet: the labels a practice may still come to.
     */
    List<TemplateLabel> stillToCome(TemplateField current, java.util.function.Predicate<TemplateField> seen) {
        int after = -1;
        for (int i = 0; current != null && i < labels.size(); i++) {
            if (current.equals(labels.get(i).field())) {
                after = i;
                break;
            }
        }
        return labels.subList(after + 1, labels.size()).stream()
                .filter(l -> l.field() != null && !l.leftOut() && !l.words().isEmpty() && !seen.test(l.field())).toList();
    }

    /**
     * Whether {@code line} opens with a numbering written like the template's labels' but numbering none of them:
     * "(xi) Leçons apprises" after "(i)" to "(x)", "K. Difficultés" after "A." to "J.": a row the office added.
     */
    boolean numbersBeyond(String line) {
        String mark = markOf(line);
        if (mark == null) {
            return false;
        }
        String shape = shapeOf(mark);
        boolean numberedAlike = false;
        for (TemplateLabel label : labels) {
            String other = markOf(label.text());
            if (mark.equalsIgnoreCase(other)) {
                return false;
            }
            numberedAlike |= other != null && shape.equals(shapeOf(other));
        }
        return numberedAlike;
    }

    /** Whether most of the template's labels close with a full stop ("Balanço dos resultados."): run-in labels of a stop. */
    boolean labelsCloseWithStop() {
        long stops = labels.stream().filter(label -> label.text().endsWith(".")).count();
        return !labels.isEmpty() && stops * 2 > labels.size();
    }

    /**
     * The bracketed instructions of the template's labels, each as its {@link Fold#key}: how an instruction found
     * away from its label is recognised (a page break between a label cell's lines puts "(after external funding
     * ends)" among the content in flattened text).
     */
    Set<String> labelInstructions() {
        return labels.stream().flatMap(l -> LabelText.BRACKETED_ASIDE.matcher(l.text()).results())
                .map(m -> Fold.key(m.group())).collect(Collectors.toUnmodifiableSet());
    }

    /** The numbering {@code text} opens with, stripped; null when none. */
    static String markOf(String text) {
        int numbering = LabelKey.numberingLength(text);
        return numbering == 0 ? null : text.substring(0, numbering).strip();
    }

    /** A numbering's form, whatever its number: "(xi)" and "(iv)" are "(a)", "K." and "B." are "a.", "10." is "9.". */
    private static String shapeOf(String mark) {
        return mark.toLowerCase(Locale.ROOT).replaceAll("\\p{L}+", "a").replaceAll("\\d+", "9");
    }

    /** The label whose words are {@code words}, typos allowed. */
    Optional<TemplateLabel> find(List<String> words) {
        for (TemplateLabel label : labels) {
            if (LabelText.sameWords(label.words(), words)) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }
}
