package com.rapport.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.rapport.RapportProperties;
import com.rapport.scenario.ScenarioCatalog;
import com.rapport.scoring.MiniLmEmbedder;
import com.rapport.scoring.ReplyContext;
import com.rapport.scoring.ReplyScore;
import com.rapport.scoring.RubricLoader;
import com.rapport.scoring.Scorer;

/**
 * One typed reply scored in full (rules, paraphrase embeddings and intent matching at a free-text node) and by the
 * rule signals alone, over the 424 replies of the labelled corpus in turn. SampleTime mode reports p50 and p99.
 * Run from the project root (see README.md, "Benchmarks").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ScorerBenchmark {

    private Scorer full;
    private Scorer rulesOnly;
    private ReplyContext atFreeTextNode;
    private List<String> replies;
    private int next;

    @Setup
    public void setUp() throws IOException {
        var rubric = RubricLoader.load(Path.of("scenarios")).rubric();
        full = new Scorer(rubric, new MiniLmEmbedder());
        rulesOnly = new Scorer(rubric, null);
        var catalog = new ScenarioCatalog(new RapportProperties(Path.of("target"), Path.of("scenarios"), false));
        atFreeTextNode = new ReplyContext(catalog.find("billing-uncovered-services").orElseThrow().scenario(),
                "opening", Map.of());
        replies = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(Path.of("src/test/resources/scoring/corpus.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                replies.add(row.get("text"));
            }
        }
    }

    private String nextReply() {
        next = (next + 1) % replies.size();
        return replies.get(next);
    }

    @Benchmark
    public ReplyScore fullScoreWithEmbeddings() {
        return full.score(nextReply(), atFreeTextNode);
    }

    @Benchmark
    public ReplyScore ruleSignalsOnly() {
        return rulesOnly.score(nextReply(), ReplyContext.genericCall());
    }
}
