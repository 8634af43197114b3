package org.ilo.sstc.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ilo.sstc.layout.Hyperlink;
import org.junit.jupiter.api.Test;

class MailtoCheckTest {

    @Test
    void mailtoTargetThatDiffersFromTheVisibleAddressIsReported() {
        List<String> warnings = MailtoCheck.warnings(List.of(new Hyperlink("nkosi@ilo.org", "mailto:nkosi.old@ilo.org")));
        assertThat(warnings).singleElement().asString()
                .contains("nkosi@ilo.org").contains("nkosi.old@ilo.org").contains("kept the visible address");
    }

    @Test
    void matchingTargetInAnotherCaseOrWithASubjectIsFine() {
        assertThat(MailtoCheck.warnings(List.of(
                new Hyperlink("Nkosi@ILO.org", "mailto:nkosi@ilo.org?subject=SSTC"),
                new Hyperlink("Write to the team", "mailto:team@ilo.org"),
                new Hyperlink("", "mailto:desk@ilo.org")))).isEmpty();
    }
}
