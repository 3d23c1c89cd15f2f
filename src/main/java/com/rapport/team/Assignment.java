package com.rapport.team;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A scenario a manager asked one trainee to practise by a date. */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "scenario_id", nullable = false, length = 100)
    private String scenarioId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "assigned_by", nullable = false, length = 100)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected Assignment() {
        this.username = "";
        this.scenarioId = "";
        this.dueOn = LocalDate.EPOCH;
        this.assignedBy = "";
        this.assignedAt = Instant.EPOCH;
    }

    Assignment(String username, String scenarioId, LocalDate dueOn, String assignedBy, Instant assignedAt) {
        this.username = username;
        this.scenarioId = scenarioId;
        this.dueOn = dueOn;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
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

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
