package com.rapport.scoring;

/** Turns a sentence into a normalised vector, so that the dot product of two vectors is their cosine similarity. */
public interface SentenceEmbedder {

    float[] embed(String sentence);

    /** Which model makes the vectors; what was learned on one model's vectors applies only to that model. */
    default String modelId() {
        return "unknown";
    }

    /**
     * Several sentences, in order. One by one here; the shipped model shares them with idle cores.
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

    /** The normalised mean of unit vectors: what several sentences say together. */
    static float[] mean(java.util.Collection<float[]> vectors) {
        float[] mean = new float[vectors.iterator().next().length];
        for (float[] v : vectors) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += v[i];
            }
        }
        double norm = 0;
        for (float x : mean) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= (float) norm;
        }
        return mean;
    }
}
