package com.rapport.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import com.rapport.practice.AttemptService;
import com.rapport.scenario.BranchMap;
import com.rapport.scenario.Problem;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.scenario.ScenarioVersion;
import com.rapport.scenario.Tier;
import com.rapport.scoring.ScoringService;
import com.rapport.security.CurrentUser;
import com.rapport.security.Role;

/**
 * What trainers do with the library: see every scenario and its state, upload a new version (validated in full,
 * examples included; a version with errors is kept for the record but never used), download and compare versions,
 * and draw a scenario's branch map. Only trainers and admins may call it.
 */
@Service
public class AuthoringService {

    /** One scenario as the library grid shows it. */
    public record LibraryRow(String id, String title, Tier tier, @Nullable Integer authorVersion, String hash,
            String file, int warnings, int versions, long attempts, int nodes) {
    }

    /** What came of an upload: the problems, and whether the new version is now the one in use. */
    public record UploadResult(String scenarioId, boolean accepted, List<Problem> problems) {
    }

    private final ScenarioLibrary library;
    private final ScoringService scoring;
    private final AttemptService practice;
    private final CurrentUser currentUser;

    AuthoringService(ScenarioLibrary library, ScoringService scoring, AttemptService practice,
            CurrentUser currentUser) {
        this.library = library;
        this.scoring = scoring;
        this.practice = practice;
        this.currentUser = currentUser;
    }

    private void requireAuthor() {
        if (!currentUser.has(Role.TRAINER) && !currentUser.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only trainers and admins manage the scenario library");
        }
    }

    public List<LibraryRow> library() {
        requireAuthor();
        Map<String, Long> attempts = practice.attemptCountsByScenario();
        var rows = new ArrayList<LibraryRow>();
        for (var entry : library.all()) {
            Scenario s = entry.scenario();
            var versions = library.versions(s.id());
            int warnings = versions.stream().filter(v -> v.inUse() && v.problems() != null)
                    .mapToInt(v -> (int) v.problems().lines().count()).sum();
            rows.add(new LibraryRow(s.id(), s.title(), s.tier(), s.version(), entry.version(), entry.file(), warnings,
                    versions.size(), attempts.getOrDefault(s.id(), 0L), s.nodes().size()));
        }
        return rows;
    }

    /** Problems in the scenarios folder and the rubric at the last start. */
    public List<Problem> importProblems() {
        requireAuthor();
        var all = new ArrayList<>(library.importProblems());
        all.addAll(scoring.problems());
        return all;
    }

    public UploadResult upload(String fileName, byte[] content) {
        requireAuthor();
        var report = new ScenarioValidator(scoring.scorer()).validate(fileName, content);
        var stored = library.store(fileName, content, ScenarioVersion.Source.UPLOAD, currentUser.username(),
                report.problems(), report.scenario());
        return new UploadResult(stored.scenarioId(), stored.valid() && stored.inUse(), report.problems());
    }

    public List<ScenarioLibrary.VersionInfo> versions(String scenarioId) {
        requireAuthor();
        return library.versions(scenarioId);
    }

    public Optional<String> content(String scenarioId, String hash) {
        requireAuthor();
        return library.content(scenarioId, hash);
    }

    public List<LineDiff.Line> diff(String scenarioId, String olderHash, String newerHash) {
        requireAuthor();
        String before = library.content(scenarioId, olderHash).orElse("");
        String after = library.content(scenarioId, newerHash).orElse("");
        return LineDiff.of(before, after);
    }

    /** The branch map of a version as SVG; empty when that version does not parse. */
    public Optional<String> branchMap(String scenarioId, String hash) {
        requireAuthor();
        return library.find(scenarioId, hash).map(s -> BranchMap.svg(s, s.reachable()));
    }

}
