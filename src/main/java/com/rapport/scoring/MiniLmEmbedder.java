package com.rapport.scoring;

import org.jspecify.annotations.Nullable;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The quantised all-MiniLM-L6-v2 sentence-embedding model shipped inside its jar, run in-process. Loading takes
 * about half a second, so it is loaded once, when the first sentence is embedded (a command that embeds nothing
 * never pays for it); it is thread-safe.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    private volatile @Nullable AllMiniLmL6V2QuantizedEmbeddingModel model;

    @Override
    public float[] embed(String sentence) {
        return model().embed(sentence).content().vector();
    }

    private AllMiniLmL6V2QuantizedEmbeddingModel model() {
        var loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = loaded;
                }
            }
        }
        return loaded;
    }
}
