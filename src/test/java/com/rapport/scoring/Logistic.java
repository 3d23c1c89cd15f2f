package com.rapport.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;

import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A binary logistic regression on sentence vectors, trained by Tribuo (stochastic gradient descent with AdaGrad, a
 * fixed seed, examples in a fixed order), reduced to what the app needs at run time: one weight per dimension, a
 * bias and the positive sentences it is surest of.
 */
record Logistic(float[] weights, double bias, java.util.Map<String, Float> terms, List<Detector.Exemplar> exemplars) {

    static final long SEED = 20_261_206L;
    private static final int EPOCHS = 15;
    private static final int MIN_TERM_COUNT = 2;
    /** A word's feature value: small beside the unit-length sentence vector, so words refine rather than decide. */
    private static final double TERM_VALUE = 0.3;
    private static final Label YES = new Label("yes");
    private static final Label NO = new Label("no");

    static {
        Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
    }

    static Logistic train(List<DetectorTraining.Instance> instances) {
        boolean anyPositive = instances.stream().anyMatch(DetectorTraining.Instance::positive);
        if (!anyPositive || instances.stream().allMatch(DetectorTraining.Instance::positive)) {
            // one class only: nothing to learn, the answer is that class
            int dim = instances.isEmpty() ? 0 : instances.getFirst().vector().length;
            return new Logistic(new float[dim], anyPositive ? 10 : -10, java.util.Map.of(), List.of());
        }
        int dim = instances.getFirst().vector().length;
        String[] names = IntStream.range(0, dim).mapToObj(i -> String.format("f%03d", i)).toArray(String[]::new);
        // words and word pairs seen in at least two training sentences
        var counts = new java.util.TreeMap<String, Integer>();
        instances.forEach(i -> Detector.terms(i.words()).forEach(t -> counts.merge(t, 1, Integer::sum)));
        var vocabulary = new java.util.TreeSet<String>();
        counts.forEach((t, n) -> {
            if (n >= MIN_TERM_COUNT) {
                vocabulary.add(t);
            }
        });
        // classes balanced: positives, however few, weigh as much in all as the negatives
        double positive = instances.stream().filter(DetectorTraining.Instance::positive)
                .mapToDouble(DetectorTraining.Instance::weight).sum();
        double negative = instances.stream().filter(i -> !i.positive())
                .mapToDouble(DetectorTraining.Instance::weight).sum();
        double boost = positive == 0 ? 1 : Math.max(1, negative / positive);
        var factory = new LabelFactory();
        var examples = new ArrayList<org.tribuo.Example<Label>>();
        for (DetectorTraining.Instance instance : instances) {
            var terms = Detector.terms(instance.words()).stream().filter(vocabulary::contains).toList();
            String[] featureNames = new String[dim + terms.size()];
            double[] values = new double[dim + terms.size()];
            for (int i = 0; i < dim; i++) {
                featureNames[i] = names[i];
                values[i] = instance.vector()[i];
            }
            for (int i = 0; i < terms.size(); i++) {
                featureNames[dim + i] = "w:" + terms.get(i);
                values[dim + i] = TERM_VALUE;
            }
            var example = new ArrayExample<>(instance.positive() ? YES : NO, featureNames, values);
            example.setWeight((float) (instance.weight() * (instance.positive() ? boost : 1)));
            examples.add(example);
        }
        var source = new ListDataSource<>(examples, factory, new SimpleDataSourceProvenance("sentences", factory));
        var dataset = new MutableDataset<>(source);
        var trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS, Integer.MAX_VALUE, 1,
                SEED);
        var model = (LinearSGDModel) trainer.train(dataset);
        var matrix = model.getWeightsCopy();
        int yes = model.getOutputIDInfo().getID(YES);
        int no = model.getOutputIDInfo().getID(NO);
        var features = model.getFeatureIDMap();
        float[] weights = new float[dim];
        for (int i = 0; i < dim; i++) {
            int id = features.getID(names[i]);
            weights[i] = id < 0 ? 0 : (float) (matrix.get(yes, id) - matrix.get(no, id));
        }
        var termWeights = new java.util.TreeMap<String, Float>();
        for (String term : vocabulary) {
            int id = features.getID("w:" + term);
            float w = id < 0 ? 0 : (float) (TERM_VALUE * (matrix.get(yes, id) - matrix.get(no, id)));
            if (Math.abs(w) >= 1e-3) {
                termWeights.put(term, w);
            }
        }
        int biasColumn = matrix.getDimension2Size() - 1;
        double bias = matrix.get(yes, biasColumn) - matrix.get(no, biasColumn);
        var result = new Logistic(weights, bias, termWeights, List.of());
        // the reduced model must predict as Tribuo's does
        var check = examples.getFirst();
        double tribuo = model.predict(check).getOutputScores().get(YES.getLabel()).getScore();
        double ours = result.probability(instances.getFirst().vector(), instances.getFirst().words());
        if (Math.abs(tribuo - ours) > 1e-3) {
            throw new IllegalStateException("weights read wrongly: Tribuo " + tribuo + ", reduced " + ours);
        }
        return result;
    }

    double probability(float[] vector, List<String> words) {
        return asDetector().probability(vector, words);
    }

    double probability(DetectorTraining.Instance instance) {
        return probability(instance.vector(), instance.words());
    }

    private Detector asDetector() {
        return new Detector(com.rapport.scenario.Criterion.EMPATHY, true, 0, bias, weights, terms, List.of());
    }

    /** This model with the {@code count} distinct positive sentences it is surest of, surest first. */
    Logistic withExemplars(List<DetectorTraining.Instance> instances, int count) {
        var texts = new LinkedHashSet<String>();
        var chosen = new ArrayList<Detector.Exemplar>();
        instances.stream().filter(DetectorTraining.Instance::positive)
                .sorted(Comparator.comparingDouble((DetectorTraining.Instance i) -> -probability(i))
                        .thenComparing(DetectorTraining.Instance::text))
                .forEach(i -> {
                    if (chosen.size() < count && texts.add(i.text())) {
                        chosen.add(new Detector.Exemplar(i.text(), i.vector()));
                    }
                });
        return new Logistic(weights, bias, terms, chosen);
    }
}
