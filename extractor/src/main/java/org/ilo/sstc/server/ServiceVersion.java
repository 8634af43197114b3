package org.ilo.sstc.server;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilo.sstc.model.CompendiumDocument;
import org.ilo.sstc.model.OutputSchema;
import org.ilo.sstc.pipeline.ExtractorVersion;
import org.ilo.sstc.pipeline.LanguageOptions;
import org.ilo.sstc.profile.CompendiumProfile;

/**
 * What {@code GET /version} answers: the extractor, the output schema, the NER model of each language the
 * server reads and the versions of the libraries that read the files. Read from the class path's
 * resources and jar names, so the server's JVM loads none of those libraries.
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

    /**
     * The libraries named in /version, each by a class of its jar: the version is read from the jar's name
     * (not every one carries Maven's pom.properties), without loading the class into this JVM.
     */
    private static final Map<String, String> LIBRARIES = Map.of(
            "corenlp", "edu/stanford/nlp/pipeline/StanfordCoreNLP.class",
            "tika", "org/apache/tika/Tika.class",
            "pdfbox", "org/apache/pdfbox/pdmodel/PDDocument.class",
            "poi", "org/apache/poi/Version.class");
    /** {@code name-1.2.3.jar!} in a class's {@code jar:} address. */
    private static final Pattern JAR_VERSION = Pattern.compile("-(\\d{1,9}(?:\\.\\d{1,9}){1,5})\\.jar!/");

    /** The version of this build reading documents with {@code languages}. */
    static ServiceVersion of(LanguageOptions languages) {
        List<CompendiumProfile> profiles = languages.forcedLanguage() != null
                ? List.of(languages.profiles().get(languages.forcedLanguage())) : languages.profiles().all();
        Map<String, String> libraries = new LinkedHashMap<>();
        LIBRARIES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(library -> libraries.put(library.getKey(), jarVersion(library.getValue())));
        return new ServiceVersion(ExtractorVersion.get(),
                new Schema(CompendiumDocument.SCHEMA_VERSION, OutputSchema.ID),
                profiles.stream().map(p -> new Model(p.language(), p.name(), p.nerModel())).toList(),
                libraries, Runtime.version().toString());
    }

    /** The version in the name of the jar holding {@code classResource}, or null when it is in none. */
    private static String jarVersion(String classResource) {
        URL location = ServiceVersion.class.getClassLoader().getResource(classResource);
        if (location == null) {
            return null;
        }
        Matcher matcher = JAR_VERSION.matcher(location.toString());
        return matcher.find() ? matcher.group(1) : null;
    }
}
