package org.ilo.sstc.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.layout.LayoutDocument;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.TableRow;
import org.ilo.sstc.layout.TextLine;
import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.profile.LanguageDetector;
import org.ilo.sstc.profile.Profiles;
import org.ilo.sstc.segment.SegmentedDocument;

/**
 * Picks each document's language (detected, or the one the user forced) and hands out that language's
 * stages, building them the first time a document of the language is met. Thread-safe.
 */
public final class LanguageChooser {

    private final Profiles profiles;
    private final LanguageDetector detector;
    private final String forced;
    private final Function<CompendiumProfile, LanguageStages> factory;
    private final Map<String, LanguageStages> built = new ConcurrentHashMap<>();

    /**
     * @param profiles the known languages
     * @param forced   the language of every document, or null to detect each one's
     * @param factory  builds a language's stages (loading its NER model): called once per language
     */
    public LanguageChooser(Profiles profiles, String forced, Function<CompendiumProfile, LanguageStages> factory) {
        this.profiles = profiles;
        this.detector = new LanguageDetector(profiles);
        this.forced = forced == null ? null : profiles.get(forced).language();
        this.factory = factory;
    }

    /** The stages of the language {@code document} is written in. */
    public LanguageStages choose(LayoutDocument layout, SegmentedDocument document) {
        CompendiumProfile profile = forced != null ? profiles.get(forced)
                : detector.detect(bodyText(layout), document.practices().stream().map(p -> p.heading().text()).toList());
        return stages(profile);
    }

    /** The stages of {@code profile}'s language, built now if this is its first document. */
    public LanguageStages stages(CompendiumProfile profile) {
        return built.computeIfAbsent(profile.language(), language -> factory.apply(profile));
    }

    private static List<String> bodyText(LayoutDocument layout) {
        List<String> lines = new ArrayList<>();
        for (Block block : layout.blocks()) {
            if (block instanceof TextLine line) {
                if (line.role() == LineRole.BODY) {
                    lines.add(line.text());
                }
            } else {
                ((TableRow) block).cells().forEach(cell -> cell.lines().forEach(l -> lines.add(l.text())));
            }
        }
        return lines;
    }
}
