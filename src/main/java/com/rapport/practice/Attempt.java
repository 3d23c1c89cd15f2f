package com.rapport.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Outcome;
import com.rapport.scenario.Tier;

/**
 * One play of one scenario by one trainee. It remembers the exact scenario version it was played on and keeps
 * every turn, so its debrief stays true after the scenario file changes.
 */
@Entity
@Table(name = "attempt")
public class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "scenario_id", nullable = false, length = 100)
    private String scenarioId;

    @Column(name = "scenario_version", nullable = false, length = 64)
    private String scenarioVersion;

    @Column(name = "scenario_title", nullable = false)
    private String scenarioTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Tier tier;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    @Column(name = "current_node", length = 100)
    private @Nullable String currentNode;

    @Column(nullable = false)
    private int mood;

    @Column(name = "ending_id", length = 100)
    private @Nullable String endingId;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private @Nullable Outcome outcome;

    @Column(name = "score_percent")
    private @Nullable Integer scorePercent;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(name = "ending_line", length = 4000)
    private @Nullable String endingLine;

    @Column(name = "ending_debrief", length = 8000)
    private @Nullable String endingDebrief;

    @Column(name = "ending_models", length = 8000)
    private @Nullable String endingModels;

    @Column(name = "critical_violation", nullable = false)
    private boolean criticalViolation;

    /** The call's variables: names of flags that are true, and counters as name=value, comma-separated. */
    @Column(length = 1000)
    private @Nullable String flags;

    /** When the moment the attempt stands at was shown; a reply timer counts from here. */
    @Column(name = "moment_shown_at")
    private @Nullable Instant momentShownAt;

    /** What the patient said last when it is not the node's own line (after a reply matched no intent). */
    @Column(name = "pending_line", length = 4000)
    private @Nullable String pendingLine;

    @Column(name = "reviewed_score")
    private @Nullable Integer reviewedScore;

    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.LAZY)
    @org.hibernate.annotations.BatchSize(size = 100)
    @jakarta.persistence.CollectionTable(name = "attempt_criterion",
            joinColumns = @jakarta.persistence.JoinColumn(name = "attempt_id"))
    private List<CriterionResult> criterionResults = new ArrayList<>();

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<Turn> turns = new ArrayList<>();

    protected Attempt() {
        this.username = "";
        this.scenarioId = "";
        this.scenarioVersion = "";
        this.scenarioTitle = "";
        this.tier = Tier.ENTRY;
        this.startedAt = Instant.EPOCH;
    }

    Attempt(String username, String scenarioId, String scenarioVersion, String scenarioTitle, Tier tier,
            String startNode, int mood, int passMark, Instant startedAt) {
        this.username = username;
        this.scenarioId = scenarioId;
        this.scenarioVersion = scenarioVersion;
        this.scenarioTitle = scenarioTitle;
        this.tier = tier;
        this.currentNode = startNode;
        this.mood = mood;
        this.passMark = passMark;
        this.startedAt = startedAt;
    }

    Turn addTurn(Turn turn) {
        turns.add(turn);
        return turn;
    }

    /**
     * Where the conversation stands after a reply: its node, the call's flags and counters, and the mood; the new
     * moment is shown {@code at} this time.
     */
    void continueAs(com.rapport.scenario.Conversation conversation, Instant at) {
        this.momentShownAt = at;
        this.currentNode = conversation.at();
        this.mood = conversation.mood();
        this.pendingLine = null;
        store(conversation.flags(), conversation.counters());
    }

    /** The patient asks again at the same node (the typed reply matched no intent). */
    void stayWith(String patientLine, int newMood) {
        this.pendingLine = patientLine;
        this.mood = newMood;
    }

    private void store(java.util.Set<String> on, java.util.Map<String, Integer> counters) {
        var parts = new java.util.ArrayList<String>(on);
        counters.forEach((name, value) -> parts.add(name + "=" + value));
        this.flags = parts.isEmpty() ? null : String.join(",", parts);
    }

    public java.util.Map<String, Integer> getCounters() {
        var map = new java.util.TreeMap<String, Integer>();
        if (flags != null && !flags.isBlank()) {
            for (String part : flags.split(",")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    map.put(part.substring(0, eq), Integer.parseInt(part.substring(eq + 1)));
                }
            }
        }
        return map;
    }

    void recordCriticalViolation() {
        this.criticalViolation = true;
    }

    public java.util.Map<String, Boolean> getFlags() {
        var map = new java.util.TreeMap<String, Boolean>();
        if (flags != null && !flags.isBlank()) {
            for (String name : flags.split(",")) {
                if (name.indexOf('=') < 0) {
                    map.put(name, true);
                }
            }
        }
        return map;
    }

    /**
     * When the moment the attempt stands at was shown: as stored, or for an attempt from before that was stored,
     * its last reply's time (or its start). A reply not understood does not move it.
     */
    public Instant getMomentShownAt() {
        if (momentShownAt != null) {
            return momentShownAt;
        }
        return turns.isEmpty() ? startedAt : turns.getLast().getCreatedAt();
    }

    public @Nullable String getPendingLine() {
        return pendingLine;
    }

    public boolean hasCriticalViolation() {
        return criticalViolation;
    }

    public java.util.List<String> getEndingModels() {
        return endingModels == null || endingModels.isBlank() ? java.util.List.of()
                : java.util.List.of(endingModels.split("\n"));
    }

    void finish(String endingId, Outcome outcome, @Nullable String line, String debrief,
            java.util.List<String> models, int newMood, int scorePercent,
            java.util.List<com.rapport.scoring.CriterionScore> criteria, Instant at) {
        this.criterionResults = new ArrayList<>(criteria.stream()
                .map(c -> new CriterionResult(c.criterion(), c.percent())).toList());
        this.currentNode = null;
        this.pendingLine = null;
        this.endingModels = models.isEmpty() ? null : String.join("\n", models);
        this.endingId = endingId;
        this.outcome = outcome;
        this.endingLine = line;
        this.endingDebrief = debrief;
        this.mood = newMood;
        this.scorePercent = scorePercent;
        this.finishedAt = at;
    }

    public boolean isFinished() {
        return finishedAt != null;
    }

    /** Passed: finished at or above the pass mark (as a reviewer may have corrected it), with no critical violation. */
    public boolean isPassed() {
        Integer score = getEffectiveScore();
        return score != null && score >= passMark && !criticalViolation;
    }

    /** The score that counts: a reviewer's override if there is one, else the score the rubric gave. */
    public @Nullable Integer getEffectiveScore() {
        return reviewedScore != null ? reviewedScore : scorePercent;
    }

    public @Nullable Integer getReviewedScore() {
        return reviewedScore;
    }

    void review(int newScore) {
        this.reviewedScore = newScore;
    }

    /** Per criterion, what the attempt scored when it finished, and any reviewer's correction. */
    public List<CriterionResult> getCriterionResults() {
        return List.copyOf(criterionResults);
    }

    void reviewCriterion(com.rapport.scenario.Criterion criterion, int percent) {
        var list = new ArrayList<CriterionResult>();
        boolean found = false;
        for (CriterionResult r : criterionResults) {
            if (r.getCriterion() == criterion) {
                list.add(r.reviewed(percent));
                found = true;
            } else {
                list.add(r);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("This attempt has no " + criterion.id() + " score to correct");
        }
        this.criterionResults = list;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getScenarioId() {
        return scenarioId;
    }

    public String getScenarioVersion() {
        return scenarioVersion;
    }

    public String getScenarioTitle() {
        return scenarioTitle;
    }

    public Tier getTier() {
        return tier;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getFinishedAt() {
        return finishedAt;
    }

    public @Nullable String getCurrentNode() {
        return currentNode;
    }

    public int getMood() {
        return mood;
    }

    public @Nullable String getEndingId() {
        return endingId;
    }

    public @Nullable Outcome getOutcome() {
        return outcome;
    }

    public @Nullable Integer getScorePercent() {
        return scorePercent;
    }

    public @Nullable String getEndingLine() {
        return endingLine;
    }

    public @Nullable String getEndingDebrief() {
        return endingDebrief;
    }

    public int getPassMark() {
        return passMark;
    }

    public List<Turn> getTurns() {
        return List.copyOf(turns);
    }
}
