package com.rapport.scenario;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The conversation engine: one conversation's state (where it stands, the call's flags and counters, the
 * patient's mood, the running points per criterion) and the rules that move it on: which replies a condition
 * offers, what a reply sets and adds, how far the mood may move, automatic jumps, and endings. The play service
 * and the validator's playthroughs both play through this class, so what the validator promises is reachable is
 * exactly what a trainee can walk. Immutable, pure and free of Spring.
 *
 * @param at the node (or, once over, the ending) the conversation stands at
 * @param flags the flags that are set
 * @param counters every counter a reply has added to
 * @param mood the patient's mood, 0-10
 * @param tallies per criterion, the points earned so far and the most that could have been earned
 */
public record Conversation(String at, SortedSet<String> flags, SortedMap<String, Integer> counters, int mood,
        Map<Criterion, Tally> tallies) {

    /** The most a typed reply (its intent and the scorer's reaction together) may move the mood either way. */
    public static final int MOOD_LIMIT = 3;
    /** The mood of a persona whose file gives none. */
    private static final int DEFAULT_MOOD = 5;
    private static final Conditions CONDITIONS = new Conditions();

    /** Points earned on one criterion so far, against the most that could have been earned. */
    public record Tally(int earned, int possible) {

        Tally plus(ScoredPoint point) {
            return new Tally(earned + point.earned(), possible + Math.max(0, point.best()));
        }

        /** The running percentage that {@code score.<criterion>} conditions read. */
        public int percent() {
            return ScoredPoint.percent(earned, possible);
        }
    }

    /** The conversation cannot go on from here: no jump branch holds, or a target does not exist. */
    public static final class StuckException extends RuntimeException {
        private final String node;

        StuckException(String node, String message) {
            super(message);
            this.node = node;
        }

        /** The node or jump where the conversation got stuck. */
        public String node() {
            return node;
        }
    }

    public Conversation {
        flags = Collections.unmodifiableSortedSet(new TreeSet<>(flags));
        counters = Collections.unmodifiableSortedMap(new TreeMap<>(counters));
        mood = new Mood(mood).value();
        var copy = new EnumMap<Criterion, Tally>(Criterion.class);
        copy.putAll(tallies);
        tallies = Collections.unmodifiableMap(copy);
    }

    /** A new conversation at the scenario's start, before any automatic jump there is followed. */
    public static Conversation begin(Scenario scenario) {
        Integer mood = scenario.persona().mood();
        return new Conversation(scenario.start(), new TreeSet<>(), new TreeMap<>(),
                mood == null ? DEFAULT_MOOD : mood, Map.of());
    }

    /** A conversation as it was stored: its flags (only {@code true} ones count), counters, mood and points. */
    public static Conversation resume(String at, Map<String, Boolean> flags, Map<String, Integer> counters,
            int mood, Collection<ScoredPoint> points) {
        var on = new TreeSet<String>();
        flags.forEach((name, value) -> {
            if (Boolean.TRUE.equals(value)) {
                on.add(name);
            }
        });
        return new Conversation(at, on, new TreeMap<>(counters), mood, Map.of()).scored(points);
    }

    /** What {@code when:} conditions read in this state. */
    public Condition.State view() {
        return new Condition.State() {
            @Override
            public boolean flag(String name) {
                return flags.contains(name);
            }

            @Override
            public int counter(String name) {
                return counters.getOrDefault(name, 0);
            }

            @Override
            public int mood() {
                return mood;
            }

            @Override
            public int score(Criterion criterion) {
                Tally tally = tallies.get(criterion);
                return tally == null ? 100 : tally.percent();
            }
        };
    }

    /** Whether a choice's, intent's or jump's condition holds now; no condition always holds. */
    public boolean allows(@Nullable String when) {
        return CONDITIONS.holds(when, view());
    }

    /** The choices at a node whose conditions hold now, in the author's order. */
    public List<Choice> offered(Node node) {
        return node.choiceList().stream().filter(c -> allows(c.when())).toList();
    }

    /** The choices at a node that a condition hides now. */
    public List<Choice> hidden(Node node) {
        return node.choiceList().stream().filter(c -> !allows(c.when())).toList();
    }

    /** The intents a typed reply may be taken to mean now. */
    public List<FreeText.Intent> intents(FreeText free) {
        return free.intents().stream().filter(i -> allows(i.when())).toList();
    }

    /** After a chosen reply: its flags and counters, its own mood change and its points; then to its target. */
    public Conversation choose(Choice choice, Collection<ScoredPoint> points) {
        return moved(choice.sets(), choice.adds(), choice.moodChange(), points, choice.next());
    }

    /**
     * After a typed reply taken to mean an intent: the intent's flags and counters, and the intent's mood change
     * with the scorer's reaction to how it was said ({@code reaction}), together at most {@link #MOOD_LIMIT};
     * then to the intent's target.
     */
    public Conversation type(FreeText.Intent intent, int reaction, Collection<ScoredPoint> points) {
        return moved(intent.sets(), intent.adds(), limited(intent.moodChange() + reaction), points, intent.next());
    }

    /** After a typed reply that matched no intent: the conversation stays where it was; only the mood reacts. */
    public Conversation misunderstood(int reaction, Collection<ScoredPoint> points) {
        return new Conversation(at, flags, counters, mood + limited(reaction), tallies).scored(points);
    }

    /**
     * After a reply that came later than the moment's reply timer allows: the reply has already moved the
     * conversation on; the timer's mood change and deductions apply on top of it (before any jump is followed).
     */
    public Conversation late(ReplyTimer timer) {
        return new Conversation(at, flags, counters, mood + limited(timer.moodChange()), tallies)
                .scored(timer.penalties());
    }

    private static int limited(int moodChange) {
        return Math.clamp(moodChange, -MOOD_LIMIT, MOOD_LIMIT);
    }

    private Conversation moved(@Nullable Map<String, Boolean> sets, @Nullable Map<String, Integer> adds,
            int moodChange, Collection<ScoredPoint> points, String target) {
        var newFlags = new TreeSet<>(flags);
        if (sets != null) {
            sets.forEach((name, on) -> {
                if (on) {
                    newFlags.add(name);
                } else {
                    newFlags.remove(name);
                }
            });
        }
        var newCounters = new TreeMap<>(counters);
        if (adds != null) {
            adds.forEach((name, amount) -> newCounters.merge(name, amount, Integer::sum));
        }
        return new Conversation(target, newFlags, newCounters, mood + moodChange, tallies).scored(points);
    }

    private Conversation scored(Collection<ScoredPoint> points) {
        if (points.isEmpty()) {
            return this;
        }
        var newTallies = new EnumMap<Criterion, Tally>(Criterion.class);
        newTallies.putAll(tallies);
        points.forEach(p -> newTallies.merge(p.criterion(), new Tally(0, 0).plus(p),
                (old, added) -> new Tally(old.earned() + added.earned(), old.possible() + added.possible())));
        return new Conversation(at, flags, counters, mood, newTallies);
    }

    /**
     * Follows automatic jumps from where the conversation stands, each to its first branch whose condition holds,
     * until it stands at a node that speaks or at an ending.
     *
     * @throws StuckException when no branch of a jump holds, a target is neither a node nor an ending, or the
     *         jumps go round in a loop
     */
    public Conversation settle(Scenario scenario) {
        Conversation now = this;
        for (int hops = 0; hops <= scenario.nodes().size(); hops++) {
            if (scenario.endings().containsKey(now.at)) {
                return now;
            }
            Node node = scenario.nodes().get(now.at);
            if (node == null) {
                throw new StuckException(now.at, "'" + now.at + "' is neither a node nor an ending");
            }
            if (!node.isJump()) {
                return now;
            }
            Conversation from = now;
            String next = node.jumpList().stream().filter(j -> from.allows(j.when())).map(Node.Jump::next)
                    .findFirst().orElseThrow(() -> new StuckException(from.at, "at jump '" + from.at
                            + "' no branch holds (" + from.describe() + ")"));
            now = new Conversation(next, from.flags, from.counters, from.mood, from.tallies);
        }
        throw new StuckException(now.at, "the jumps from '" + at + "' go round in a loop");
    }

    /** The ending the conversation has reached, if it is over. */
    public Optional<Ending> ending(Scenario scenario) {
        return scenario.ending(at);
    }

    /** The variables in words, for messages: "flags [..], counters {..}, mood n". */
    public String describe() {
        return "flags " + flags + ", counters " + counters + ", mood " + mood;
    }
}
