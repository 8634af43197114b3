package org.ilo.sstc.ingest.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The style sheet of a .docx (word/styles.xml): resolves paragraph and character styles through their
 * basedOn chains down to the document defaults. Not thread-safe: one instance per read.
 */
final class DocxStyles {
    /** Word stores built-in style names in English whatever the user interface language. */
    private static final Pattern HEADING_NAME = Pattern.compile("heading [1-9]|title");
    /** Word's own default when neither the styles nor the document defaults set a size. */
    private static final float WORD_DEFAULT_SIZE = 10f;
    private static final int MAX_CHAIN = 32;

    private final Map<String, Element> byId = new HashMap<>();
    private final String defaultParagraphStyle;
    private final RunFormat defaults;
    private final Map<String, ParagraphStyle> paragraphCache = new HashMap<>();
    private final Map<String, RunFormat> characterCache = new HashMap<>();

    /**
     * What a paragraph inherits from its style.
     *
     * @param format          the run properties, complete down to the document defaults
     * @param heading         the style is a heading (Heading 1..9, Title, or an outline level 0..8)
     * @param numId           the list the style puts the paragraph in, or null
     * @param ilvl            the list level the style sets, or null
     * @param pageBreakBefore the style starts each paragraph on a new page
     */
    record ParagraphStyle(RunFormat format, boolean heading, String numId, Integer ilvl, boolean pageBreakBefore) {
    }

    /** Reads the w:styles element; null (a document without styles part) gives Word's defaults. */
    DocxStyles(Element styles) {
        String defaultParagraph = null;
        RunFormat docDefaults = RunFormat.UNSET;
        if (styles != null) {
            Element rPrDefault = Wml.child(Wml.child(styles, "docDefaults"), "rPrDefault");
            docDefaults = RunFormat.of(Wml.child(rPrDefault, "rPr"));
            for (Node n = styles.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!"style".equals(Wml.name(n))) {
                    continue;
                }
                Element style = (Element) n;
                String id = Wml.attr(style, "styleId");
                if (id == null) {
                    continue;
                }
                byId.putIfAbsent(id, style);
                if (defaultParagraph == null && "paragraph".equals(Wml.attr(style, "type"))
                        && Wml.isTrue(Wml.attr(style, "default"))) {
                    defaultParagraph = id;
                }
            }
        }
        this.defaultParagraphStyle = defaultParagraph;
        this.defaults = docDefaults.over(new RunFormat(false, WORD_DEFAULT_SIZE, false, false));
    }

    /** The style of a paragraph whose w:pStyle is {@code styleId} (null: the default paragraph style). */
    ParagraphStyle paragraph(String styleId) {
        String id = styleId != null && byId.containsKey(styleId) ? styleId : defaultParagraphStyle;
        String key = id == null ? "" : id;
        ParagraphStyle cached = paragraphCache.get(key);
        if (cached == null) {
            cached = resolveParagraph(id);
            paragraphCache.put(key, cached);
        }
        return cached;
    }

    /** The run properties of a run with direct properties {@code rPr} in a paragraph of style {@code paragraph}. */
    RunFormat run(Element rPr, ParagraphStyle paragraph) {
        RunFormat inherited = paragraph.format();
        String characterStyle = Wml.childVal(rPr, "rStyle");
        if (characterStyle != null) {
            inherited = character(characterStyle).over(inherited);
        }
        return RunFormat.of(rPr).over(inherited);
    }

    /** The numbering style's list (w:numStyleLink points at it), or null. */
    String numIdOfStyle(String styleId) {
        for (Element style : chain(styleId)) {
            String numId = Wml.childVal(Wml.child(Wml.child(style, "pPr"), "numPr"), "numId");
            if (numId != null) {
                return numId;
            }
        }
        return null;
    }

    private RunFormat character(String styleId) {
        RunFormat cached = characterCache.get(styleId);
        if (cached == null) {
            cached = RunFormat.UNSET;
            for (Element style : chain(styleId)) {
                cached = cached.over(RunFormat.of(Wml.child(style, "rPr")));
            }
            characterCache.put(styleId, cached);
        }
        return cached;
    }

    private ParagraphStyle resolveParagraph(String styleId) {
        List<Element> chain = chain(styleId);
        RunFormat format = RunFormat.UNSET;
        Boolean heading = null;
        String numId = null;
        Integer ilvl = null;
        Boolean pageBreakBefore = null;
        for (Element style : chain) {
            Element pPr = Wml.child(style, "pPr");
            format = format.over(RunFormat.of(Wml.child(style, "rPr")));
            if (heading == null) {
                heading = heading(style, pPr);
            }
            Element numPr = Wml.child(pPr, "numPr");
            if (numId == null) {
                numId = Wml.childVal(numPr, "numId");
            }
            if (ilvl == null && Wml.childVal(numPr, "ilvl") != null) {
                ilvl = Wml.toInt(Wml.childVal(numPr, "ilvl"), 0);
            }
            if (pageBreakBefore == null) {
                pageBreakBefore = Wml.onOff(Wml.child(pPr, "pageBreakBefore"));
            }
        }
        return new ParagraphStyle(format.over(defaults), Boolean.TRUE.equals(heading), numId, ilvl,
                Boolean.TRUE.equals(pageBreakBefore));
    }

    /** True or false when this style decides whether it is a heading, null when it leaves it to its base. */
    private static Boolean heading(Element style, Element pPr) {
        String outline = Wml.childVal(pPr, "outlineLvl");
        if (outline != null) {
            int level = Wml.toInt(outline, 9);
            return level >= 0 && level <= 8;
        }
        return isHeadingName(Wml.childVal(style, "name")) ? Boolean.TRUE : null;
    }

    /** True for the built-in heading style names (Heading 1..9, Title), which Word stores in English. */
    static boolean isHeadingName(String styleName) {
        return styleName != null && HEADING_NAME.matcher(styleName.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** The style and its bases, most specific first; stops at a loop or a missing base. */
    private List<Element> chain(String styleId) {
        List<Element> chain = new ArrayList<>();
        String id = styleId;
        while (id != null && chain.size() < MAX_CHAIN) {
            Element style = byId.get(id);
            if (style == null || chain.contains(style)) {
                break;
            }
            chain.add(style);
            id = Wml.childVal(style, "basedOn");
        }
        return chain;
    }
}
