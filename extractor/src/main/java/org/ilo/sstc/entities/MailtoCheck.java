package org.ilo.sstc.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.ilo.sstc.layout.Hyperlink;

/** Finds mailto hyperlinks whose target differs from the address they show; the visible address is the one kept. */
final class MailtoCheck {
    private MailtoCheck() {
    }

    /** One warning per hyperlink of {@code hyperlinks} that shows an e-mail address and targets another. */
    static List<String> warnings(List<Hyperlink> hyperlinks) {
        List<String> warnings = new ArrayList<>();
        for (Hyperlink link : hyperlinks) {
            String target = WebAddresses.mailtoAddress(link.url());
            Matcher visible = WebAddresses.EMAIL.matcher(link.text());
            if (target == null || !visible.find()) {
                continue;
            }
            boolean shown = false;
            visible.reset();
            while (visible.find()) {
                shown |= visible.group().equalsIgnoreCase(target);
            }
            if (!shown) {
                warnings.add("e-mail link shows " + link.text().strip() + " but points to " + target
                        + "; kept the visible address");
            }
        }
        return warnings;
    }
}
