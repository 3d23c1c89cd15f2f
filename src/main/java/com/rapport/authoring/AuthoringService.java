package com.rapport.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import com.rapport.RapportProperties;
import com.rapport.practice.AttemptService;
import com.rapport.scenario.BranchMap;
import com.rapport.scenario.Problem;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioCatalog;
import com.rapport.scenario.ScenarioFiles;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.scenario.ScenarioVersion;
import com.rapport.scenario.StrictYaml;
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

    /**
     * What came of an upload: the problems, whether the new version is now the one in use, and, when it would
     * replace the version in use, what it replaces; it goes live only with {@link #confirm}.
     */
    public record UploadResult(String scenarioId, boolean accepted, List<Problem> problems,
            @Nullable Replacement replaces, @Nullable Boolean versionInUse) {

        /**
         * @param versionInUse whether a version of the scenario is in use (and stays so when this one is refused);
         *        null when the file was refused unread, so which scenario it is is not known
         */
        public UploadResult(String scenarioId, boolean accepted, List<Problem> problems,
                @Nullable Boolean versionInUse) {
            this(scenarioId, accepted, problems, null, versionInUse);
        }
    }

    /**
     * The version in use that a valid upload would replace: its title, version, file and attempts, the uploaded
     * file's, and the line diff between the two. {@code token} confirms or cancels it.
     */
    public record Replacement(String token, String scenarioId, String title, @Nullable Integer authorVersion,
            String hash, String file, long attempts, String newTitle, @Nullable Integer newAuthorVersion,
            String newFile, List<LineDiff.Line> diff) {
    }

    private final ScenarioLibrary library;
    private final ScoringService scoring;
    private final AttemptService practice;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ScenarioFiles files;
    private final PendingUploads pending = new PendingUploads();

    AuthoringService(ScenarioLibrary library, ScoringService scoring, AttemptService practice,
            CurrentUser currentUser, ApplicationEventPublisher events, RapportProperties properties) {
        this.library = library;
        this.scoring = scoring;
        this.practice = practice;
        this.currentUser = currentUser;
        this.events = events;
        this.files = new ScenarioFiles(properties.maxScenarioBytes());
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

    /**
     * An upload as it arrives: read up to the size limit and no further (a larger one is refused unread), then as
     * {@link #upload(String, byte[])}.
     */
    public UploadResult upload(String fileName, InputStream in) throws IOException {
        return upload(fileName, -1, in);
    }

    /**
     * An upload whose size the request declares: over the limit, it is refused with that size before a byte is
     * read; otherwise read up to the limit and no further (the declared size is not trusted).
     */
    public UploadResult upload(String fileName, long declaredSize, InputStream in) throws IOException {
        requireAuthor();
        if (declaredSize > files.maxBytes()) {
            return new UploadResult(fileName, false, List.of(files.tooLarge(fileName, declaredSize)), null);
        }
        var read = files.read(fileName, in);
        if (read.content() == null) {
            return new UploadResult(fileName, false, List.of(Objects.requireNonNull(read.refused())), null);
        }
        return upload(fileName, read.content());
    }

    /**
     * Validates an uploaded file in full. A version with errors is kept for the record and never used; a valid one
     * goes live at once unless a version of that scenario is in use: then nothing changes until {@link #confirm}.
     */
    public UploadResult upload(String fileName, byte[] content) {
        requireAuthor();
        if (content.length > files.maxBytes()) {
            return new UploadResult(fileName, false, List.of(files.tooLarge(fileName, content.length)), null);
        }
        var report = validator().validate(fileName, content);
        Scenario scenario = report.scenario();
        String hash = StrictYaml.sha256(content);
        var inUse = scenario == null ? Optional.<ScenarioCatalog.Entry>empty() : library.find(scenario.id());
        if (scenario != null && inUse.isPresent() && !inUse.get().version().equals(hash)) {
            String token = pending.hold(new PendingUploads.Pending(currentUser.username(), fileName, content,
                    inUse.get().version()));
            return new UploadResult(scenario.id(), false, report.problems(),
                    replacement(token, inUse.get(), scenario, fileName, content), true);
        }
        return store(fileName, content, report, false);
    }

    /**
     * Puts live an upload that replaces the version in use, as its uploader confirmed. Refused when the token is
     * unknown, not the current user's, or the version in use changed since the upload was shown.
     */
    public UploadResult confirm(String token) {
        requireAuthor();
        var upload = pending.take(token, currentUser.username())
                .orElseThrow(() -> new AccessDeniedException("No upload waits for confirmation under this token"));
        var report = validator().validate(upload.fileName(), upload.content());
        Scenario scenario = Objects.requireNonNull(report.scenario(), "a held upload was valid");
        String now = library.find(scenario.id()).map(ScenarioCatalog.Entry::version).orElse("");
        if (!now.equals(upload.replacesHash())) {
            return new UploadResult(scenario.id(), false, List.of(new Problem(upload.fileName(), 1, 1,
                    Problem.Severity.ERROR, "the version of '" + scenario.id() + "' in use changed since this upload"
                            + " was shown; nothing was replaced: upload the file again to compare it with the new one")),
                    true);
        }
        return store(upload.fileName(), upload.content(), report, true);
    }

    /**
     * Checks scenario text as the editor holds it, exactly as an upload of it would be checked: the size limit, the
     * parser's rules and the examples scored with the rubric. Nothing is stored.
     */
    public List<Problem> check(String fileName, String text) {
        requireAuthor();
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        if (content.length > files.maxBytes()) {
            return List.of(files.tooLarge(fileName, content.length));
        }
        return validator().validate(fileName, content).problems();
    }

    /** Saves the editor's text as a new version: an upload of it, with the same checks and confirmation. */
    public UploadResult saveEdited(String fileName, String text) {
        return upload(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Readies the editor's text for a playtest without saving it as a version: when it has no errors it is kept as
     * a draft (never in use, never in the catalogue; saving the same text later makes it a version) so the play
     * engine can play it, and its scenario id and hash are returned for {@code PlayService.startVersion}.
     */
    public Draft draft(String fileName, String text) {
        requireAuthor();
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        if (content.length > files.maxBytes()) {
            return new Draft(null, null, List.of(files.tooLarge(fileName, content.length)));
        }
        var report = validator().validate(fileName, content);
        Scenario scenario = report.scenario();
        if (scenario == null) {
            return new Draft(null, null, report.problems());
        }
        var stored = library.store(fileName, content, ScenarioVersion.Source.DRAFT, currentUser.username(),
                report.problems(), scenario);
        return new Draft(stored.scenarioId(), stored.hash(), report.problems());
    }

    /** Editor text ready to playtest (scenario id and version hash), or, when it has errors, just its problems. */
    public record Draft(@Nullable String scenarioId, @Nullable String hash, List<Problem> problems) {
    }

    /** The size limit of a scenario file ({@code rapport.max-scenario-bytes}), for the upload's own check. */
    public int maxScenarioBytes() {
        return files.maxBytes();
    }

    /** Drops an upload waiting for confirmation: nothing of it is stored. */
    public void cancel(String token) {
        requireAuthor();
        pending.take(token, currentUser.username());
    }

    private UploadResult store(String fileName, byte[] content, ScenarioValidator.Report report,
            boolean replacedInUse) {
        Scenario scenario = report.scenario();
        boolean wasInUse = scenario != null && library.find(scenario.id())
                .filter(e -> e.version().equals(StrictYaml.sha256(content))).isPresent();
        var stored = library.store(fileName, content, ScenarioVersion.Source.UPLOAD, currentUser.username(),
                report.problems(), scenario);
        boolean accepted = stored.valid() && stored.inUse();
        if (accepted && scenario != null && !wasInUse) {
            events.publishEvent(new ScenarioPublished(stored.scenarioId(), stored.hash(), scenario.title(),
                    currentUser.username(), replacedInUse));
        }
        return new UploadResult(stored.scenarioId(), accepted, report.problems(),
                library.find(stored.scenarioId()).isPresent());
    }

    private Replacement replacement(String token, ScenarioCatalog.Entry inUse, Scenario upload, String fileName,
            byte[] content) {
        String before = library.content(upload.id(), inUse.version()).orElse("");
        long attempts = practice.attemptCountsByScenario().getOrDefault(upload.id(), 0L);
        return new Replacement(token, upload.id(), inUse.scenario().title(), inUse.scenario().version(),
                inUse.version(), inUse.file(), attempts, upload.title(), upload.version(), fileName,
                LineDiff.of(before, new String(content, StandardCharsets.UTF_8)));
    }

    private ScenarioValidator validator() {
        return new ScenarioValidator(scoring.scorer(), files.maxBytes());
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
