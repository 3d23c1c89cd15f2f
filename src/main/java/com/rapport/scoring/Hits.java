package com.rapport.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.rapport.scenario.Criterion;

/** Evidence and violations collected while scoring one reply; each signal counts once toward the level. */
final class Hits {

    private final String text;
    private final Map<Criterion, List<ReplyScore.Evidence>> evidence = new EnumMap<>(Criterion.class);
    private final Map<Criterion, Map<String, Integer>> creditPoints = new EnumMap<>(Criterion.class);
    private final List<ReplyScore.Violation> violations = new ArrayList<>();

    Hits(String text) {
        this.text = text;
    }

    /** A rubric signal found at [start, end): credit or violation as the signal says. */
    void add(Criterion criterion, Rubric.Signal signal, int start, int end, String reason) {
        if (signal.kind() == Rubric.Kind.CREDIT) {
            addCredit(criterion, signal.id(), start, end, reason, signal.creditPoints());
        } else {
            addViolation(criterion, signal.id(),
                    signal.severity() == null ? Severity.MINOR : signal.severity(), start, end, reason);
        }
    }

    void addCredit(Criterion criterion, String signal, int start, int end, String reason) {
        addCredit(criterion, signal, start, end, reason, 1);
    }

    private void addCredit(Criterion criterion, String signal, int start, int end, String reason, int points) {
        var list = evidence.computeIfAbsent(criterion, c -> new ArrayList<>());
        if (list.stream().anyMatch(e -> e.signal().equals(signal) && overlaps(e.start(), e.end(), start, end))) {
            return;
        }
        list.add(new ReplyScore.Evidence(start, end, text.substring(start, end), signal, reason));
        creditPoints.computeIfAbsent(criterion, c -> new LinkedHashMap<>()).merge(signal, points, Math::max);
    }

    boolean hasViolation(Criterion criterion) {
        return violations.stream().anyMatch(v -> v.criterion() == criterion);
    }

    /** A violation, unless one on the same criterion already covers part of the span. */
    void addViolation(Criterion criterion, String signal, Severity severity, int start, int end, String reason) {
        if (violations.stream().anyMatch(v -> v.criterion() == criterion && overlaps(v.start(), v.end(), start, end))) {
            return;
        }
        violations.add(new ReplyScore.Violation(criterion, severity, start, end, text.substring(start, end),
                signal, reason));
    }

    private static boolean overlaps(int aStart, int aEnd, int bStart, int bEnd) {
        return aStart < bEnd && bStart < aEnd;
    }

    /** The criterion's level from the baseline, credit and violations (0 on any critical one), evidence in order. */
    ReplyScore.CriterionResult result(Criterion criterion, int baseline) {
        int level = baseline;
        level += creditPoints.getOrDefault(criterion, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        boolean critical = false;
        var counted = new HashSet<String>();
        for (ReplyScore.Violation v : violations) {
            if (v.criterion() == criterion && counted.add(v.signal())) {
                level -= v.severity().levelPenalty();
                critical |= v.severity() == Severity.CRITICAL;
            }
        }
        var list = evidence.getOrDefault(criterion, List.of()).stream()
                .sorted(Comparator.comparingInt(ReplyScore.Evidence::start)).toList();
        return new ReplyScore.CriterionResult(critical ? 0 : Math.clamp(level, 0, 4), list);
    }

    /** Every violation, in the order they stand in the reply. */
    List<ReplyScore.Violation> violations() {
        return violations.stream().sorted(Comparator.comparingInt(ReplyScore.Violation::start)).toList();
    }
}
