package org.ilo.sstc.fields;

import org.ilo.sstc.profile.Profiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.sstc.layout.Lines.flat;
import static org.ilo.sstc.layout.Lines.para;
import static org.ilo.sstc.layout.Lines.wrapped;

import java.util.List;
import java.util.Set;
import org.ilo.sstc.fields.TextCleaner.Mode;
import org.ilo.sstc.layout.LineRole;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TextLine;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = new FieldVocabulary(Profiles.bundled().get("en"))
            .cleaner(Set.of("implementation", "the", "online", "on", "line", "training"));

    @Test
    void keepsHyphensOfRealHyphenatedWordsAcrossLineEnds() {
        String text = cleaner.clean(List.of(para("promoting gender-"), wrapped("based procurement in South-"),
                wrapped("South exchanges during COVID-"), wrapped("19")), Mode.PARAGRAPHS);
        assertThat(text).isEqualTo("promoting gender-based procurement in South-South exchanges during COVID-19");
    }

    @Test
    void keepsTheHyphenOfACompoundOfTwoWordsEvenWhereTheTextAlsoWritesItSolid() {
        String text = cleaner.clean(List.of(para("an on-"), wrapped("line course")), Mode.PARAGRAPHS);
        assertThat(text).isEqualTo("an on-line course");
    }

    @Test
    void dropsTheHyphenOfAWordBrokenForTheLine() {
        String text = cleaner.clean(List.of(para("support to Agricul-"), wrapped("ture and imple-"), wrapped("mentation")),
                Mode.PARAGRAPHS);
        assertThat(text).isEqualTo("support to Agriculture and implementation");
    }

    @Test
    void keepsBulletsAndNumberedItemsOnePerLineAndJoinsWrappedLines() {
        String text = cleaner.clean(List.of(flat("- First item that"), flat("wraps here"), flat("• Second item"),
                flat("1) numbered"), flat("-"), flat("2. next")), Mode.PARAGRAPHS);
        assertThat(text).isEqualTo("- First item that wraps here\n- Second item\n1) numbered\n2. next");
    }

    @Test
    void aSecondLevelWordBulletPrintedAsAnOAndATabIsABulletButTheWordOIsNot() {
        String text = cleaner.clean(List.of(para("1. Registration:"), para("o\t11,842 fishers registered;"),
                para("o Brasil e o Peru assinaram o acordo.")), Mode.PARAGRAPHS);
        assertThat(text).isEqualTo("1. Registration:\n- 11,842 fishers registered;\no Brasil e o Peru assinaram o acordo.");
    }

    @Test
    void dropsTemplateInstructions() {
        String text = cleaner.clean(List.of(para("Explain the main results"), para("(max. 100 words)"),
                para("Ten inspectors trained (max. 100 words)")), Mode.PARAGRAPHS);
        assertThat(text).isEqualTo("Ten inspectors trained");
    }

    @Test
    void aNameThatOpensWithAnInstructionVerbIsContent() {
        // "State" opens instructions ("State the objectives"), and names ("State Employment Agency of Armenia").
        assertThat(cleaner.clean(List.of(para("State Employment Agency of Armenia")), Mode.ONE_LINE))
                .isEqualTo("State Employment Agency of Armenia");
        assertThat(cleaner.clean(List.of(para("State the objectives of the practice"), para("Two desks opened.")), Mode.PARAGRAPHS))
                .isEqualTo("Two desks opened.");
    }

    @Test
    void keepsParagraphsApartButJoinsALowerCaseContinuationAfterABlankLine() {
        String text = cleaner.clean(List.of(para("The first paragraph ends."), para("The second one"),
                para("continues here.")), Mode.PARAGRAPHS);
        assertThat(text).isEqualTo("The first paragraph ends.\nThe second one continues here.");
    }

    @Test
    void joinsASentenceThatAPageBreakInterrupts() {
        TextLine onNextPage = new TextLine("Job centres were opened.", 2, 0, false, 11f, LineStart.PARAGRAPH,
                LineRole.BODY, List.of());
        String text = cleaner.clean(List.of(para("- Plans were drafted. Establishing"), onNextPage), Mode.PARAGRAPHS);
        assertThat(text).isEqualTo("- Plans were drafted. Establishing Job centres were opened.");
    }

    @Test
    void keepsFlattenedContactLinesApartUnlessOneContinuesInLowerCase() {
        String text = cleaner.clean(List.of(flat("Ana Gomez ana@example.org"), flat("Ben Osei, Regional"),
                flat("adviser ben@example.org")), Mode.LINES);
        assertThat(text).isEqualTo("Ana Gomez ana@example.org\nBen Osei, Regional adviser ben@example.org");
    }

    @Test
    void joinsAnUnfinishedSentenceWhoseNextLineOpensWithDigits() {
        String text = cleaner.clean(List.of(flat("- Fees paid by workers down from USD 690 to USD"), flat("310."),
                flat("- 27 agencies lost their licence.")), Mode.PARAGRAPHS);
        assertThat(text).isEqualTo("- Fees paid by workers down from USD 690 to USD 310.\n- 27 agencies lost their licence.");
    }

    @Test
    void joinsALineThatEndsOnAConnectorToTheCapitalisedLineAfterIt() {
        String text = cleaner.clean(List.of(flat("- 31 trainers certified by the Council for Technical and"),
                para("Vocational Education."), flat("- 26 trainers certified.")), Mode.PARAGRAPHS);
        assertThat(text).isEqualTo("- 31 trainers certified by the Council for Technical and Vocational Education.\n- 26 trainers certified.");
    }

    @Test
    void putsLabelLineValuesOnOneLineWithSingleSpaces() {
        String text = cleaner.clean(List.of(para("Strengthening  public"), para("employment\tservices")), Mode.ONE_LINE);
        assertThat(text).isEqualTo("Strengthening public employment services");
    }

    @Test
    void dropsAnInstructionInBracketsThatALineBreakCut() {
        String text = cleaner.clean(List.of(flat("[max."), flat("150 words]"), para("Twelve mediators trained.")),
                Mode.PARAGRAPHS);
        assertThat(text).isEqualTo("Twelve mediators trained.");
    }
}
