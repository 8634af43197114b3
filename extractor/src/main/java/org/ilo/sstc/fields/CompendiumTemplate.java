package org.ilo.sstc.fields;

import java.util.List;
import java.util.Optional;
import java.util.Set;

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
