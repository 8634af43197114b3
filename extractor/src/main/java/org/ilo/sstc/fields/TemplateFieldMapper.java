package org.ilo.sstc.fields;

import java.util.ArrayList;
import java.util.List;
import org.ilo.sstc.layout.Block;
import org.ilo.sstc.profile.CompendiumProfile;
import org.ilo.sstc.segment.PracticeSegment;

/**
 * Finds the template fields of a practice in both layouts: a two-column table (label cell, content
 * cell) and labels set as lines (bold, a heading, or just at a line start in flattened text) followed
 * by their content. Thread-safe: each practice is mapped by its own {@link FieldCollector}.
 */
public final class TemplateFieldMapper implements FieldMapper {

    private final FieldVocabulary vocabulary;

    /** A mapper on the label wordings, instructions and word endings of {@code profile}. */
    public TemplateFieldMapper(CompendiumProfile profile) {
        this.vocabulary = new FieldVocabulary(profile);
    }

    @Override
    public CompendiumTemplate template(List<PracticeSegment> practices) {
        List<List<LabelCandidate>> candidates = new ArrayList<>(practices.size());
        int[] lines = new int[practices.size()];
        for (int i = 0; i < practices.size(); i++) {
            PracticeSegment segment = labelsApart(practices.get(i));
            LabelCandidates.Found found = LabelCandidates.of(segment, i, vocabulary);
            candidates.add(found.candidates());
            lines[i] = found.lines();
        }
        CompendiumTemplate template = new TemplateInduction(vocabulary).induce(candidates, lines);
        return template.withGuidance(GuidanceColumns.of(practices, TemplateInduction.minPractices(practices.size())));
    }

    @Override
    public PracticeFields map(PracticeSegment segment, CompendiumTemplate template) {
        return new FieldCollector(vocabulary, template, labelsApart(segment)).collect();
    }

    /**
     * {@code segment} with the label lines a bar joins, the label cells a grid pairs, and the label columns of a
     * table on its side, apart; a column that numbers the rows dropped and the tables inside fields as lines of content.
     */
    private PracticeSegment labelsApart(PracticeSegment segment) {
        PracticeSegment apart = PairedLabelCells.split(PipedLabelLines.split(segment, vocabulary));
        apart = ColumnLabelLines.split(ColumnLabelRows.split(apart, vocabulary), vocabulary);
        return InnerTables.apply(apart, vocabulary);
    }

    @Override
    public String preface(List<Block> preface) {
        return PrefaceText.of(preface, vocabulary);
    }
}
