package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import tools.jackson.databind.json.JsonMapper;

/** The list of everyday words is the sentence model's whole words, and reads words as a trainer would. */
class RealWordsTest {

    @Test
    void the_list_is_exactly_the_whole_words_of_the_models_vocabulary() throws IOException {
        var expected = new TreeSet<String>();
        try (InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader()
                .getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json")) {
            JsonMapper.shared().readTree(in).get("model").get("vocab").propertyNames().forEach(w -> {
                if (w.length() >= 3 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    expected.add(w);
                }
            });
        }
        try (InputStream list = RealWords.class.getResourceAsStream(RealWords.RESOURCE)) {
            var shipped = new TreeSet<>(new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            assertThat(shipped).isEqualTo(expected);
        }
    }

    @Test
    void everyday_words_are_known_and_misspellings_are_not() {
        assertThat(RealWords.contains("heard")).isTrue();
        assertThat(RealWords.contains("aware")).isTrue();
        assertThat(RealWords.contains("promiss")).isFalse();
    }

    @Test
    void british_and_american_spellings_are_the_same_word() {
        assertThat(RealWords.spellingVariants("apologise", "apologize")).isTrue();
        assertThat(RealWords.spellingVariants("neighbour", "neighbor")).isTrue();
        assertThat(RealWords.spellingVariants("heart", "heard")).isFalse();
    }
}
