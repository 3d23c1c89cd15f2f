package com.rapport.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.rapport.RapportProperties;
import com.rapport.practice.PlayState;
import com.rapport.AppClock;
import com.rapport.practice.AttemptService;
import com.rapport.practice.PlayService;
import com.rapport.scenario.Choice;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.Node;
import com.rapport.scenario.RubricEffect;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.scenario.Tier;
import com.rapport.security.AccountService;
import com.rapport.security.Role;
import com.rapport.team.TeamService;

/**
 * With the demo accounts on, gives the demo manager a team on first start: the demo trainee and five more, each
 * with weeks of attempts played through the real scenarios and scorer. Each demo trainee has a skill level and
 * a weak criterion, so the dashboard has someone to coach on HIPAA, someone on empathy, and someone ready to
 * move up. The less skilled now and then leave a conversation unfinished. Deterministic: the same seed gives the
 * same history.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    static final String MANAGER = "manager";
    static final String TEAM = "Patient Relations: front desk and phones";

    /** A demo trainee: how often they pick the best reply, what they get wrong, how much they have practised. */
    record Profile(String username, String name, double skill, @Nullable Criterion weakness, int attempts,
            Tier reach) {
    }

    static final List<Profile> PROFILES = List.of(
            new Profile("trainee", "Taylor Trainee", 0.7, null, 3, Tier.ENTRY),
            new Profile("sam", "Sam Ortiz", 0.5, Criterion.HIPAA, 9, Tier.MID),
            new Profile("priya", "Priya Nair", 0.92, null, 14, Tier.SENIOR),
            new Profile("jordan", "Jordan Lee", 0.65, Criterion.EMPATHY, 8, Tier.MID),
            new Profile("maria", "Maria Gomez", 0.8, Criterion.PLAIN_LANGUAGE, 11, Tier.MID),
            new Profile("chris", "Chris Walker", 0.6, Criterion.PROFESSIONALISM, 5, Tier.ENTRY));

    private final RapportProperties properties;
    private final boolean enabled;
    private final AccountService accounts;
    private final TeamService teams;
    private final PlayService play;
    private final AttemptService attempts;
    private final ScenarioLibrary library;
    private final TransactionTemplate tx;
    private final AppClock clock;

    DemoHistory(RapportProperties properties, @Value("${rapport.demo-history:true}") boolean enabled,
            AccountService accounts, TeamService teams, PlayService play, AttemptService attempts,
            ScenarioLibrary library, PlatformTransactionManager transactions, AppClock clock) {
        this.properties = properties;
        this.enabled = enabled;
        this.accounts = accounts;
        this.teams = teams;
        this.play = play;
        this.attempts = attempts;
        this.library = library;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void seed() {
        if (!properties.demoUsers() || !enabled || accounts.find(MANAGER).isEmpty()
                || accounts.find(PROFILES.get(1).username()).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        for (Profile p : PROFILES) {
            if (accounts.find(p.username()).isEmpty()) {
                accounts.create(p.username(), "rapport", p.name(), Role.TRAINEE);
            }
        }
        as(MANAGER, Role.MANAGER, () -> teams.createTeam(TEAM, MANAGER,
                PROFILES.stream().map(Profile::username).toList()));
        var random = new Random(20261127L);
        int played = 0;
        for (Profile p : PROFILES) {
            played += history(p, random);
        }
        var entry = scenariosUpTo(Tier.ENTRY);
        if (!entry.isEmpty()) {
            var today = java.time.LocalDate.now(clock);
            as(MANAGER, Role.MANAGER, () -> teams.assign(PROFILES.stream().map(Profile::username).toList(),
                    entry.getFirst().id(), today.plusDays(7)));
            as(MANAGER, Role.MANAGER, () -> teams.assign(List.of("chris", "jordan"),
                    entry.getLast().id(), today.minusDays(2)));
        }
        log.info("Created the demo team '{}' for '{}': {} trainees, {} attempts played through the scorer in {} ms",
                TEAM, MANAGER, PROFILES.size(), played, (System.nanoTime() - started) / 1_000_000);
    }

    private List<Scenario> scenariosUpTo(Tier tier) {
        return library.all().stream().map(e -> e.scenario()).filter(s -> s.tier().compareTo(tier) <= 0)
                .sorted(Comparator.comparing(Scenario::tier).thenComparing(Scenario::id)).toList();
    }

    /**
     * Plays a trainee's attempts, spread over the last six weeks, the way a trainee follows the tiers: scenarios
     * of the lowest tier they have not yet passed three of, ones they have not passed first, up to their reach.
     */
    private int history(Profile p, Random random) {
        var pool = scenariosUpTo(p.reach());
        if (pool.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Instant at = now.minus(Duration.ofDays(42));
        long gap = Duration.ofDays(40).toSeconds() / Math.max(1, p.attempts());
        var passed = new java.util.HashSet<String>();
        // a separate stream of chance, so the finished history stays what it was
        var leaving = new Random(p.username().hashCode());
        int abandoned = 0;
        for (int i = 0; i < p.attempts(); i++) {
            @Nullable Tier current = null;
            for (Tier t : Tier.values()) {
                long done = pool.stream().filter(x -> x.tier() == t && passed.contains(x.id())).count();
                long available = pool.stream().filter(x -> x.tier() == t).count();
                if (available > 0 && done < Math.min(3, available)) {
                    current = t;
                    break;
                }
            }
            @Nullable Tier tier = current;
            var candidates = pool.stream().filter(x -> x.tier() == tier && !passed.contains(x.id())).toList();
            if (candidates.isEmpty()) {
                candidates = pool.stream().filter(x -> x.tier() == tier).toList();
            }
            if (candidates.isEmpty()) {
                candidates = pool;
            }
            Scenario s = candidates.get(random.nextInt(candidates.size()));
            var steps = new SteppingClock(at.plusSeconds(random.nextInt(3600)));
            // practice makes better: skill grows a little with each attempt
            double skill = Math.min(0.97, p.skill() + 0.02 * i);
            boolean pass;
            try {
                pass = as(p.username(), Role.TRAINEE, () -> clock.during(steps, () -> tx.execute(status -> {
                    long id = play(s, p, skill, random);
                    return attempts.finishedAttemptsOf(p.username()).stream()
                            .anyMatch(r -> r.id() == id && r.passed());
                })));
            } catch (com.rapport.practice.TierLockedException locked) {
                // rapport.progress.locked-tiers=enforce and a critical violation held the tier back: skip this one
                pass = false;
            }
            if (pass) {
                passed.add(s.id());
            }
            if (!p.username().equals(PROFILES.getFirst().username()) && leaving.nextDouble() < 0.4 * (1 - skill)) {
                var later = new SteppingClock(at.plusSeconds(gap / 2));
                as(p.username(), Role.TRAINEE, () -> clock.during(later, () -> tx.execute(status ->
                        leave(s, 1 + leaving.nextInt(2)))));
                abandoned++;
            }
            at = at.plusSeconds(gap);
        }
        return p.attempts() + abandoned;
    }

    /**
     * Starts a scenario and leaves it after a reply or two, as people do when the phone rings: the dashboard's
     * completion counts these as started and not finished.
     */
    private long leave(Scenario scenario, int replies) {
        long id = play.start(scenario.id());
        PlayState state = play.play(id);
        for (int i = 0; i < replies && !state.finished() && !state.options().isEmpty(); i++) {
            state = play.answer(id, state.options().getFirst().id());
        }
        return id;
    }

    private long play(Scenario scenario, Profile p, double skill, Random random) {
        long id = play.start(scenario.id());
        PlayState state = play.play(id);
        for (int step = 0; step < 40 && !state.finished(); step++) {
            String nodeId = state.debug().node();
            Node node = nodeId == null ? null : scenario.nodes().get(nodeId);
            if (node == null) {
                break;
            }
            var typed = scenario.exampleList().stream().filter(e -> e.node().equals(nodeId)
                    && e.intent() != null && !"none".equals(e.intent())).toList();
            if (state.typing() != null && !typed.isEmpty() && random.nextDouble() < 0.35) {
                // a skilled trainee types what the author marked as a good reply; others type a flawed one
                boolean good = random.nextDouble() < skill;
                var fitting = typed.stream().filter(e -> (e.violations() == null || e.violations().isEmpty()) == good)
                        .filter(e -> good || habit(p, e.violations())).toList();
                if (!fitting.isEmpty()) {
                    state = play.answerTyped(id, fitting.get(random.nextInt(fitting.size())).reply());
                    continue;
                }
            }
            var offered = state.options().stream().map(PlayState.Option::id).toList();
            var choices = node.choiceList().stream().filter(c -> offered.contains(c.id())).toList();
            if (choices.isEmpty()) {
                break;
            }
            state = play.answer(id, pick(choices, p, skill, random).id());
        }
        return id;
    }

    /**
     * A trainee's weak spot is a habit: where a reply that loses on it is offered, they mostly take it. Otherwise
     * the best reply with probability {@code skill}, else another one. Only a trainee whose weak spot is HIPAA
     * ever picks a reply that breaches privacy; the others know that much.
     */
    static Choice pick(List<Choice> choices, Profile p, double skill, Random random) {
        var ranked = new ArrayList<>(choices);
        ranked.sort(Comparator.comparingInt(DemoHistory::value).reversed());
        if (p.weakness() != null && random.nextDouble() < 0.7) {
            var weak = ranked.stream().filter(c -> c.effects().stream()
                    .anyMatch(e -> e.criterion() == p.weakness() && e.points() < 0)).findFirst();
            if (weak.isPresent()) {
                return weak.get();
            }
        }
        var safe = ranked.stream().filter(c -> p.weakness() == Criterion.HIPAA || c.effects().stream()
                .noneMatch(e -> e.criterion() == Criterion.HIPAA && e.points() < 0)).toList();
        var pool = safe.isEmpty() ? ranked : safe;
        if (random.nextDouble() < skill || pool.size() == 1) {
            return pool.getFirst();
        }
        return pool.get(1 + random.nextInt(pool.size() - 1));
    }

    /** Whether a flawed typed reply with these violations is one this trainee would make. */
    private static boolean habit(Profile p, @Nullable List<String> violations) {
        if (violations == null) {
            return true;
        }
        boolean hipaa = violations.contains(Criterion.HIPAA.id());
        return p.weakness() == Criterion.HIPAA ? hipaa : !hipaa;
    }

    private static int value(Choice c) {
        return c.effects().stream().mapToInt(RubricEffect::points).sum();
    }

    private static <T> T as(String username, Role role, java.util.function.Supplier<T> action) {
        var saved = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }

    /** A clock that moves on half a minute to two minutes each time it is read, like a conversation. */
    static final class SteppingClock extends Clock {
        private Instant now;
        private final Random random = new Random(7);

        SteppingClock(Instant start) {
            this.now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            now = now.plusSeconds(30 + random.nextInt(90));
            return now;
        }
    }
}
