package org.ilo.sstc.layout;

/** The input formats the extractor reads, by the path that reads them. */
public enum SourceFormat {
    PDF("pdf"),
    DOCX("docx"),
    DOC("doc"),
    /** Plain text and every other format Tika turns into text (odt, rtf, html, ...). */
    TEXT("text");

    private final String id;

    SourceFormat(String id) {
        this.id = id;
    }

    /** The name written to {@code source.format} in the output. */
    public String id() {
        return id;
    }
}
