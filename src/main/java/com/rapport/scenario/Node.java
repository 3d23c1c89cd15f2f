package com.rapport.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A point in the conversation: the patient speaks (a line per mood band, if the author wants), and the trainee
 * chooses a reply or types their own (or both). A node with {@code goto} instead says nothing and jumps at once to
 * the first branch whose condition holds. In format 1.1 other people in the scene may speak too ({@code lines},
 * after the patient's line), and a reply timer may put the trainee under a phone queue's pressure.
 */
public record Node(@Nullable String narrator, @Nullable String patient, @Nullable Map<String, String> patientByMood,
        @Nullable List<Utterance> lines, @Nullable List<Choice> choices, @Nullable FreeText freeText,
        @Nullable ReplyTimer replyTimer, @Nullable List<Jump> jumps) {

    /** A node as format 1.0 writes it: the persona alone speaks, and there is no reply timer. */
    public Node(@Nullable String narrator, @Nullable String patient, @Nullable Map<String, String> patientByMood,
            @Nullable List<Choice> choices, @Nullable FreeText freeText, @Nullable List<Jump> jumps) {
        this(narrator, patient, patientByMood, null, choices, freeText, null, jumps);
    }

    /** A branch of an automatic jump; the last one usually has no condition. */
    public record Jump(@Nullable String when, String next) {
    }

    public boolean isJump() {
        return jumps != null && !jumps.isEmpty();
    }

    public List<Jump> jumpList() {
        return jumps == null ? List.of() : jumps;
    }

    /** What the patient says at this mood: the band's own line if the author wrote one, else the plain line. */
    public String lineFor(Mood mood) {
        if (patientByMood != null && patientByMood.containsKey(mood.band())) {
            return patientByMood.get(mood.band());
        }
        return patient == null ? "" : patient;
    }

    /** The other voices at this moment, in order (format 1.1); empty when the persona alone speaks. */
    public List<Utterance> lineList() {
        return lines == null ? List.of() : lines;
    }

    public List<Choice> choiceList() {
        return choices == null ? List.of() : choices;
    }

    /**
     * What choosing a reply here earns: a point per criterion that any reply at this node scores (in rubric
     * order), the chosen reply's points (its effects on one criterion added up, 0 where it has none) against the
     * best that any reply here earns on it.
     */
    public List<ScoredPoint> pointsFor(Choice chosen) {
        var best = new java.util.EnumMap<Criterion, Integer>(Criterion.class);
        choiceList().forEach(c -> c.effects().forEach(e -> best.merge(e.criterion(), Math.max(0, e.points()),
                Math::max)));
        var earned = new java.util.EnumMap<Criterion, Integer>(Criterion.class);
        chosen.effects().forEach(e -> earned.merge(e.criterion(), e.points(), Integer::sum));
        return best.entrySet().stream()
                .map(e -> new ScoredPoint(e.getKey(), earned.getOrDefault(e.getKey(), 0), e.getValue())).toList();
    }

    /** The choice with the most rubric points in total, if exactly one has the most (and there are two or more). */
    public java.util.Optional<Choice> bestChoice() {
        var choices = choiceList();
        if (choices.size() < 2) {
            return java.util.Optional.empty();
        }
        int most = choices.stream().mapToInt(Choice::totalPoints).max().orElseThrow();
        var best = choices.stream().filter(c -> c.totalPoints() == most).toList();
        return best.size() == 1 ? java.util.Optional.of(best.getFirst()) : java.util.Optional.empty();
    }

    public boolean allowsTyping() {
        return freeText != null;
    }

    /** Every node or ending this node can lead to, through a choice or a typed reply's intent. */
    public List<String> targets() {
        var targets = new ArrayList<String>();
        choiceList().forEach(c -> targets.add(c.next()));
        if (freeText != null) {
            freeText.intents().forEach(i -> targets.add(i.next()));
        }
        jumpList().forEach(j -> targets.add(j.next()));
        return targets;
    }
}
