package com.rapport.scoring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.rapport.scenario.Scenario;

import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * Compares the in-process sentence models langchain4j ships (MiniLM in the jar; bge-small-en-v1.5 and e5-small-v2,
 * quantised) as the learned detectors' input: detectors trained on the tuning split with each model, then rules
 * and detectors together scored on the holdout (F1 per criterion), and the time to embed a sentence. The rules stay
 * on MiniLM, so only the detectors differ. Needs the other models on the class path:
 * <pre>
 *   ./mvnw -Pcompare-models test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 *   java -cp target/test-classes:target/classes:$(cat cp.txt) com.rapport.scoring.ModelComparison
 * </pre>
 */
final class ModelComparison {

    public static void main(String[] args) throws IOException {
        var rubric = RubricLoader.load(Path.of("scenarios")).rubric();
        Function<String, Scenario> scenarios = id -> ScorerTest.CATALOG.find(id).map(e -> e.scenario()).orElse(null);
        var holdout = new ArrayList<Evaluation.Row>();
        for (Path corpus : DetectorTraining.CORPORA) {
            Evaluation.read(corpus).stream().filter(r -> r.split().equals("holdout")).forEach(holdout::add);
        }
        var models = List.<SentenceEmbedder>of(SharedModel.EMBEDDER,
                new MiniLmEmbedder("bge-small-en-v1.5-q", "bge-small-en-v1.5-q.onnx",
                        "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS, ""),
                new MiniLmEmbedder("e5-small-v2-q", "e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json",
                        PoolingMode.MEAN, "query: "));
        var sentences = holdout.stream().map(Evaluation.Row::text).limit(200).toList();
        for (SentenceEmbedder model : models) {
            model.embed("warm up");
            long start = System.nanoTime();
            sentences.forEach(model::embed);
            double ms = (System.nanoTime() - start) / 1e6 / sentences.size();
            var training = new DetectorTraining(rubric, SharedModel.EMBEDDER, model);
            var learned = training.train(DetectorTraining.tuneRows(), scenarios);
            var f1 = training.agreement(learned, holdout, scenarios);
            double credit = f1.entrySet().stream().filter(e -> e.getKey().endsWith("+")).mapToDouble(e -> e.getValue())
                    .average().orElse(0);
            double violation = f1.entrySet().stream().filter(e -> e.getKey().endsWith("-"))
                    .mapToDouble(e -> e.getValue()).average().orElse(0);
            System.out.printf(Locale.ROOT, "%-22s %5.1f ms/reply  detectors %2d  holdout mean F1 credit %.3f"
                    + "  violation %.3f%n  %s%n", model.modelId(), ms, learned.detectors().size(), credit, violation,
                    f1);
        }
    }
}
