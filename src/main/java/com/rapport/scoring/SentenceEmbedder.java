package com.rapport.scoring;

/** Turns a sentence into a normalised vector, so that the dot product of two vectors is their cosine similarity. */
public interface SentenceEmbedder {

    float[] embed(String sentence);

    /** Which model makes the vectors; what was learned on one model's vectors applies only to that model. */
    default String modelId() {
        return "unknown";
    }

    /**
     * Several sentences. One by one measured as fast as the model's own parallel batch on two cores, and it leaves
     * the other core to other trainees.
     */
    default java.util.List<float[]> embedAll(java.util.List<String> sentences) {
        return sentences.stream().map(this::embed).toList();
    }

    static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
