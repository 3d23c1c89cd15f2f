package com.rapport.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;
import com.rapport.scoring.Severity;

/** A span of a typed reply that earned credit or cost points, with the signal that fired and why. */
@Embeddable
public class TurnEvidence {

    public enum Kind {
        CREDIT, VIOLATION
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Criterion criterion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private @Nullable Severity severity;

    @Column(name = "span_start", nullable = false)
    private int start;

    @Column(name = "span_end", nullable = false)
    private int end;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(nullable = false, length = 100)
    private String signal;

    @Column(nullable = false, length = 1000)
    private String reason;

    protected TurnEvidence() {
        this.criterion = Criterion.EMPATHY;
        this.kind = Kind.CREDIT;
        this.text = "";
        this.signal = "";
        this.reason = "";
    }

    TurnEvidence(Criterion criterion, Kind kind, @Nullable Severity severity, int start, int end, String text,
            String signal, String reason) {
        this.criterion = criterion;
        this.kind = kind;
        this.severity = severity;
        this.start = start;
        this.end = end;
        this.text = text;
        this.signal = signal;
        this.reason = reason;
    }

    /** The rows to store for the highlighted spans of a typed reply. */
    static java.util.List<TurnEvidence> of(com.rapport.scoring.MomentScore moment) {
        return moment.marks().stream().map(m -> new TurnEvidence(m.criterion(), m.credit() ? Kind.CREDIT
                : Kind.VIOLATION, m.severity(), m.start(), m.end(), m.text(), m.signal(), m.reason())).toList();
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public Kind getKind() {
        return kind;
    }

    public @Nullable Severity getSeverity() {
        return severity;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public String getText() {
        return text;
    }

    public String getSignal() {
        return signal;
    }

    public String getReason() {
        return reason;
    }
}
