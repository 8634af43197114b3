package org.ilo.sstc.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.fields.FieldText;
import org.ilo.sstc.layout.Hyperlink;
import org.ilo.sstc.layout.LineStart;
import org.ilo.sstc.layout.TextLine;

/** The lines of a contact row and the entries of the people on one line. */
final class ContactRows {
    private ContactRows() {
    }

    /** Punctuation and spaces around a part of a contact line (a '/' too: the one between two phone numbers). */
    static final Pattern EDGE = Pattern.compile(
            "^[\\s.,;:()\\[\\]<>\"“”*•·–—/-]++|(?<![\\s.,;:()\\[\\]<>\"“”*•·–—/-])[\\s.,;:()\\[\\]<>\"“”*•·–—/-]++$",
            // Unicode spaces too: "Secrétariat :" has a no-break space before its colon.
            Pattern.UNICODE_CHARACTER_CLASS);

    /** A line that ends inside a word broken at a hyphen ("plataformas-"), not at a dash between words. */
    private static final Pattern BROKEN_AT_HYPHEN = Pattern.compile("[\\p{L}\\p{N}]-$");

    /** The rest of a domain at the start of a line: "caribbean.org". */
    private static final Pattern DOMAIN_REST = Pattern.compile("^[\\p{Ll}\\p{N}-]++(?:\\.[\\p{Ll}\\p{N}-]++)++(?![\\p{L}\\p{N}])");
    /** Digits as a phone number has them: a contact that gives one is complete. */
    private static final Pattern PHONE_DIGITS = Pattern.compile("\\d[\\d ().-]{6,}\\d");

    /** A line of the contact row and the hyperlinks on it. */
    record Row(String text, List<Hyperlink> links) {
    }

    /**
     * The field's lines, wrapped ones (and ones that start in lower case) joined to the line they continue.
     * Where the reader could not tell wrapping (flattened text), a line continues the one above only when that
     * one is unfinished (no address, number or full stop) and {@code continuesEntry} says the line goes on with
     * it: contact rows list one person or desk per line far more often than they wrap. The first line loses
     * any words before the cleaned text's start (a label left on the line). A line that {@code ownLine} accepts (a part
     * under its heading: "Courriel : …") is a line of its own in any layout.
     */
    static List<Row> rows(FieldText field, BiPredicate<String, String> continuesEntry, Predicate<String> ownLine) {
        List<Row> rows = new ArrayList<>();
        if (field.lines().isEmpty()) {
            for (String line : field.text().split("\n")) {
                rows.add(new Row(line, List.of()));
            }
            return rows;
        }
        for (TextLine line : cellsJoined(field.lines())) {
            String above = rows.isEmpty() ? null : rows.get(rows.size() - 1).text();
            if (above != null && !ownLine.test(line.text().strip()) && (line.start() == LineStart.WRAPPED || continues(line.text(), above)
                    || line.start() == LineStart.UNKNOWN && unfinished(above) && continuesEntry.test(above.strip(), line.text().strip()))) {
                Row last = rows.remove(rows.size() - 1);
                List<Hyperlink> links = new ArrayList<>(last.links());
                links.addAll(line.links());
                String before = last.text().stripTrailing();
                // "plataformas-" / "stat@ilo.org": an address broken at its hyphen joins without a space.
                // So does a domain broken at its hyphen: "campbell@ilo-" / "caribbean.org | +1 868 …".
                String glue = BROKEN_AT_HYPHEN.matcher(before).find() && startsWithAddress(line.text())
                        || domainCutAtHyphen(before) && DOMAIN_REST.matcher(line.text().strip()).lookingAt() ? "" : " ";
                rows.add(new Row(before + glue + line.text().strip(), links));
            } else {
                rows.add(new Row(line.text(), line.links()));
            }
        }
        String text = field.text().strip();
        if (text.length() >= 8) {
            int lineEnd = text.indexOf('\n');
            String head = text.substring(0, Math.min(20, lineEnd > 0 ? lineEnd : text.length()));
            Row first = rows.get(0);
            int at = first.text().indexOf(head);
            if (at > 0) {
                rows.set(0, new Row(first.text().substring(at), first.links()));
            }
        }
        return rows;
    }

