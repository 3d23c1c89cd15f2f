package com.rapport.scenario;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One version of a scenario file as the library keeps it: the exact content, where it came from, and its state. */
@Entity
@Table(name = "scenario_version")
public class ScenarioVersion {

    /**
     * Where a version came from. A {@code DRAFT} is text from the library's editor kept only so a trainer can
     * playtest it: never put in use unless it is saved (uploaded) later.
     */
    public enum Source {
        FILE, UPLOAD, DRAFT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "scenario_id", nullable = false, length = 100)
    private String scenarioId;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false, length = 600000)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Source source;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean valid;

    @Column(length = 100000)
    private @Nullable String problems;

    @Column(name = "in_use", nullable = false)
    private boolean inUse;

    protected ScenarioVersion() {
        this.scenarioId = "";
        this.contentHash = "";
        this.fileName = "";
        this.content = "";
        this.source = Source.FILE;
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    ScenarioVersion(String scenarioId, String contentHash, String fileName, String content, Source source,
            String createdBy, Instant createdAt, boolean valid, @Nullable String problems) {
        this.scenarioId = scenarioId;
        this.contentHash = contentHash;
        this.fileName = fileName;
        this.content = content;
        this.source = source;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.valid = valid;
        this.problems = problems;
    }

    void setInUse(boolean inUse) {
        this.inUse = inUse;
    }

    /** A draft saved for good: it came from where it was saved now. */
    void saved(Source from) {
        if (source == Source.DRAFT) {
            this.source = from;
        }
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getScenarioId() {
        return scenarioId;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContent() {
        return content;
    }

    public Source getSource() {
        return source;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isValid() {
        return valid;
    }

    public @Nullable String getProblems() {
        return problems;
    }

    public boolean isInUse() {
        return inUse;
    }
}
