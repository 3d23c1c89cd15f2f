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
    private final Reply reply;
    /** Spans where no credit counts: sentences reused from earlier replies, keyword lists. */
    private final List<int[]> creditless = new ArrayList<>();
    /** Per violation signal, the criteria whose credit it voids in its sentence. */
    private final Map<String, List<Criterion>> overrides = new java.util.HashMap<>();
    private final Map<String, List<Criterion>> overridesInReply = new java.util.HashMap<>();
    private final Map<Criterion, List<ReplyScore.Evidence>> evidence = new EnumMap<>(Criterion.class);
    /** Per criterion, the points each credit signal earns (counted once, however often it fires). */
    private final Map<Criterion, Map<String, Integer>> creditPoints = new EnumMap<>(Criterion.class);
    private final List<ReplyScore.Violation> violations = new ArrayList<>();
    /** Sentences that do not answer the moment, with why: credit there counts only for any-moment signals. */
    private final List<ReplyScore.Evidence> offTopic = new ArrayList<>();
    /** Credit signals that count in any sentence, relevant to the moment or not. */
    private final java.util.Set<String> anyMoment = new HashSet<>();

    Hits(Reply reply) {
        this.reply = reply;
        this.text = reply.text();
    }

    /** A rubric signal found at [start, end): credit or violation as the signal says. */
    void add(Criterion criterion, Rubric.Signal signal, int start, int end, String reason) {
        if (signal.kind() == Rubric.Kind.CREDIT) {
            if (signal.countsAnywhere()) {
                anyMoment.add(signal.id());
            }
            addCredit(criterion, signal.id(), start, end, reason, signal.creditPoints());
        } else {
            if (!signal.overriddenCriteria().isEmpty()) {
                overrides.put(signal.id(), signal.overriddenCriteria());
            }
            if (!signal.overriddenInReply().isEmpty()) {
                overridesInReply.put(signal.id(), signal.overriddenInReply());
            }
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

    /** No credit counts in [start, end); violations there still do. */
    void withoutCredit(int start, int end) {
        creditless.add(new int[] {start, end});
    }

    /** The sentence in [start, end) does not answer the moment: its credit earns nothing, for the reason given. */
    void offTopic(int start, int end, String reason) {
        offTopic.add(new ReplyScore.Evidence(start, end, text.substring(start, end), "off-topic", reason));
    }

    /** Whether any credit was found in [start, end), on any criterion. */
    boolean hasCredit(int start, int end) {
        return evidence.values().stream().flatMap(List::stream).anyMatch(e -> overlaps(e.start(), e.end(), start, end));
    }

    /** Whether any credit was found on the criterion, counting or not. */
    boolean hasCreditOn(Criterion criterion) {
        return !evidence.getOrDefault(criterion, List.of()).isEmpty();
    }

    /**
     * Whether [start, end) lies within one sentence and a credit on the criterion was found there, counting or
     * not.
     */
    boolean hasCreditInSentence(Criterion criterion, int start, int end) {
        var sentences = reply.sentences().stream().filter(s -> overlaps(s.start(), s.end(), start, end)).toList();
        return sentences.size() == 1 && evidence.getOrDefault(criterion, List.of()).stream()
                .anyMatch(e -> overlaps(e.start(), e.end(), sentences.getFirst().start(), sentences.getFirst().end()));
    }

    /** Whether a critical violation on the criterion was found. */
    boolean hasCritical(Criterion criterion) {
        return violations.stream().anyMatch(v -> v.criterion() == criterion && v.severity() == Severity.CRITICAL);
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

    private boolean voids(ReplyScore.Violation v, Criterion criterion, ReplyScore.Evidence e) {
        if (overlaps(v.start(), v.end(), e.start(), e.end())
                || overridesInReply.getOrDefault(v.signal(), List.of()).contains(criterion)) {
            return true;
        }
        return (v.criterion() == criterion || overrides.getOrDefault(v.signal(), List.of()).contains(criterion))
                && sentenceOf(v.start()) == sentenceOf(e.start());
    }

    /** The index of the sentence holding a character offset. */
    private int sentenceOf(int offset) {
        var sentences = reply.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (offset < sentences.get(i).end()) {
                return i;
            }
        }
        return sentences.size();
    }

    private static boolean overlaps(int aStart, int aEnd, int bStart, int bEnd) {
        return aStart < bEnd && bStart < aEnd;
    }

    /**
     * The criterion's level from the baseline, credit and violations (0 on any critical one), evidence in order.
     * Violations take precedence: credit whose words overlap a violation's, on any criterion, does not count; nor
     * does credit, in the violation's sentence, on the violation's own criterion (a sentence that breaks a criterion
     * earns nothing on it) or on one it overrides (an over-promise owns nothing and sets no follow-up time; a
     * blaming sentence reflects nothing back); and a violation that overrides a criterion in the whole reply voids
     * its credit everywhere (sarcasm has not listened, whatever it repeats).
     */
    ReplyScore.CriterionResult result(Criterion criterion, int baseline) {
        var list = evidence.getOrDefault(criterion, List.of()).stream()
                .filter(e -> violations.stream().noneMatch(v -> voids(v, criterion, e)))
                .filter(e -> creditless.stream().noneMatch(span -> overlaps(span[0], span[1], e.start(), e.end())))
                .sorted(Comparator.comparingInt(ReplyScore.Evidence::start)).toList();
        var unanswered = new ArrayList<ReplyScore.Evidence>();
        list = list.stream().filter(e -> {
            var off = anyMoment.contains(e.signal()) ? null : offTopic.stream()
                    .filter(o -> overlaps(o.start(), o.end(), e.start(), e.end())).findFirst().orElse(null);
            if (off != null) {
                unanswered.add(new ReplyScore.Evidence(e.start(), e.end(), e.text(), e.signal(), off.reason()));
            }
            return off == null;
        }).toList();
        var earning = new HashSet<String>();
        list.forEach(e -> earning.add(e.signal()));
        int level = baseline;
        level += creditPoints.getOrDefault(criterion, Map.of()).entrySet().stream()
                .filter(e -> earning.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
        boolean critical = false;
        var counted = new HashSet<String>();
        for (ReplyScore.Violation v : violations) {
            if (v.criterion() == criterion && counted.add(v.signal())) {
                level -= v.severity().levelPenalty();
                critical |= v.severity() == Severity.CRITICAL;
            }
        }
        return new ReplyScore.CriterionResult(critical ? 0 : Math.clamp(level, 0, 4), list, List.copyOf(unanswered));
    }

    /** Every violation, in the order they stand in the reply. */
    List<ReplyScore.Violation> violations() {
        return violations.stream().sorted(Comparator.comparingInt(ReplyScore.Violation::start)).toList();
    }
}
