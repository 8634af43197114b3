package org.ilo.sstc.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP pipeline of the process: tokenize, ssplit and one CRF NER model, nothing else (no
 * part-of-speech tagger, SUTime, numeric classifiers, fine-grained or KBP annotators, parser). Built
 * once, in the constructor; thread-safe afterwards, as {@code StanfordCoreNLP.annotate} is.
 */
public final class NlpPipeline {

    /**
     * The model we ship: PERSON, LOCATION, ORGANIZATION, trained on more data than the 4- and 7-class
     * ones, about as accurate on our texts at a third of the cost of the default three-model combination.
     */
    public static final String THREE_CLASS_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** Tokenizer and sentence splitter: cheap, run over the whole text. */
    private final StanfordCoreNLP splitter;
    /** The NER model, run only on the sentences that may name someone ({@link #mayName}): most of the cost. */
    private final StanfordCoreNLP recogniser;
    private final String model;

    /** Loads the English 3-class model (1.5-3 s). */
    public NlpPipeline() {
        this(THREE_CLASS_MODEL, "en");
    }

    /**
     * Loads the NER model at classpath or file location {@code nerModel}, tokenising text as CoreNLP's
     * {@code tokenizer} language ({@code en}, {@code es}, {@code fr}) does.
     */
    public NlpPipeline(String nerModel, String tokenizer) {
        this.model = nerModel;
        // CoreNLP logs every annotator it loads on stderr, which the command line must not show.
        RedwoodConfiguration.current().clear().apply();
        Properties props = new Properties();
        // The distsim CRF models use no part-of-speech features, so the tagger NER nominally requires is not run.
        props.setProperty("enforceRequirements", "false");
        props.setProperty("tokenize.language", tokenizer);
        props.setProperty("tokenize.options", "untokenizable=noneDelete");
        // A field's lines are items (contacts, bullets): an entity never runs from one line to the next.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.model", nerModel);
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        try {
            Properties split = new Properties();
            split.putAll(props);
            split.setProperty("annotators", "tokenize,ssplit");
            splitter = new StanfordCoreNLP(split);
            props.setProperty("annotators", "ner");
            recogniser = new StanfordCoreNLP(props);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot load the CoreNLP NER model " + nerModel + ": " + e.getMessage(), e);
        }
    }

    /** The classpath or file location of the model this pipeline runs. */
    public String model() {
        return model;
    }

    /** The person, location and organisation mentions of {@code text}, in order. */
    public List<NerMention> mentions(String text) {
        CoreDocument document = annotate(text);
        List<NerMention> mentions = new ArrayList<>();
        for (CoreEntityMention mention : document.entityMentions()) {
            NerMention.Type type = switch (mention.entityType()) {
                // Models of other languages name their classes in their own way.
                case "PERSON", "PERS", "PER" -> NerMention.Type.PERSON;
                case "LOCATION", "LUG", "LOC" -> NerMention.Type.LOCATION;
                case "ORGANIZATION", "ORG" -> NerMention.Type.ORGANIZATION;
                default -> null;
            };
            if (type != null) {
                mentions.add(new NerMention(type, mention.text(), mention.charOffsets().first(), mention.charOffsets().second()));
            }
        }
        return mentions;
    }

    /** Runs the whole pipeline over {@code text} and returns its number of tokens (for benchmarks). */
    public int tokenCount(String text) {
        return annotate(text).tokens().size();
    }

    /**
     * {@code text} split into sentences, and the model run on those that may name someone. The CRF model labels
     * each sentence on its own, so leaving some out changes nothing in the others.
     */
    private CoreDocument annotate(String text) {
        Annotation whole = new Annotation(text);
        splitter.annotate(whole);
        List<CoreMap> sentences = whole.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> naming = sentences.stream().filter(NlpPipeline::mayName).toList();
        Annotation chosen = new Annotation(text);
        chosen.set(CoreAnnotations.TokensAnnotation.class, whole.get(CoreAnnotations.TokensAnnotation.class));
        chosen.set(CoreAnnotations.SentencesAnnotation.class, naming);
        recogniser.annotate(chosen);
        return new CoreDocument(chosen);
    }

    /**
     * Whether a sentence may hold a name the extractor uses: a capital anywhere but at its first letter ("ILO"
     * or "McKay" first count too). One whose only capital opens it ("Each team spent two days on farms.") holds
     * no name of two words (persons, organisations), and a one-word name opening it is a country the gazetteer
     * finds without the model. About two sentences in five of a practice go.
     */
    static boolean mayName(CoreMap sentence) {
        boolean first = true;
        for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            String word = token.word();
            int letter = 0;
            while (letter < word.length() && !Character.isLetterOrDigit(word.charAt(letter))) {
                letter++;
            }
            for (int i = first ? letter + 1 : letter; i < word.length(); i++) {
                if (Character.isUpperCase(word.charAt(i))) {
                    return true;
                }
            }
            first &= letter == word.length();
        }
        return false;
    }
}
