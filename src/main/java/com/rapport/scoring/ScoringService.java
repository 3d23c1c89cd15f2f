package com.rapport.scoring;

import java.time.Clock;
import java.time.Year;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.rapport.RapportProperties;
import com.rapport.scenario.Choice;
import com.rapport.scenario.Node;
import com.rapport.scenario.Problem;
import com.rapport.scenario.Scenario;

/**
 * Scores typed replies with the rubric from the scenarios folder (or the built-in one if that file does not load)
 * and the sentence-embedding model, both loaded once at start.
 */
@Service
public class ScoringService {

    private static final Logger log = LoggerFactory.getLogger(ScoringService.class);

    private final Scorer scorer;
    private final RubricLoader.Loaded loaded;
    private final Clock clock;

    private final io.micrometer.core.instrument.Timer scoringTime;
    private final io.micrometer.core.instrument.Counter typedReplies;
    private final io.micrometer.core.instrument.Counter chosenReplies;
    private final java.util.concurrent.CompletableFuture<Void> modelLoaded;

    ScoringService(RapportProperties properties, io.micrometer.core.instrument.MeterRegistry meters, Clock clock) {
        this.clock = clock;
        this.scoringTime = io.micrometer.core.instrument.Timer.builder("rapport.scoring")
                .description("Time to score one typed reply in full").publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
        this.typedReplies = io.micrometer.core.instrument.Counter.builder("rapport.replies").tag("kind", "typed")
                .description("Replies played (every reply is scored once)").register(meters);
        this.chosenReplies = io.micrometer.core.instrument.Counter.builder("rapport.replies").tag("kind", "choice")
                .description("Replies played (every reply is scored once)").register(meters);
        this.loaded = RubricLoader.load(properties.scenariosDir());
        loaded.problems().forEach(p -> log.error("Rubric: {}", p));
        log.info("Scoring with the rubric from {}", loaded.source());
        var embedder = new MiniLmEmbedder();
        this.scorer = new Scorer(loaded.rubric(), embedder);
        // Load the model beside the rest of the start (it takes seconds), not on the main thread; anything that
        // embeds before it is ready waits for it. Readiness stays down until it is loaded.
        this.modelLoaded = embedder.loadInBackground();
    }

    /** Whether the sentence model is loaded (true), still loading (false); failed loads throw when scoring. */
    public boolean modelReady() {
        return modelLoaded.isDone() && !modelLoaded.isCompletedExceptionally();
    }

    /**
     * A typed reply as it may be scored and kept: real-looking personal identifiers replaced by tags, the scenario's
     * own made-up facts kept (see {@link Redactor}). Call it before scoring, so what is scored is what is stored.
     */
    public Redactor.Result redact(String reply, @Nullable Scenario scenario) {
        Year year = Year.now(clock);
        if (scenario == null) {
            return Redactor.of(null, year).redact(reply);
        }
        // building a redactor reads every string of the scenario, which cost more than scoring the reply (JFR): one
        // per scenario, kept while its version (one Scenario object per version) and the year stay the same
        Redactors built = redactors.get(scenario.id());
        if (built == null || built.scenario() != scenario || !built.year().equals(year)) {
            built = new Redactors(scenario, year, Redactor.of(scenario, year));
            redactors.put(scenario.id(), built);
        }
        return built.redactor().redact(reply);
    }

    private record Redactors(Scenario scenario, Year year, Redactor redactor) {
    }

    private final java.util.Map<String, Redactors> redactors = new java.util.concurrent.ConcurrentHashMap<>();

    public ReplyScore score(String reply, ReplyContext context) {
        return scorer.score(reply, context);
    }

    /** A typed reply at its moment, scored in full: levels, points, evidence, the patient's reaction. */
    public MomentScore scoreTyped(String reply, ReplyContext context) {
        typedReplies.increment();
        return scoringTime.record(() -> scorer.scoreMoment(reply, context));
    }

    /** A chosen reply at its node: the points its author gave it against the best choice there. */
    public MomentScore scoreChoice(Node node, Choice choice) {
        chosenReplies.increment();
        return MomentPoints.forChoice(node, choice);
    }

    /** The level a reply gets on a criterion when nothing in it touches that criterion. */
    public int baseline(com.rapport.scenario.Criterion criterion) {
        return scorer.baseline(criterion);
    }

    /** The shared scorer, for checks that score many replies (scenario examples). */
    public Scorer scorer() {
        return scorer;
    }

    public Rubric rubric() {
        return loaded.rubric();
    }

    /** Problems in the trainers' rubric file; when there are errors the built-in rubric is in use. */
    public List<Problem> problems() {
        return loaded.problems();
    }
}