    /**
     * Flattened text of a contact table read cell by cell, each cell a paragraph of short lines wrapped at its
     * narrow column ("Rania Al-" / "Khatib", a blank line, "Specialist on" / "Occupational" …, a blank line,
     * "alkhatib@ilo.org"): where every address stands alone in its paragraph, the paragraphs up to each address
     * are one row, returned as one line each. Otherwise (addresses sharing lines with names, or a layout that
     * tells wrapped lines) the lines as they are.
     */
    private static List<TextLine> cellsJoined(List<TextLine> lines) {
        boolean[] address = new boolean[lines.size()];
        boolean loneAddress = false;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (line.start() == LineStart.WRAPPED) {
                return lines;
            }
            Matcher email = WebAddresses.EMAIL.matcher(line.text().strip());
            if (email.find()) {
                address[i] = email.matches() && line.start() == LineStart.PARAGRAPH
                        && (i + 1 == lines.size() || lines.get(i + 1).start() == LineStart.PARAGRAPH);
                if (!address[i]) {
                    return lines;
                }
                loneAddress = true;
            }
        }
        // Only flattened text runs a paragraph's lines on without telling whether they wrap.
        if (!loneAddress || lines.stream().noneMatch(l -> l.start() == LineStart.UNKNOWN)) {
            return lines;
        }
        List<TextLine> rows = new ArrayList<>();
        List<TextLine> row = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            row.add(lines.get(i));
            if (address[i]) {
                rows.add(joined(row));
                row.clear();
            }
        }
        rows.addAll(row);
        return rows;
    }

    /**
     * The lines of one row as one line, a tab between its cells (as a table row's) and a space between the lines of
     * a cell: "Al-" / "Khatib" keeps its hyphen and loses the break.
     */
    private static TextLine joined(List<TextLine> lines) {
        StringBuilder text = new StringBuilder();
        List<Hyperlink> links = new ArrayList<>();
        for (TextLine line : lines) {
            String part = line.text().strip();
            if (part.isEmpty()) {
                continue;
            }
            if (!text.isEmpty() && line.start() == LineStart.PARAGRAPH) {
                text.append('\t');
            } else if (!text.isEmpty() && !BROKEN_AT_HYPHEN.matcher(text).find()) {
                text.append(' ');
            }
            text.append(part);
            links.addAll(line.links());
        }
        TextLine first = lines.get(0);
        return new TextLine(text.toString(), first.page(), 0, false, first.fontSize(), LineStart.PARAGRAPH, first.role(), links);
    }

    /**
     * A line that starts with a lower-case word continues the one above ("... and public" / "information Officer"),
     * and so does an address after a line broken at a hyphen that ends a word ("OIT – plataformas-" / "stat@ilo.org").
     */
    private static boolean continues(String line, String above) {
        String text = line.strip();
        if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
            return false;
        }
        return !startsWithAddress(text) || BROKEN_AT_HYPHEN.matcher(above.stripTrailing()).find();
    }

    /**
     * A line of flattened text (where wrapping is not known) that ends no contact: no address or number of its
     * own yet, no closing full stop ("Sr. Javier Ortega, Especialista en Servicios de" / "Empleo, OIT ...").
     */
    private static boolean unfinished(String line) {
        String text = line.strip();
        return !text.isEmpty() && !WebAddresses.EMAIL.matcher(text).find() && !WebAddresses.WRITTEN_URL.matcher(text).find()
                && !PHONE_DIGITS.matcher(text).find() && !text.endsWith(".") && !text.endsWith(";");
    }

    /** Whether {@code line} ends inside an e-mail address's domain broken at a hyphen: "… | campbell@ilo-". */
    private static boolean domainCutAtHyphen(String line) {
        int at = line.lastIndexOf('@');
        if (at < 0 || line.length() < at + 3 || !line.endsWith("-")) {
            return false;
        }
        String domain = line.substring(at + 1, line.length() - 1);
        return Character.isLetterOrDigit(domain.charAt(domain.length() - 1))
                && domain.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_');
    }

    private static boolean startsWithAddress(String line) {
        String text = line.strip();
        return WebAddresses.EMAIL.matcher(text).lookingAt() || WebAddresses.WRITTEN_URL.matcher(text).lookingAt();
    }

    /**
     * Splits a line into the entries of several people: at ';', and after each e-mail when there are several; two
     * addresses joined by "or" are one person's.
     */
    static List<String> entries(String line, Pattern leadingConnector, Pattern alternativeGap) {
        List<String> entries = new ArrayList<>();
        for (String part : line.split(";")) {
            List<int[]> emails = new ArrayList<>();
            Matcher m = WebAddresses.EMAIL.matcher(part);
            while (m.find()) {
                // "a@x.org or b@y.org": two addresses of one person, one entry.
                int[] last = emails.isEmpty() ? null : emails.get(emails.size() - 1);
                if (last != null && alternativeGap.matcher(part.substring(last[1], m.start())).matches()) {
                    last[1] = m.end();
                } else {
                    emails.add(new int[] {m.start(), m.end()});
                }
            }
            if (emails.size() < 2) {
                entries.add(part);
                continue;
            }
            boolean emailFirst = part.substring(0, emails.get(0)[0]).isBlank();
            int from = 0;
            for (int i = 0; i < emails.size(); i++) {
                int cut;
                if (emailFirst) {
                    cut = i + 1 < emails.size() ? emails.get(i + 1)[0] : part.length();
                } else {
                    cut = emails.get(i)[1];
                    while (cut < part.length() && ")]>".indexOf(part.charAt(cut)) >= 0) {
                        cut++;
                    }
                    if (i == emails.size() - 1) {
                        cut = part.length();
                    }
                }
                entries.add(leadingConnector.matcher(part.substring(from, cut)).replaceFirst(""));
                from = cut;
            }
        }
        return entries;
    }
}
