package com.rapport.team;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A manager's team: the trainees whose progress and attempts that manager reviews. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 100)
    private String manager;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "username", length = 100)
    private Set<String> members = new LinkedHashSet<>();

    protected Team() {
        this.name = "";
        this.manager = "";
    }

    Team(String name, String manager) {
        this.name = name;
        this.manager = manager;
    }

    void add(String username) {
        members.add(username);
    }

    void remove(String username) {
        members.remove(username);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getManager() {
        return manager;
    }

    void setManager(String manager) {
        this.manager = manager;
    }

    public Set<String> getMembers() {
        return Set.copyOf(members);
    }
}
