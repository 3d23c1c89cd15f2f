package com.rapport.scoring;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The quantised all-MiniLM-L6-v2 sentence-embedding model shipped inside its jar, run in-process. Loading takes
 * about half a second, so one instance is shared; it is thread-safe.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public float[] embed(String sentence) {
        return model.embed(sentence).content().vector();
    }
}
