package com.rapport.scoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Vectors of example sentences (signals' and intents'), each embedded once for the scorer's life. Thread-safe. */
final class ExampleVectors {

    private final SentenceEmbedder embedder;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    ExampleVectors(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    float[] of(String example) {
        return vectors.computeIfAbsent(example, embedder::embed);
    }
}
