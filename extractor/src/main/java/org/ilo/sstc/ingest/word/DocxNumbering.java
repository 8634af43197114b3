package org.ilo.sstc.ingest.word;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The list definitions of a .docx (word/numbering.xml): gives each list paragraph its visible marker,
 * counting items as Word does. Not thread-safe: one instance per read, used in document order.
 */
final class DocxNumbering {
    private final Map<String, String> abstractOfNum = new HashMap<>();
    private final Map<String, Map<Integer, Element>> overridesOfNum = new HashMap<>();
    private final Map<String, Element> abstracts = new HashMap<>();
    private final DocxStyles styles;
    private final ListCounters counters = new ListCounters();
    private final Set<String> numsSeen = new HashSet<>();

    /** Reads the list definitions; {@code numbering} may be null (a document without lists). */
    DocxNumbering(XWPFNumbering numbering, DocxStyles styles) {
        this.styles = styles;
        if (numbering == null) {
            return;
        }
        for (XWPFAbstractNum abstractNum : numbering.getAbstractNums()) {
            Element element = (Element) abstractNum.getCTAbstractNum().getDomNode();
            abstracts.put(Wml.attr(element, "abstractNumId"), element);
        }
        for (XWPFNum num : numbering.getNums()) {
            Element element = (Element) num.getCTNum().getDomNode();
            String numId = Wml.attr(element, "numId");
            abstractOfNum.put(numId, Wml.childVal(element, "abstractNumId"));
            Map<Integer, Element> overrides = new HashMap<>();
            Wml.forEachElement(element, child -> {
                if ("lvlOverride".equals(Wml.name(child))) {
                    overrides.put(Wml.toInt(Wml.attr(child, "ilvl"), 0), child);
                }
            });
            overridesOfNum.put(numId, overrides);
        }
    }

    /** The marker of the next item of list {@code numId} at level {@code ilvl}: "-" for bullets, "1." / "a)" for numbers, or null. */
    String marker(String numId, int ilvl) {
        Element abstractNum = resolve(abstractOfNum.get(numId));
        if (abstractNum == null) {
            return null;
        }
        String list = Wml.attr(abstractNum, "abstractNumId");
        Map<Integer, Element> overrides = overridesOfNum.getOrDefault(numId, Map.of());
        if (numsSeen.add(numId) && overrides.values().stream().anyMatch(o -> Wml.child(o, "startOverride") != null)) {
            counters.restart(list);
        }
        Element[] levels = new Element[ListCounters.LEVELS];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = level(abstractNum, overrides.get(i), i);
        }
        Element level = levels[Math.max(0, Math.min(levels.length - 1, ilvl))];
        if (level == null) {
            return null;
        }
        int[] numbers = counters.next(list, ilvl, i -> start(levels[i], overrides.get(i)));
        if ("bullet".equals(Wml.childVal(level, "numFmt"))) {
            return ListNumbers.BULLET;
        }
        String text = Wml.childVal(level, "lvlText");
        if (text == null) {
            return null;
        }
        StringBuilder marker = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int placeholder = i + 1 < text.length() && c == '%' ? text.charAt(i + 1) - '1' : -1;
            if (placeholder >= 0 && placeholder < ListCounters.LEVELS) {
                marker.append(ListNumbers.format(numbers[placeholder], Wml.childVal(levels[placeholder], "numFmt")));
                i++;
            } else {
                marker.append(c);
            }
        }
        String shown = marker.toString().strip();
        return shown.isEmpty() ? null : shown;
    }

    /** The abstract list, following a numbering style link (w:numStyleLink) once. */
    private Element resolve(String abstractId) {
        Element abstractNum = abstractId == null ? null : abstracts.get(abstractId);
        String link = Wml.childVal(abstractNum, "numStyleLink");
        if (link != null) {
            String numId = styles.numIdOfStyle(link);
            String linked = numId == null ? null : abstractOfNum.get(numId);
            if (linked != null && abstracts.containsKey(linked)) {
                return abstracts.get(linked);
            }
        }
        return abstractNum;
    }

    private static Element level(Element abstractNum, Element override, int ilvl) {
        Element overridden = Wml.child(override, "lvl");
        if (overridden != null) {
            return overridden;
        }
        for (Node c = abstractNum.getFirstChild(); c != null; c = c.getNextSibling()) {
            if ("lvl".equals(Wml.name(c)) && Wml.toInt(Wml.attr((Element) c, "ilvl"), -1) == ilvl) {
                return (Element) c;
            }
        }
        return null;
    }

    /** The first number of a level; the spec's default is 0 when w:start is absent. */
    private static int start(Element level, Element override) {
        String overridden = Wml.childVal(override, "startOverride");
        if (overridden != null) {
            return Wml.toInt(overridden, 0);
        }
        return Wml.toInt(Wml.childVal(level, "start"), 0);
    }
}
