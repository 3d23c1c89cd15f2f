package com.rapport.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The everyday English words a reply may use on purpose: the whole words (three letters or more) of the sentence
 * model's vocabulary, about 20,000, kept as a plain list ({@value #RESOURCE}; {@code RealWordsTest} checks it
 * against the tokenizer in the model's jar). A reply word among them is that word, not a typo of a rubric word one
 * letter away ("heard" is not "heart", "filed" is not "fired", "aware" is not "awake"); only a spelling variant of
 * the rubric word matches it ("apologize" for "apologise"). Loaded once, on first use; thread-safe.
 */
final class RealWords {

    static final String RESOURCE = "/rapport/everyday-words.txt";
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

    private static Set<String> load() {
        try (InputStream in = Objects.requireNonNull(RealWords.class.getResourceAsStream(RESOURCE),
                () -> RESOURCE + " is missing");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(w -> !w.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
