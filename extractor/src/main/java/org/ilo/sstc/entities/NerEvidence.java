package org.ilo.sstc.entities;

import org.ilo.sstc.text.Fold;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the NER model said about the phrases of one practice, looked up by phrase (accent- and case-insensitive). */
final class NerEvidence {

    private final List<NerMention> mentions;
    private final Map<String, Set<NerMention.Type>> types = new HashMap<>();

    NerEvidence(List<NerMention> mentions) {
        this.mentions = List.copyOf(mentions);
        for (NerMention mention : mentions) {
            types.computeIfAbsent(Fold.key(mention.text()), k -> EnumSet.noneOf(NerMention.Type.class)).add(mention.type());
        }
    }

    /** No evidence: every phrase is judged on its form alone. */
    static NerEvidence none() {
        return new NerEvidence(List.of());
    }

    List<NerMention> mentions() {
        return mentions;
    }

    /** True when the model tagged {@code phrase}, as a whole, a {@code type} somewhere in the practice. */
    boolean tagged(String phrase, NerMention.Type type) {
        return types.getOrDefault(Fold.key(phrase), Set.of()).contains(type);
    }

    /** True when the model tagged {@code phrase} a place or an organisation and never a person. */
    boolean taggedOtherThanPerson(String phrase) {
        Set<NerMention.Type> seen = types.getOrDefault(Fold.key(phrase), Set.of());
        return !seen.isEmpty() && !seen.contains(NerMention.Type.PERSON);
    }
}
