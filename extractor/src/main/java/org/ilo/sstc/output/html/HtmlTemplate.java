package org.ilo.sstc.output.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A Mustache template of the HTML outputs, compiled once from the class path. Every {@code {{value}}}
 * is HTML-escaped by Mustache; the templates use no unescaped form. Thread-safe.
 */
final class HtmlTemplate {

    /** Class-path folder of the templates and their partials. */
    static final String FOLDER = "org/ilo/sstc/output/html";

    private final Mustache mustache;

    /** The template {@code name} (e.g. {@code review.mustache}) of {@link #FOLDER}. */
    HtmlTemplate(String name) {
        this.mustache = new DefaultMustacheFactory(FOLDER).compile(name);
    }

    /** Writes the template filled from {@code scope} to {@code out} as UTF-8; {@code out} is not closed. */
    void render(Object scope, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        mustache.execute(writer, scope);
        writer.flush();
    }
}
