package org.ilo.sstc.ingest;

/**
 * Tells a parser's complaint about a file from a bug of ours: an unchecked exception is the file's
 * fault (corrupt) only when the parser threw it. Calling our own bugs corrupt files would send users
 * after a problem their file does not have, and hide the bug from us.
 */
public final class ParserFault {
    /** Packages of the parsers the readers drive, and of the schema classes they load. */
    private static final String[] PARSERS = {
        "org.apache.pdfbox.", "org.apache.fontbox.", "org.apache.poi.", "org.apache.xmlbeans.", "org.apache.tika.",
        "org.apache.commons.", "org.openxmlformats.", "com.microsoft.schemas.", "org.etsi.", "org.w3.", "org.xml.",
        "org.apache.xerces.", "com.sun.org.apache."};
    /** Frames of the runtime itself say nothing about who is at fault; the first frame past them does. */
    private static final String[] RUNTIME = {"java.", "javax.", "jdk.", "sun."};

    private ParserFault() {
    }

    /**
     * True when {@code thrown} comes from a parser's code, not from ours. An exception without a stack
     * trace (HotSpot drops them for exceptions it throws often at one place) counts as the parser's: it was
     * thrown while the parser read the file, and most likely by it.
     */
    public static boolean fromParser(Throwable thrown) {
        StackTraceElement[] trace = thrown.getStackTrace();
        if (trace.length == 0) {
            return true;
        }
        for (StackTraceElement frame : trace) {
            String type = frame.getClassName();
            if (startsWithAny(type, RUNTIME)) {
                continue;
            }
            return startsWithAny(type, PARSERS);
        }
        return false;
    }

    private static boolean startsWithAny(String type, String[] prefixes) {
        for (String prefix : prefixes) {
            if (type.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
