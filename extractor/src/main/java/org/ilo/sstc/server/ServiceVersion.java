package org.ilo.sstc.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.OutputSchema;
import org.ilo.sstc.pipeline.ExtractorVersion;
import org.ilo.sstc.pipeline.LanguageOptions;
import org.ilo.sstc.profile.CompendiumProfile;

/**
 * What {@code GET /version} answers: the extractor, the output schema, the NER model of each language the
 * server reads and the versions of the libraries that read the files. Read from the class path's
 * resources, so the server's JVM loads none of those libraries.
 *
 * @param extractor the extractor's version, as every document's {@code extractorVersion}
 * @param schema    the output schema's version and {@code $id}
 * @param models    per language the server reads documents in, its NER model
 * @param libraries the versions of CoreNLP, Tika, PDFBox and POI
 * @param java      the Java runtime's version
 */
record ServiceVersion(String extractor, Schema schema, List<Model> models, Map<String, String> libraries, String java) {

    /** @param version {@code schemaVersion} of the documents; @param id the schema's {@code $id} */
    record Schema(String version, String id) {
    }

    /** @param language ISO 639-1 code; @param name the language's name; @param ner the model's location, or null */
    record Model(String language, String name, String ner) {
    }

    /** The libraries named in /version, by their Maven coordinates. */
    private static final Map<String, String> LIBRARIES = Map.of(
            "corenlp", "edu.stanford.nlp/stanford-corenlp",
            "tika", "org.apache.tika/tika-core",
            "pdfbox", "org.apache.pdfbox/pdfbox",
            "poi", "org.apache.poi/poi");

    /** The version of this build reading documents with {@code languages}. */
    static ServiceVersion of(LanguageOptions languages) {
        List<CompendiumProfile> profiles = languages.forcedLanguage() != null
                ? List.of(languages.profiles().get(languages.forcedLanguage())) : languages.profiles().all();
        Map<String, String> libraries = new LinkedHashMap<>();
        LIBRARIES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(library -> libraries.put(library.getKey(), mavenVersion(library.getValue())));
        return new ServiceVersion(ExtractorVersion.get(),
                new Schema(CompendiumDocument.SCHEMA_VERSION, OutputSchema.ID),
                profiles.stream().map(p -> new Model(p.language(), p.name(), p.nerModel())).toList(),
                libraries, Runtime.version().toString());
    }

    /** The version in a jar's Maven properties, or null when the jar has none. */
    private static String mavenVersion(String coordinates) {
        String resource = "/META-INF/maven/" + coordinates + "/pom.properties";
        try (InputStream in = ServiceVersion.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }
}
