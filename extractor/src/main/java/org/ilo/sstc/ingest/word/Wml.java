package org.ilo.sstc.ingest.word;

import java.util.function.Consumer;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small helpers to read WordprocessingML elements through the DOM that POI's XMLBeans store exposes. */
final class Wml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private Wml() {
    }

    /** The local name of a w: element, or null for any other node (text, other namespaces). */
    static String name(Node node) {
        return node.getNodeType() == Node.ELEMENT_NODE && W.equals(node.getNamespaceURI()) ? node.getLocalName() : null;
    }

    /** True when {@code node} is the element {@code namespace}:{@code local}. */
    static boolean is(Node node, String namespace, String local) {
        return node.getNodeType() == Node.ELEMENT_NODE && namespace.equals(node.getNamespaceURI())
                && local.equals(node.getLocalName());
    }

    /** The first w:{@code local} child of {@code parent}, or null (also when parent is null). */
    static Element child(Element parent, String local) {
        if (parent == null) {
            return null;
        }
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (local.equals(name(c))) {
                return (Element) c;
            }
        }
        return null;
    }

    /** Calls {@code action} on each element child of {@code parent}. */
    static void forEachElement(Element parent, Consumer<Element> action) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                action.accept((Element) c);
            }
        }
    }

    /**
     * Calls {@code action} on each w: child of {@code parent}, looking through the wrappers that carry
     * no layout of their own (content controls, custom XML, tracked moves and insertions), so that
     * tables, rows and cells inside them are read in document order.
     */
    static void forEachContent(Element parent, Consumer<Element> action) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            String name = name(c);
            if (name == null) {
                continue;
            }
            switch (name) {
                case "sdt" -> {
                    Element content = child((Element) c, "sdtContent");
                    if (content != null) {
                        forEachContent(content, action);
                    }
                }
                case "customXml", "ins", "moveTo", "smartTag" -> forEachContent((Element) c, action);
                default -> action.accept((Element) c);
            }
        }
    }

    /** The attribute w:{@code local}, or null when absent (also when the element is null). */
    static String attr(Element element, String local) {
        return attr(element, W, local);
    }

    /** The attribute {@code namespace}:{@code local}, or null when absent (also when the element is null). */
    static String attr(Element element, String namespace, String local) {
        if (element == null) {
            return null;
        }
        Attr attr = element.getAttributeNodeNS(namespace, local);
        return attr == null ? null : attr.getValue();
    }

    /** The w:val of the w:{@code local} child of {@code parent}, or null when either is absent. */
    static String childVal(Element parent, String local) {
        return attr(child(parent, local), "val");
    }

    /** An on/off property (w:b, w:caps, ...): null when absent, true unless w:val says false/0/off. */
    static Boolean onOff(Element property) {
        if (property == null) {
            return null;
        }
        String val = attr(property, "val");
        return val == null || !(val.equals("false") || val.equals("0") || val.equals("off") || val.equals("none"));
    }

    /** An on/off attribute value: true for "1", "true" and "on". */
    static boolean isTrue(String value) {
        return "1".equals(value) || "true".equals(value) || "on".equals(value);
    }

    /** {@code text} as an int, or {@code fallback} when absent or not a number (documents do get this wrong). */
    static int toInt(String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The text of an element holding only text (w:t, w:instrText). */
    static String text(Element element) {
        Node first = element.getFirstChild();
        if (first == null) {
            return "";
        }
        if (first.getNextSibling() == null) {
            return first.getNodeValue() == null ? "" : first.getNodeValue();
        }
        StringBuilder sb = new StringBuilder();
        for (Node c = first; c != null; c = c.getNextSibling()) {
            if (c.getNodeValue() != null) {
                sb.append(c.getNodeValue());
            }
        }
        return sb.toString();
    }
}
