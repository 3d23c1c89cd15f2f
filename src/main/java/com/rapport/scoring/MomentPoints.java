package com.rapport.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Choice;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.Node;

/**
 * Turns a reply into points: a chosen reply earns what its author wrote against the best choice at that node; a
 * typed reply earns how far its rubric levels moved from the baseline, out of what a level of 4 would have earned,
 * and loses only where a violation points at words. Pure and deterministic.
 */
final class MomentPoints {

    private static final int TOP_LEVEL = 4;
    /** A choice that loses this much on HIPAA is a critical violation, like a typed disclosure. */
    static final int CRITICAL_POINTS = -5;

    private MomentPoints() {
    }

    static MomentScore forChoice(Node node, Choice chosen) {
        var feedback = new EnumMap<Criterion, String>(Criterion.class);
        chosen.effects().forEach(e -> feedback.merge(e.criterion(), e.feedback(), (a, b) -> a + " " + b));
        var points = node.pointsFor(chosen).stream()
                .map(p -> new MomentScore.Points(p.criterion(), p.earned(), p.best(), feedback.get(p.criterion())))
                .toList();
        boolean critical = chosen.effects().stream()
                .anyMatch(e -> e.criterion() == Criterion.HIPAA && e.points() <= CRITICAL_POINTS);
        return new MomentScore(points, List.of(), 0, critical, null, MomentScore.Status.SCORED);
    }

    /**
     * A typed reply scores on the criteria the node's choices score and on any criterion the reply touched. One
     * the rubric cannot read earns nothing; one that matches none of the moment's intents (not understood) earns
     * no credit on what the moment asks for, and only its violations count, so a disclosure still costs what it
     * costs and a reply that misses the moment scores nothing of it.
     *
     * @param baseline the level a reply gets on a criterion when nothing in it touches that criterion
     */
    static MomentScore forTyped(@Nullable Node node, ReplyScore score, ToIntFunction<Criterion> baseline) {
        if (!score.scored()) {
            return new MomentScore(List.of(), List.of(), 0, false, score, MomentScore.Status.NOT_SCORED);
        }
        boolean understood = score.understood() && (node == null || node.freeText() == null || score.intent() != null);
        Set<Criterion> relevant = EnumSet.noneOf(Criterion.class);
        if (node != null) {
            node.choiceList().forEach(c -> c.effects().forEach(e -> relevant.add(e.criterion())));
        }
        if (understood) {
            score.criteria().forEach((c, r) -> {
                if (!r.evidence().isEmpty() || !r.unanswered().isEmpty()) {
                    relevant.add(c);
                }
            });
        }
        score.violations().forEach(v -> relevant.add(v.criterion()));
        var points = new ArrayList<MomentScore.Points>();
        for (Criterion c : relevant) {
            int base = baseline.applyAsInt(c);
            int earned = score.level(c) - base;
            points.add(new MomentScore.Points(c, understood ? earned : Math.min(0, earned), TOP_LEVEL - base,
                    summary(c, score, understood)));
        }
        var marks = marks(score).stream().filter(m -> understood || !m.credit()).toList();
        int reaction = understood ? reaction(score) : Math.min(0, reaction(score));
        return new MomentScore(points, marks, reaction, score.hasCritical(), score,
                understood ? MomentScore.Status.SCORED : MomentScore.Status.NOT_UNDERSTOOD);
    }

    /** The patient reacts to how the reply was said: warmer for empathy, colder for each violation. */
    private static int reaction(ReplyScore score) {
        int change = score.criteria().get(Criterion.EMPATHY).evidence().isEmpty() ? 0 : 1;
        for (ReplyScore.Violation v : score.violations()) {
            change -= v.severity() == Severity.CRITICAL ? 2 : v.severity() == Severity.MAJOR ? 1 : 0;
        }
        return change;
    }

    private static @Nullable String summary(Criterion criterion, ReplyScore score, boolean understood) {
        var reasons = new ArrayList<String>();
        if (understood) {
            score.criteria().get(criterion).evidence()
                    .forEach(e -> reasons.add("\"" + e.text() + "\": " + e.reason()));
            score.criteria().get(criterion).unanswered()
                    .forEach(e -> reasons.add("\"" + e.text() + "\": no credit. " + e.reason()));
        }
        score.violations().stream().filter(v -> v.criterion() == criterion)
                .forEach(v -> reasons.add("\"" + v.text() + "\": " + v.reason()));
        String joined = String.join(" ", reasons);
        return reasons.isEmpty() ? null : joined.length() <= 2000 ? joined : joined.substring(0, 1997) + "...";
    }

    private static List<MomentScore.Mark> marks(ReplyScore score) {
        var list = new ArrayList<MomentScore.Mark>();
        score.criteria().forEach((c, r) -> r.evidence().forEach(e -> list.add(new MomentScore.Mark(c, true, null,
                e.start(), e.end(), e.text(), e.signal(), e.reason()))));
        score.violations().forEach(v -> list.add(new MomentScore.Mark(v.criterion(), false, v.severity(),
                v.start(), v.end(), v.text(), v.signal(), v.reason())));
        list.sort(Comparator.comparingInt(MomentScore.Mark::start));
        return list;
    }
}
