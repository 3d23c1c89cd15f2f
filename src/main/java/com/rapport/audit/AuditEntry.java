package com.rapport.audit;

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

/** One line of the audit log. Written once, never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(nullable = false, updatable = false, length = 200)
    private String target;

    @Column(updatable = false, length = 64)
    private @Nullable String address;

    @Column(nullable = false, updatable = false, length = 1000)
    private String detail;

    protected AuditEntry() {
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.action = AuditAction.SIGN_IN;
        this.target = "";
        this.detail = "";
    }

    AuditEntry(Instant occurredAt, String actor, AuditAction action, String target, @Nullable String address,
            String detail) {
        this.occurredAt = occurredAt;
        this.actor = clip(actor, 100);
        this.action = action;
        this.target = clip(target, 200);
        this.address = address == null ? null : clip(address, 64);
        this.detail = clip(detail, 1000);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public String getDetail() {
        return detail;
    }
}
