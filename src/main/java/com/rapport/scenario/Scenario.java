package com.rapport.scenario;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A branching conversation as written in a scenario file (format 1.0, see scenarios/README.md).
 *
 * @param format the format version the file is written in ("1.0" or "1.1"); optional, "1.0" when absent
 * @param people others in the scene besides the persona, who speak through a node's {@code lines} (format 1.1)
 * @param version the author's own version number of this scenario; optional
 * @param variables the flags and counters choices set and conditions read
 * @param examples replies at given nodes with the scores their author expects; {@code validate} checks them
 */
public record Scenario(@Nullable String format, String id, String title, @Nullable Integer version, Tier tier,
        List<String> topics, @Nullable Setting setting, @Nullable String language, @Nullable Integer estimatedMinutes,
        @Nullable List<String> learningObjectives, @Nullable String author, String summary,
        @Nullable Integer passMark, Persona persona, @Nullable List<Person> people, @Nullable Variables variables,
        String start, Map<String, Node> nodes, Map<String, Ending> endings, @Nullable ScenarioScoring scoring,
        @Nullable List<Example> examples) {

    /** A scenario as format 1.0 writes it: the persona is the only other person in the scene. */
    public Scenario(@Nullable String format, String id, String title, @Nullable Integer version, Tier tier,
            List<String> topics, @Nullable Setting setting, @Nullable String language,
            @Nullable Integer estimatedMinutes, @Nullable List<String> learningObjectives, @Nullable String author,
            String summary, @Nullable Integer passMark, Persona persona, @Nullable Variables variables, String start,
            Map<String, Node> nodes, Map<String, Ending> endings, @Nullable ScenarioScoring scoring,
            @Nullable List<Example> examples) {
        this(format, id, title, version, tier, topics, setting, language, estimatedMinutes, learningObjectives,
                author, summary, passMark, persona, null, variables, start, nodes, endings, scoring, examples);
    }

    /** Where the conversation happens. */
    public enum Setting {
        PHONE, FRONT_DESK, PORTAL_MESSAGE, BEDSIDE;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return Ids.of(this);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Setting fromId(String id) {
            return Ids.lookup(Setting.class, id, Setting::id);
        }
    }

    /**
     * The scenario's own variables besides the patient's mood: flags (false until a choice sets them) and counters
     * (0 until a choice adds to them). Conditions may read only what is declared here.
     */
    public record Variables(@Nullable List<String> flags, @Nullable List<String> counters) {

        public List<String> flagList() {
            return flags == null ? List.of() : flags;
        }

        public List<String> counterList() {
            return counters == null ? List.of() : counters;
        }
    }

    /**
     * A reply at a node and what the author expects the rubric to make of it.
     *
     * @param expect per criterion id, the expected level: "3", ">= 3", "<= 1"
     * @param violations the criteria the author expects violations on (exactly these)
     * @param intent the intent the reply should be taken to mean, or "none" for the fallback
     */
    public record Example(String node, String reply, @Nullable Map<String, Boolean> flags,
            @Nullable Map<String, String> expect, @Nullable List<String> violations, @Nullable String intent) {
    }

    /** The topics the catalogue filters on; a scenario names one to three of them. */
    public static final java.util.Set<String> TOPICS = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(
            List.of("billing", "insurance", "scheduling", "privacy", "complaints", "wait-times", "language-access",
                    "escalation", "grief", "safety", "discharge", "coaching", "quality", "legal", "lost-property",
                    "directory")));

    public List<Person> peopleList() {
        return people == null ? List.of() : people;
    }

    /** Whether more than one voice speaks in this scenario, so every line is shown with its speaker's name. */
    public boolean hasSeveralVoices() {
        return !peopleList().isEmpty();
    }

    /** The name of a speaker: the persona's for {@code patient}, else that person's (the id if none has it). */
    public String nameOf(String speaker) {
        if (Person.PATIENT.equals(speaker)) {
            return persona.name();
        }
        return peopleList().stream().filter(p -> p.id().equals(speaker)).map(Person::name).findFirst()
                .orElse(speaker);
    }

    /** What is said at a node at this mood, in order: the persona's line (if any), then the node's other lines. */
    public List<Voice> voicesAt(Node node, Mood mood) {
        var voices = new java.util.ArrayList<Voice>();
        String own = node.lineFor(mood);
        if (!own.isEmpty()) {
            voices.add(new Voice(Person.PATIENT, persona.name(), own));
        }
        node.lineList().forEach(l -> voices.add(new Voice(l.speaker(), nameOf(l.speaker()), l.text())));
        return voices;
    }

    /**
     * A single line outside a node's {@code lines} (a free-text fallback, an ending's line) as a voice: another
     * person's when it starts with their name in brackets ("(Mateo) Sorry, what?"), else the persona's.
     */
    public Voice said(String text) {
        for (Person person : peopleList()) {
            String prefix = "(" + person.name() + ") ";
            if (person.name() != null && text.startsWith(prefix)) {
                return new Voice(person.id(), person.name(), text.substring(prefix.length()));
            }
        }
        return new Voice(Person.PATIENT, persona.name(), text);
    }

    /** The names of everyone who speaks at a node, in order of first line: "Ana / Nurse Kim". */
    public List<String> speakersAt(Node node) {
        var names = new java.util.LinkedHashSet<String>();
        if (node.patient() != null || node.patientByMood() != null) {
            names.add(persona.name());
        }
        node.lineList().forEach(l -> names.add(nameOf(l.speaker())));
        return List.copyOf(names);
    }

    public Variables variablesOrEmpty() {
        return variables == null ? new Variables(null, null) : variables;
    }

    public List<Example> exampleList() {
        return examples == null ? List.of() : examples;
    }

    public ScenarioScoring scoringOrEmpty() {
        return scoring == null ? new ScenarioScoring(null, null, null) : scoring;
    }

    public static final int DEFAULT_PASS_MARK = 70;

    public int effectivePassMark() {
        return passMark == null ? DEFAULT_PASS_MARK : passMark;
    }

    public Optional<Node> node(String nodeId) {
        return Optional.ofNullable(nodes.get(nodeId));
    }

    public Optional<Ending> ending(String endingId) {
        return Optional.ofNullable(endings.get(endingId));
    }

    /**
     * The criteria a typed reply at a node is wrong on when it is taken to mean this intent: those every one of
     * the author's examples of that intent there names as a violation; for an intent without examples, those the
     * node's choice of the same id loses points on as a mistake ({@link #marksMistake}). The examples come first:
     * they are the author's word on typed replies, where a choice is one wording.
     */
    public Set<Criterion> intentMistakes(String nodeId, String intentId) {
        Set<Criterion> common = null;
        for (Example e : exampleList()) {
            if (!nodeId.equals(e.node()) || !intentId.equals(e.intent())) {
                continue;
            }
            var named = new java.util.TreeSet<Criterion>();
            if (e.violations() != null) {
                e.violations().forEach(id -> java.util.Arrays.stream(Criterion.values())
                        .filter(c -> c.id().equals(id)).forEach(named::add));
            }
            if (common == null) {
                common = named;
            } else {
                common.retainAll(named);
            }
        }
        if (common != null) {
            return common;
        }
        var mistakes = new java.util.TreeSet<Criterion>();
        node(nodeId).flatMap(n -> n.choiceList().stream().filter(c -> c.id().equals(intentId)).findFirst())
                .ifPresent(c -> c.effects().stream().filter(Scenario::marksMistake)
                        .forEach(e -> mistakes.add(e.criterion())));
        return mistakes;
    }

    /**
     * Whether a typed reply taken to mean this intent at the node discloses what HIPAA protects: the intent leads
     * where a choice there leads that loses {@value #MISTAKE_POINTS} HIPAA points or more ("yes, here he is"), not
     * where a merely clumsy refusal leads.
     */
    public boolean disclosureIntent(String nodeId, String intentId) {
        var node = node(nodeId).orElse(null);
        if (node == null || node.freeText() == null) {
            return false;
        }
        var intent = node.freeText().intents().stream().filter(i -> i.id().equals(intentId)).findFirst();
        return intent.isPresent() && node.choiceList().stream().filter(c -> c.next().equals(intent.get().next()))
                .anyMatch(c -> c.effects().stream().anyMatch(e -> e.criterion() == Criterion.HIPAA
                        && e.points() <= MISTAKE_POINTS));
    }

    /** Points a choice loses on a criterion that mark a mistake on it, not a weaker reply. */
    static final int MISTAKE_POINTS = -3;

    /**
     * Whether a choice's points on a criterion mark a mistake: any loss on HIPAA (every slip is a disclosure), a
     * loss of {@value #MISTAKE_POINTS} or more elsewhere. Losses on follow-up and active listening are omissions
     * (no next step, not listening), which earn no credit but are not violations.
     */
    static boolean marksMistake(RubricEffect effect) {
        return switch (effect.criterion()) {
            case HIPAA -> effect.points() < 0;
            case FOLLOW_UP, ACTIVE_LISTENING -> false;
            default -> effect.points() <= MISTAKE_POINTS;
        };
    }

    /** Criteria that any choice in the scenario scores, in rubric order. */
    public Set<Criterion> criteria() {
        var found = new java.util.TreeSet<Criterion>();
        nodes.values().forEach(n -> n.choiceList().forEach(c -> c.effects().forEach(e -> found.add(e.criterion()))));
        return new LinkedHashSet<>(found);
    }

    /** Every node and ending some path from the start reaches, every branch counted as possible. */
    public Set<String> reachable() {
        return new PathWalker(this).reachable();
    }

    /** Decision points on the shortest path from the start to an ending: the catalogue's "length". */
    public int shortestPathDecisions() {
        return new PathWalker(this).shortestDecisions();
    }

    public int longestPathDecisions() {
        return new PathWalker(this).longestDecisions();
    }
}
