package com.rapport.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The everyday English words a reply may use on purpose: the whole words of the sentence model's vocabulary (about
 * 20,000). A reply word among them is that word, not a typo of a rubric word one letter away ("heard" is not
 * "heart", "filed" is not "fired", "aware" is not "awake"); only a spelling variant of the rubric word matches it
 * ("apologize" for "apologise"). Loaded once, on first use; thread-safe.
 */
final class RealWords {

    private static final String VOCABULARY = "all-minilm-l6-v2-q-tokenizer.json";
    private static volatile @Nullable Set<String> words;

    private RealWords() {
    }

    /** Whether {@code word} (lower case) is an everyday word, not a typo. */
    static boolean contains(String word) {
        return words().contains(word);
    }

    /** Whether two words are the same word spelt the British or the American way. */
    static boolean spellingVariants(String a, String b) {
        return american(a).equals(american(b));
    }

    private static String american(String word) {
        return word.replace("our", "or").replace("isation", "ization").replace("ise", "ize").replace("yse", "yze")
                .replace("ll", "l").replace("tre", "ter").replace("ae", "e");
    }

    private static Set<String> words() {
        var known = words;
        if (known == null) {
            synchronized (RealWords.class) {
                known = words;
                if (known == null) {
                    known = load();
                    words = known;
                }
            }
        }
        return known;
    }

    /** The vocabulary's whole words of three letters or more ("##ing" pieces and subwords left out). */
    private static Set<String> load() {
        var found = new HashSet<String>();
        try (InputStream in = Objects.requireNonNull(AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader()
                .getResourceAsStream(VOCABULARY), VOCABULARY + " is missing from the model's jar");
                JsonParser parser = JsonMapper.shared().createParser(in)) {
            int depth = 0;
            boolean inVocabulary = false;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                    if (inVocabulary && depth < 2) {
                        break;
                    }
                } else if (token == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    if (depth == 2 && "vocab".equals(name)) {
                        inVocabulary = true;
                    } else if (inVocabulary && depth == 3 && name.length() >= 3 && name.chars()
                            .allMatch(c -> c >= 'a' && c <= 'z')) {
                        found.add(name);
                    }
                }
            }
        } catch (IOException | tools.jackson.core.JacksonException e) {
            throw new UncheckedIOException(new IOException("cannot read " + VOCABULARY, e));
        }
        return Set.copyOf(found);
    }
}
