package com.rapport.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One exchange: what the patient said, what the trainee answered, and how that answer was scored. */
@Entity
@Table(name = "turn")
public class Turn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id")
    private @Nullable Attempt attempt;

    @Column(nullable = false)
    private int seq;

    @Column(name = "node_id", nullable = false, length = 100)
    private String nodeId;

    @Column(name = "patient_line", nullable = false, length = 4000)
    private String patientLine;

    @Column(name = "choice_id", nullable = false, length = 100)
    private String choiceId;

    @Column(name = "reply_text", nullable = false, length = 4000)
    private String replyText;

    @Column(name = "mood_before", nullable = false)
    private int moodBefore;

    @Column(name = "mood_after", nullable = false)
    private int moodAfter;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Read with the turns, for up to 100 turns in one query (an attempt's replies are read together). */
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "turn_score", joinColumns = @JoinColumn(name = "turn_id"))
    @OrderColumn(name = "position")
    private List<TurnScore> scores = new ArrayList<>();

    /** CHOICE: the trainee picked a reply; TYPED: they wrote their own. */
    public enum Kind {
        CHOICE, TYPED
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind = Kind.CHOICE;

    @Column(length = 100)
    private @Nullable String intent;

    /** Points this reply left on the table: the best it could have earned minus what it earned, over its criteria. */
    @Column(name = "points_lost", nullable = false)
    private int pointsLost;

    @Column
    private @Nullable Double confidence;

    @ElementCollection(fetch = FetchType.LAZY)
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "turn_evidence", joinColumns = @JoinColumn(name = "turn_id"))
    @OrderColumn(name = "position")
    private List<TurnEvidence> evidence = new ArrayList<>();

    protected Turn() {
        this.nodeId = "";
        this.patientLine = "";
        this.choiceId = "";
        this.replyText = "";
        this.createdAt = Instant.EPOCH;
    }

    Turn(Attempt attempt, int seq, String nodeId, String patientLine, String choiceId, String replyText,
            int moodBefore, int moodAfter, List<TurnScore> scores, Instant createdAt) {
        this.attempt = attempt;
        this.seq = seq;
        this.nodeId = nodeId;
        this.patientLine = patientLine;
        this.choiceId = choiceId;
        this.replyText = replyText;
        this.moodBefore = moodBefore;
        this.moodAfter = moodAfter;
        this.scores = new ArrayList<>(scores);
        this.pointsLost = scores.stream().mapToInt(s -> Math.max(0, s.getBestPoints() - s.getPoints())).sum();
        this.createdAt = createdAt;
    }

    /** A typed reply, with the intent it matched (null when it matched none) and its scoring evidence. */
    static Turn typed(Attempt attempt, int seq, String nodeId, String patientLine, String replyText, int moodBefore,
            int moodAfter, List<TurnScore> scores, @Nullable String intent, double confidence,
            List<TurnEvidence> evidence, Instant createdAt) {
        var turn = new Turn(attempt, seq, nodeId, patientLine, intent == null ? "(no match)" : intent, replyText,
                moodBefore, moodAfter, scores, createdAt);
        turn.kind = Kind.TYPED;
        turn.intent = intent;
        turn.confidence = confidence;
        turn.evidence = new ArrayList<>(evidence);
        return turn;
    }

    public Kind getKind() {
        return kind;
    }

    public @Nullable String getIntent() {
        return intent;
    }

    public @Nullable Double getConfidence() {
        return confidence;
    }

    public List<TurnEvidence> getEvidence() {
        return List.copyOf(evidence);
    }

    public int getSeq() {
        return seq;
    }

    public String getNodeId() {
        return nodeId;
    }

    public String getPatientLine() {
        return patientLine;
    }

    public String getChoiceId() {
        return choiceId;
    }

    public String getReplyText() {
        return replyText;
    }

    public int getMoodBefore() {
        return moodBefore;
    }

    public int getMoodAfter() {
        return moodAfter;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<TurnScore> getScores() {
        return List.copyOf(scores);
    }

    public int getPointsLost() {
        return pointsLost;
    }
}
