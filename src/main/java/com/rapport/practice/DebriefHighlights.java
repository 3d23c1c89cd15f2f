package com.rapport.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;
import com.rapport.scoring.Severity;

/**
 * What a debrief puts first, read from the replies alone: the moments that earned most (strengths) and the ones
 * that cost most or left most on the table (things to work on), each on a different criterion, and the scoring
 * evidence of one reply merged so the same finding is said once. Pure.
 */
public final class DebriefHighlights {

    /** How many strengths and things to work on a summary shows. */
    public static final int LIMIT = 3;

    private DebriefHighlights() {
    }

    /**
     * One moment worth pointing at.
     *
     * @param seq the reply it is about, to link to
     * @param points what it earned (a strength) or lost against the best reply there (to work on), always positive
     * @param lost whether the reply itself lost points (rather than only earning less than the best)
     * @param why the scorer's reason in the trainee's words, if there is one
     */
    public record Highlight(int seq, Criterion criterion, int points, boolean lost, @Nullable String why) {
    }

    /**
     * The same finding of one typed reply, once: every span the scorer marked for it quoted together.
     *
     * @param quotes the marked words, each once, in reply order
     */
    public record Finding(Criterion criterion, boolean credit, @Nullable Severity severity, List<String> quotes,
            String reason) {
    }

    /** The moments that earned most, one per criterion, best first. */
    static List<Highlight> strengths(List<Debrief.Reply> replies) {
        var candidates = new ArrayList<Highlight>();
        for (Debrief.Reply r : replies) {
            for (Debrief.Point p : r.points()) {
                if (p.earned() > 0) {
                    candidates.add(new Highlight(r.seq(), p.criterion(), p.earned(), false,
                            reason(r, p.criterion(), true, p.feedback())));
                }
            }
        }
        return firstPerCriterion(candidates);
    }

    /** The moments that cost most against the best reply there, one per criterion, the biggest loss first. */
    static List<Highlight> toWorkOn(List<Debrief.Reply> replies) {
        var candidates = new ArrayList<Highlight>();
        for (Debrief.Reply r : replies) {
            for (Debrief.Point p : r.points()) {
                int lost = Math.max(p.best(), 0) - p.earned();
                if (lost > 0) {
                    boolean cost = p.earned() < 0;
                    candidates.add(new Highlight(r.seq(), p.criterion(), lost, cost,
                            reason(r, p.criterion(), false, cost ? p.feedback() : null)));
                }
            }
        }
        return firstPerCriterion(candidates);
    }

    private static List<Highlight> firstPerCriterion(List<Highlight> candidates) {
        var sorted = new ArrayList<>(candidates);
        // stable: among equal points the earlier reply (and, for work, a reply that lost points) comes first
        sorted.sort(Comparator.comparingInt((Highlight h) -> -h.points()).thenComparing(Highlight::lost,
                Comparator.reverseOrder()).thenComparingInt(Highlight::seq));
        var seen = EnumSet.noneOf(Criterion.class);
        var chosen = new ArrayList<Highlight>();
        for (Highlight h : sorted) {
            if (chosen.size() < LIMIT && seen.add(h.criterion())) {
                chosen.add(h);
            }
        }
        chosen.sort(Comparator.comparingInt(Highlight::seq));
        return List.copyOf(chosen);
    }

    /** The feedback of a chosen reply, or for a typed one the reason of its first matching mark. */
    private static @Nullable String reason(Debrief.Reply reply, Criterion criterion, boolean credit,
            @Nullable String feedback) {
        if (!reply.typed()) {
            return feedback;
        }
        return reply.marks().stream().filter(m -> m.criterion() == criterion && m.credit() == credit)
                .map(Debrief.Mark::reason).findFirst().orElse(null);
    }

    /**
     * A typed reply's marks merged: one finding per criterion, kind, severity and reason, quoting each marked span
     * once. Violations come first, then credit, each in the order the reply first earned them.
     */
    static List<Finding> findings(List<Debrief.Mark> marks) {
        record Key(Criterion criterion, boolean credit, @Nullable Severity severity, String reason) {
        }
        var sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Debrief.Mark::start));
        var grouped = new LinkedHashMap<Key, List<String>>();
        for (Debrief.Mark m : sorted) {
            var quotes = grouped.computeIfAbsent(new Key(m.criterion(), m.credit(), m.severity(), m.reason()),
                    k -> new ArrayList<>());
            if (!quotes.contains(m.text())) {
                quotes.add(m.text());
            }
        }
        var findings = new ArrayList<Finding>();
        grouped.forEach((k, quotes) -> findings.add(new Finding(k.criterion(), k.credit(), k.severity(),
                List.copyOf(quotes), k.reason())));
        findings.sort(Comparator.comparing(Finding::credit));
        return List.copyOf(findings);
    }
}
