package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A reply's sentences shared between the caller and idle helper threads. */
class ParallelEmbeddingTest {

    private static float[] vectorOf(String sentence) {
        return new float[] {sentence.length(), sentence.hashCode()};
    }

    @Test
    void every_sentence_gets_its_own_vector_in_the_order_given() {
        var sentences = IntStream.range(0, 50).mapToObj(i -> "sentence number " + i).toList();

        var vectors = ParallelEmbedding.embedAll(sentences, ParallelEmbeddingTest::vectorOf);

        assertThat(vectors).hasSize(50);
        for (int i = 0; i < sentences.size(); i++) {
            assertThat(vectors.get(i)).containsExactly(vectorOf(sentences.get(i)));
        }
    }

    @Test
    void each_sentence_is_embedded_exactly_once() {
        var sentences = IntStream.range(0, 40).mapToObj(i -> "s" + i).toList();
        var calls = new ConcurrentHashMap<String, AtomicInteger>();

        ParallelEmbedding.embedAll(sentences, s -> {
            calls.computeIfAbsent(s, x -> new AtomicInteger()).incrementAndGet();
            return vectorOf(s);
        });

        assertThat(calls).hasSize(40);
        assertThat(calls.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    }

    @Test
    void a_failure_on_any_thread_reaches_the_caller() {
        var sentences = List.of("fine", "also fine", "broken", "fine again");

        assertThatThrownBy(() -> ParallelEmbedding.embedAll(sentences, s -> {
            if (s.equals("broken")) {
                throw new IllegalStateException("model failed on " + s);
            }
            return vectorOf(s);
        })).isInstanceOf(IllegalStateException.class).hasMessage("model failed on broken");
    }

    @Test
    void one_sentence_or_none_is_embedded_on_the_calling_thread() {
        var caller = Thread.currentThread();
        var threads = new ConcurrentHashMap<Thread, Boolean>();

        ParallelEmbedding.embedAll(List.of("only one"), s -> {
            threads.put(Thread.currentThread(), true);
            return vectorOf(s);
        });

        assertThat(threads.keySet()).containsExactly(caller);
        assertThat(ParallelEmbedding.embedAll(List.of(), ParallelEmbeddingTest::vectorOf)).isEmpty();
    }
}
