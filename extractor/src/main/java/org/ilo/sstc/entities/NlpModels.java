package org.ilo.sstc.entities;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ilo.sstc.profile.CompendiumProfile;

/**
 * The NER pipelines of the process, one per model: the English one built up front (every run needs it),
 * the others the first time a document of their language is met, then shared by every thread.
 */
public final class NlpModels {

    private final Map<String, NlpPipeline> byModel = new ConcurrentHashMap<>();

    /** Models on top of {@code english}, the pipeline of the English profile's model, already loaded. */
    public NlpModels(NlpPipeline english) {
        Objects.requireNonNull(english, "english");
        byModel.put(english.model(), english);
    }

    /** The pipeline of {@code profile}'s model, loaded now if this is its first use (1-5 s); null when it has none. */
    public NlpPipeline forProfile(CompendiumProfile profile) {
        if (profile.nerModel() == null) {
            return null;
        }
        // computeIfAbsent holds the map's bin while loading, so two threads never load one model twice.
        return byModel.computeIfAbsent(profile.nerModel(), model -> new NlpPipeline(model, profile.nerTokenizer()));
    }

    /** The locations of the models loaded so far: what a run has paid for in start-up time and heap. */
    public Set<String> loaded() {
        return Set.copyOf(byModel.keySet());
    }
}
