package org.ilo.sstc.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.ilo.sstc.entities.PracticeEntities;
import org.ilo.sstc.fields.PracticeFields;
import org.ilo.sstc.fields.TemplateField;
import org.ilo.sstc.model.PageRange;
import org.ilo.sstc.model.Practice;
import org.ilo.sstc.model.Sections;

/** Puts a practice's fields and entities together into the output record. */
final class PracticeAssembler {
    private PracticeAssembler() {
    }

    /** The heading's region; where the heading names none, the "Region:" line's, upper-cased like a heading's. */
    private static String region(PracticeFields f) {
        String line = f.text(TemplateField.REGION);
        if (f.heading().region() != null || line == null || line.isBlank()) {
            return f.heading().region();
        }
        return line.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
    }

    static Practice assemble(PracticeFields f, PracticeEntities e) {
        Sections sections = new Sections(
                f.text(TemplateField.OBJECTIVES), f.text(TemplateField.COOPERATION), f.text(TemplateField.METHODOLOGY),
                f.text(TemplateField.INNOVATION), f.text(TemplateField.SUSTAINABILITY),
                f.text(TemplateField.ADAPTABILITY), f.text(TemplateField.RESULTS));
        PageRange pages = f.firstPage() > 0 ? new PageRange(f.firstPage(), Math.max(f.firstPage(), f.lastPage())) : null;
        List<String> warnings = new ArrayList<>(f.warnings());
        warnings.addAll(e.warnings());
        return new Practice(f.heading().number(), region(f), f.heading().shortTitle(),
                f.text(TemplateField.AUTHOR), f.text(TemplateField.INSTITUTION), f.text(TemplateField.DATES),
                f.text(TemplateField.TITLE), f.text(TemplateField.COUNTRIES_INVOLVED), e.countries(), e.regions(),
                sections, f.text(TemplateField.CONTACT_DETAILS), e.contacts(), f.text(TemplateField.FUNDING_SOURCES),
                f.text(TemplateField.MATERIALS), e.links(), e.entities(), f.footnotes(), f.otherSections(), pages,
                warnings);
    }
}
