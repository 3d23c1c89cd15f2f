package com.rapport.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

import com.rapport.authoring.ScenarioValidator;

/**
 * Validates a generated library of 1,000 scenarios of 40 nodes each (three choices per node, conditions, flags and
 * counters, no examples), as {@code validate} would. One operation is the whole library.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ValidatorBenchmark {

    static final int SCENARIOS = 1_000;
    static final int NODES = 40;

    private List<byte[]> library;
    private final ScenarioValidator validator = new ScenarioValidator(null);

    @Setup
    public void generate() {
        library = new ArrayList<>();
        for (int i = 0; i < SCENARIOS; i++) {
            library.add(scenario(i).getBytes(StandardCharsets.UTF_8));
        }
    }

    static String scenario(int n) {
        var y = new StringBuilder();
        y.append("format: \"1.0\"\nid: generated-").append(n).append("\ntitle: Generated ").append(n)
                .append("\ntier: mid\ntopics: [complaints]\nsummary: A generated scenario.\n")
                .append("persona:\n  name: Pat\n  role: caller\n  situation: Generated.\n  mood: 3\n")
                .append("variables:\n  flags: [asked]\n  counters: [apologies]\nstart: n0\nnodes:\n");
        for (int i = 0; i < NODES; i++) {
            y.append("  n").append(i).append(":\n    patient: \"Line ").append(i)
                    .append(" of a caller who is not happy about the wait.\"\n    choices:\n");
            for (int c = 0; c < 3; c++) {
                String next = i + 1 + c < NODES ? "n" + (i + 1 + c) : c == 0 ? "good" : "bad";
                y.append("      - id: c").append(c).append("\n        text: \"Reply ").append(c)
                        .append(" at node ").append(i).append(".\"\n        next: ").append(next).append('\n');
                if (c == 0) {
                    y.append("        sets: {asked: true}\n        adds: {apologies: 1}\n");
                }
                if (c == 1) {
                    y.append("        when: \"asked and apologies >= 1 or mood > 4\"\n");
                }
                y.append("        rubric:\n          - criterion: empathy\n            points: ").append(2 - c)
                        .append("\n            feedback: Generated feedback.\n");
            }
        }
        y.append("endings:\n  good:\n    outcome: resolved\n    debrief: Good.\n  bad:\n    outcome: complaint\n"
                + "    debrief: Bad.\n");
        return y.toString();
    }

    @Benchmark
    public int validateTheLibrary() {
        int problems = 0;
        for (int i = 0; i < library.size(); i++) {
            problems += validator.validate("generated-" + i + ".yaml", library.get(i)).problems().size();
        }
        return problems;
    }
}
