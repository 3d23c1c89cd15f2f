package com.rapport.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.rapport.scenario.Criterion;

/**
 * One learned sentence detector: how likely a sentence is to earn credit (or to break a rule) on a criterion, as a
 * logistic function of its sentence vector, with the threshold calibrated on the tuning split and the labelled
 * sentences it learned from that read most like it, so a trainer can see why it fired. Immutable.
 *
 * @param credit true for credit, false for a violation
 * @param threshold the probability at or above which the detector fires
 */
record Detector(Criterion criterion, boolean credit, double threshold, double bias, float[] weights,
        Map<String, Float> terms, List<Exemplar> exemplars) {

    /** A labelled sentence the detector learned from, with its vector. */
    record Exemplar(String text, float[] vector) {
    }

    /**
     * The probability that a sentence carries the detector's signal, from its vector and its words and word pairs
     * (see {@link #terms(List)}).
     */
    double probability(float[] vector, List<String> words) {
        return probability(vector, terms(words));
    }

    /** As {@link #probability(float[], List)}, with the sentence's terms worked out once for every detector. */
    double probability(float[] vector, java.util.Set<String> sentenceTerms) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * vector[i];
        }
        for (String term : sentenceTerms) {
            z += terms.getOrDefault(term, 0f);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** A sentence's distinct words and adjacent word pairs ("lucky", "lucky you"), the detector's lexical features. */
    static java.util.Set<String> terms(List<String> words) {
        var terms = new java.util.TreeSet<String>();
        for (int i = 0; i < words.size(); i++) {
            terms.add(words.get(i));
            if (i + 1 < words.size()) {
                terms.add(words.get(i) + " " + words.get(i + 1));
            }
        }
        return terms;
    }

    /** The exemplars closest in meaning to the vector, closest first. */
    List<String> nearest(float[] vector, int count) {
        return IntStream.range(0, exemplars.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -SentenceEmbedder.similarity(vector,
                        exemplars.get(i).vector())).thenComparing(i -> i))
                .limit(count).map(i -> exemplars.get(i).text()).toList();
    }

    /** The sentence's words and word pairs that weigh most toward the signal, heaviest first. */
    List<String> heaviestTerms(List<String> words, int count) {
        return terms(words).stream().filter(t -> terms.getOrDefault(t, 0f) > 0)
                .sorted(Comparator.comparingDouble((String t) -> -terms.get(t)).thenComparing(t -> t))
                .limit(count).toList();
    }

    @Override
    public String toString() {
        return signal() + " (threshold " + threshold + ", " + terms.size() + " terms, " + exemplars.size()
                + " exemplars)";
    }

    /** The signal id the detector's evidence carries, e.g. "reads-like-empathy". */
    String signal() {
        return "reads-like-" + criterion.id() + (credit ? "" : "-violation");
    }
}
