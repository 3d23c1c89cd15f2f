package com.rapport.scoring;

/** One embedding model for all scoring tests: it takes half a second to load. */
final class SharedModel {

    static final SentenceEmbedder EMBEDDER = new MiniLmEmbedder();

    private SharedModel() {
    }
}
