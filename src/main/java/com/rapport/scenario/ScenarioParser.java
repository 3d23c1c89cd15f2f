package com.rapport.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Reads one scenario file strictly: unknown keys, duplicate keys, wrong types, missing fields and broken
 * references are all errors that carry the file, line and column. Thread-safe.
 */
public final class ScenarioParser {

    private static final Set<String> CRITERIA = java.util.Arrays.stream(Criterion.values()).map(Criterion::id)
            .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));

    /** Files larger than this are refused before parsing. */
    public static final int MAX_FILE_BYTES = StrictYaml.MAX_FILE_BYTES;
    private static final int MOOD_CHANGE_LIMIT = 3;
    private static final int POINTS_LIMIT = 5;
    /** Longest patient line before a warning: past this it reads like a letter, not speech. */
    public static final int MAX_LINE = 500;
    /** Longest reply text on a choice before a warning. */
    public static final int MAX_REPLY = FreeText.DEFAULT_MAX_LENGTH;
    /** Longest feedback sentence, and longest typed reply a node may allow (what the database keeps). */
    static final int MAX_FEEDBACK = 2000;
    static final int MAX_TYPED = 4000;
    /** The format version this parser reads. */
    public static final String FORMAT = "1.0";
    /** Flags the app itself reads, so they count as declared and read in every scenario. */
    public static final Set<String> BUILT_IN_FLAGS = Set.of("identity_verified", "authorised");
    private static final Set<String> MOOD_BANDS = Set.of("furious", "angry", "upset", "calmer", "reassured");

    private final StrictYaml yaml = new StrictYaml();

    /** Places a problem at a JSON pointer in the file that was read. */
    @FunctionalInterface
    public interface Locator {
        Problem at(String pointer, Problem.Severity severity, String message);
    }

    /**
     * What came of reading one file: the scenario if it has no errors, every problem found, and a way to place
     * further problems (found by checks outside this package) at their line.
     */
    public record Result(String file, @Nullable Scenario scenario, String version, List<Problem> problems,
            Locator locator) {

        public boolean ok() {
            return scenario != null;
        }

        public List<Problem> errors() {
            return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        }
    }

    public Result parse(String file, byte[] content) {
        var document = yaml.read(file, content, Scenario.class);
        Scenario scenario = document.value();
        if (scenario == null) {
            return new Result(file, null, document.version(), document.problems(), document::problemAt);
        }
        var problems = new Checker(document, scenario).check();
        boolean hasErrors = problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        return new Result(file, hasErrors ? null : scenario, document.version(), List.copyOf(problems),
                document::problemAt);
    }

    /** The checks that need the whole document: required fields, ranges and references. */
    private static final class Checker {
        private final StrictYaml.Document<Scenario> document;
        private final String file;
        private final Scenario scenario;
        private final List<Problem> problems = new ArrayList<>();

        Checker(StrictYaml.Document<Scenario> document, Scenario scenario) {
            this.document = document;
            this.file = document.file();
            this.scenario = scenario;
        }

        List<Problem> check() {
            required("", "id", scenario.id());
            required("", "title", scenario.title());
            required("", "tier", scenario.tier());
            required("", "summary", scenario.summary());
            required("", "start", scenario.start());
            if (scenario.format() != null && !scenario.format().equals(FORMAT)) {
                error("/format", "this version of Rapport reads format " + FORMAT + ", not " + scenario.format());
            }
            if (scenario.estimatedMinutes() != null && (scenario.estimatedMinutes() < 1
                    || scenario.estimatedMinutes() > 120)) {
                error("/estimated-minutes", "estimated-minutes must be from 1 to 120");
            }
            if (scenario.topics() == null || scenario.topics().isEmpty()) {
                error("/topics", "'topics' needs at least one topic");
            } else {
                for (int i = 0; i < scenario.topics().size(); i++) {
                    String topic = scenario.topics().get(i);
                    if (!Scenario.TOPICS.contains(topic)) {
                        warning("/topics/" + i, "topic '" + topic + "' is not one the catalogue filters on"
                                + hint(topic, Scenario.TOPICS) + "; the topics are " + String.join(", ",
                                        Scenario.TOPICS));
                    }
                }
            }
            if (scenario.passMark() != null && (scenario.passMark() < 0 || scenario.passMark() > 100)) {
                error("/pass-mark", "'pass-mark' must be a percentage from 0 to 100, not " + scenario.passMark());
            }
            if (scenario.id() != null && !file.endsWith(scenario.id() + ".yaml")) {
                warning("/id", "id '" + scenario.id() + "' differs from the file name; name the file "
                        + scenario.id() + ".yaml");
            }
            checkPersona();
            boolean hasNodes = required("", "nodes", scenario.nodes()) && !scenario.nodes().isEmpty();
            boolean hasEndings = required("", "endings", scenario.endings()) && !scenario.endings().isEmpty();
            if (!hasNodes || !hasEndings) {
                if (hasNodes || hasEndings || scenario.nodes() != null || scenario.endings() != null) {
                    error("", "a scenario needs at least one node and one ending");
                }
                return problems;
            }
            scenario.endings().forEach((id, ending) -> {
                if (scenario.nodes().containsKey(id)) {
                    error("/endings/" + id, "'" + id + "' is both a node and an ending; ids must be unique");
                }
                required("/endings/" + id, "outcome", ending.outcome());
                required("/endings/" + id, "debrief", ending.debrief());
            });
            Set<String> targets = new java.util.TreeSet<>(scenario.nodes().keySet());
            targets.addAll(scenario.endings().keySet());
            if (scenario.start() != null && !scenario.nodes().containsKey(scenario.start())) {
                error("/start", "start '" + scenario.start() + "' is not a node"
                        + hint(scenario.start(), scenario.nodes().keySet()));
            }
            scenario.nodes().forEach((id, node) -> checkNode(id, node, targets));
            new VariableCheck().run();
            checkExamples();
            checkScoring();
            if (problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR)) {
                checkGraph();
            }
            return problems;
        }

        /** The scenario's own scoring: weights above zero, complete protected facts and jargon, sound phrases. */
        private void checkScoring() {
            ScenarioScoring scoring = scenario.scoring();
            if (scoring == null) {
                return;
            }
            if (scoring.weights() != null) {
                scoring.weights().forEach((criterion, weight) -> {
                    if (weight == null || weight <= 0 || weight > 10) {
                        error("/scoring/weights/" + criterion.id(), "a weight must be above 0 and at most 10");
                    }
                });
            }
            var facts = scoring.facts();
            for (int i = 0; i < facts.size(); i++) {
                var fact = facts.get(i);
                String at = "/scoring/protected-facts/" + i;
                required(at, "id", fact.id());
                required(at, "description", fact.description());
                if (fact.phrases() == null || fact.phrases().isEmpty()) {
                    error(at, "a protected fact needs at least one phrase");
                } else {
                    for (int p = 0; p < fact.phrases().size(); p++) {
                        phrase(at + "/phrases/" + p, fact.phrases().get(p));
                    }
                }
            }
            var terms = scoring.terms();
            for (int i = 0; i < terms.size(); i++) {
                var term = terms.get(i);
                String at = "/scoring/jargon/" + i;
                if (required(at, "term", term.term())) {
                    phrase(at + "/term", term.term());
                }
                required(at, "plain", term.plain());
            }
        }

        private void phrase(String at, @Nullable String phrase) {
            if (phrase == null || phrase.isBlank()) {
                error(at, "empty phrase");
                return;
            }
            int depth = 0;
            for (char c : phrase.toCharArray()) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth < 0) {
                    break;
                }
            }
            if (depth != 0) {
                error(at, "unbalanced parentheses in phrase \"" + phrase + "\"");
            }
        }

        private void checkExamples() {
            var examples = scenario.exampleList();
            for (int i = 0; i < examples.size(); i++) {
                Scenario.Example example = examples.get(i);
                String at = "/examples/" + i;
                if (required(at, "node", example.node()) && !scenario.nodes().containsKey(example.node())) {
                    error(at + "/node", "'" + example.node() + "' is not a node" + hint(example.node(),
                            scenario.nodes().keySet()));
                }
                if (required(at, "reply", example.reply()) && example.expect() == null
                        && example.violations() == null && example.intent() == null) {
                    warning(at, "this example expects nothing; add expect, violations or intent");
                }
                if (example.expect() != null) {
                    example.expect().forEach((criterion, expected) -> {
                        if (!CRITERIA.contains(criterion)) {
                            error(at + "/expect/" + criterion, "'" + criterion + "' is not a criterion"
                                    + hint(criterion, CRITERIA));
                        } else if (Expectation.parse(expected) == null) {
                            error(at + "/expect/" + criterion, "expected level \"" + expected
                                    + "\" must be a level 0-4, optionally after >= or <=");
                        }
                    });
                }
                if (example.violations() != null) {
                    for (String criterion : example.violations()) {
                        if (!CRITERIA.contains(criterion)) {
                            error(at + "/violations", "'" + criterion + "' is not a criterion"
                                    + hint(criterion, CRITERIA));
                        }
                    }
                }
                Node node = example.node() == null ? null : scenario.nodes().get(example.node());
                if (example.intent() != null && node != null && !example.intent().equals("none")) {
                    var intents = node.freeText() == null ? Set.<String>of()
                            : node.freeText().intents().stream().map(FreeText.Intent::id)
                                    .collect(java.util.stream.Collectors.toSet());
                    if (!intents.contains(example.intent())) {
                        error(at + "/intent", "node '" + example.node() + "' has no intent '" + example.intent()
                                + "'" + hint(example.intent(), intents));
                    }
                }
            }
        }

        /**
         * Flags and counters: every one a condition or an effect names must be declared; a declared one that nothing
         * reads does nothing; a condition on something nothing ever changes can never be true.
         */
        private final class VariableCheck {
            final Set<String> flags = new java.util.TreeSet<>(BUILT_IN_FLAGS);
            final Set<String> counters = new java.util.TreeSet<>();
            final Set<String> flagsSet = new java.util.HashSet<>();
            final Set<String> countersAdded = new java.util.HashSet<>();
            final Set<String> read = new java.util.HashSet<>(BUILT_IN_FLAGS);
            final List<Runnable> later = new ArrayList<>();
            boolean unparsed;

            void run() {
                var vars = scenario.variablesOrEmpty();
                for (int i = 0; i < vars.flagList().size(); i++) {
                    if (!flags.add(vars.flagList().get(i)) && !BUILT_IN_FLAGS.contains(vars.flagList().get(i))) {
                        error("/variables/flags/" + i, "flag '" + vars.flagList().get(i) + "' is declared twice");
                    }
                }
                for (int i = 0; i < vars.counterList().size(); i++) {
                    String name = vars.counterList().get(i);
                    if (flags.contains(name) || !counters.add(name)) {
                        error("/variables/counters/" + i, "'" + name + "' is declared twice");
                    }
                }
                scenario.nodes().forEach((id, node) -> {
                    String at = "/nodes/" + id;
                    for (int i = 0; i < node.choiceList().size(); i++) {
                        Choice c = node.choiceList().get(i);
                        effects(at + "/choices/" + i, c.sets(), c.adds());
                        condition(at + "/choices/" + i + "/when", c.when());
                    }
                    if (node.freeText() != null) {
                        var intents = node.freeText().intents();
                        for (int i = 0; i < intents.size(); i++) {
                            FreeText.Intent in = intents.get(i);
                            effects(at + "/free-text/intents/" + i, in.sets(), in.adds());
                            condition(at + "/free-text/intents/" + i + "/when", in.when());
                        }
                    }
                    for (int i = 0; i < node.jumpList().size(); i++) {
                        condition(at + "/jumps/" + i + "/when", node.jumpList().get(i).when());
                    }
                });
                later.forEach(Runnable::run);
                if (unparsed) {
                    return; // what a broken condition reads is unknown: no "never read" guesses
                }
                var vars2 = scenario.variablesOrEmpty();
                for (int i = 0; i < vars2.flagList().size(); i++) {
                    String name = vars2.flagList().get(i);
                    if (!read.contains(name)) {
                        warning("/variables/flags/" + i, "flag '" + name + "' is never read by any condition, so"
                                + " setting it does nothing");
                    }
                }
                for (int i = 0; i < vars2.counterList().size(); i++) {
                    String name = vars2.counterList().get(i);
                    if (!read.contains(name)) {
                        warning("/variables/counters/" + i, "counter '" + name + "' is never read by any"
                                + " condition, so counting it does nothing");
                    }
                }
            }

            private void effects(String at, java.util.@Nullable Map<String, Boolean> sets,
                    java.util.@Nullable Map<String, Integer> adds) {
                if (sets != null) {
                    sets.forEach((name, value) -> {
                        if (!flags.contains(name)) {
                            error(at + "/sets/" + name, "flag '" + name + "' is not declared under variables.flags"
                                    + hint(name, flags));
                        } else if (value) {
                            flagsSet.add(name);
                        }
                    });
                }
                if (adds != null) {
                    adds.forEach((name, amount) -> {
                        if (!counters.contains(name)) {
                            error(at + "/adds/" + name, "counter '" + name
                                    + "' is not declared under variables.counters" + hint(name, counters));
                        } else if (amount != 0) {
                            countersAdded.add(name);
                        }
                    });
                }
            }

            private void condition(String at, @Nullable String when) {
                if (when == null) {
                    return;
                }
                Condition condition;
                try {
                    condition = Condition.parse(when);
                } catch (Condition.SyntaxException e) {
                    error(at, e.getMessage());
                    unparsed = true;
                    return;
                }
                for (Condition.Term term : condition.terms()) {
                    switch (term) {
                        case Condition.Flag f -> {
                            read.add(f.name());
                            if (!flags.contains(f.name())) {
                                error(at, "'" + f.name() + "' is not a declared flag" + hint(f.name(), flags));
                            } else {
                                later.add(() -> {
                                    if (!flagsSet.contains(f.name()) && !BUILT_IN_FLAGS.contains(f.name())) {
                                        warning(at, "condition \"" + when + "\" reads flag '" + f.name()
                                                + "' but nothing sets it, so it is always false");
                                    }
                                });
                            }
                        }
                        case Condition.Comparison c -> comparison(at, when, c);
                    }
                }
            }

            private void comparison(String at, String when, Condition.Comparison c) {
                String subject = c.subject();
                if (subject.equals("mood")) {
                    if (!c.satisfiableWithin(Mood.MIN, Mood.MAX)) {
                        warning(at, "condition \"" + when + "\" can never be true: mood is always "
                                + Mood.MIN + "-" + Mood.MAX);
                    }
                } else if (subject.startsWith("score.")) {
                    String criterion = subject.substring("score.".length());
                    if (!CRITERIA.contains(criterion)) {
                        error(at, "'" + criterion + "' is not a criterion" + hint(criterion, CRITERIA));
                    } else if (!c.satisfiableWithin(0, 100)) {
                        warning(at, "condition \"" + when + "\" can never be true: scores are 0-100");
                    }
                } else if (!counters.contains(subject)) {
                    error(at, "'" + subject + "' is not a declared counter, mood or score.<criterion>"
                            + hint(subject, counters));
                } else {
                    read.add(subject);
                    later.add(() -> {
                        if (!countersAdded.contains(subject) && !c.satisfiableWithin(0, 0)) {
                            warning(at, "condition \"" + when + "\" can never be true: nothing adds to counter '"
                                    + subject + "'");
                        }
                    });
                }
            }
        }

        private void checkPersona() {
            Persona persona = scenario.persona();
            if (!required("", "persona", persona)) {
                return;
            }
            required("/persona", "name", persona.name());
            required("/persona", "role", persona.role());
            required("/persona", "situation", persona.situation());
            if (required("/persona", "mood", persona.mood())
                    && (persona.mood() < Mood.MIN || persona.mood() > Mood.MAX)) {
                error("/persona/mood", "mood must be from " + Mood.MIN + " (furious) to " + Mood.MAX
                        + " (at ease), not " + persona.mood());
            }
        }

        private void checkNode(String id, Node node, Set<String> targets) {
            String at = "/nodes/" + id;
            if (node.isJump()) {
                if (node.patient() != null || node.patientByMood() != null || !node.choiceList().isEmpty()
                        || node.freeText() != null) {
                    error(at, "node '" + id + "' jumps; a jump node has only 'jumps' (and a narrator note)");
                }
                var jumps = node.jumpList();
                for (int i = 0; i < jumps.size(); i++) {
                    checkTarget(at + "/jumps/" + i, jumps.get(i).next(), targets);
                }
                if (jumps.stream().allMatch(j -> j.when() != null)) {
                    warning(at + "/jumps", "every branch of jump node '" + id + "' has a condition; if none holds "
                            + "the conversation stops here, so give the last branch no condition");
                }
                return;
            }
            if (node.patient() == null && node.patientByMood() == null) {
                error(at, "missing required key 'patient'");
            }
            line(at + "/patient", node.patient(), MAX_LINE);
            line(at + "/narrator", node.narrator(), MAX_LINE);
            if (node.patientByMood() != null) {
                node.patientByMood().forEach((band, text) -> {
                    if (!MOOD_BANDS.contains(band)) {
                        error(at + "/patient-by-mood/" + band, "'" + band + "' is not a mood band"
                                + hint(band, MOOD_BANDS) + "; bands are furious, angry, upset, calmer, reassured");
                    }
                    line(at + "/patient-by-mood/" + band, text, MAX_LINE);
                });
                if (node.patient() == null && !node.patientByMood().keySet().containsAll(MOOD_BANDS)) {
                    error(at + "/patient-by-mood", "without a plain 'patient' line, give a line for every band");
                }
            }
            if (node.choiceList().isEmpty() && node.freeText() == null) {
                error(at, "node '" + id + "' has no choices and no free-text; give it one or make it an ending");
                return;
            }
            var seen = new java.util.HashSet<String>();
            for (int i = 0; i < node.choiceList().size(); i++) {
                Choice choice = node.choiceList().get(i);
                String c = at + "/choices/" + i;
                if (required(c, "id", choice.id()) && !seen.add(choice.id())) {
                    error(c + "/id", "choice id '" + choice.id() + "' is used twice in node '" + id + "'");
                }
                required(c, "text", choice.text());
                line(c + "/text", choice.text(), MAX_REPLY);
                checkTarget(c, choice.next(), targets);
                checkMood(c, choice.moodChange());
                for (int r = 0; r < choice.effects().size(); r++) {
                    RubricEffect effect = choice.effects().get(r);
                    String e = c + "/rubric/" + r;
                    required(e, "criterion", effect.criterion());
                    if (required(e, "feedback", effect.feedback()) && effect.feedback().length() > MAX_FEEDBACK) {
                        error(e + "/feedback", "feedback is " + effect.feedback().length()
                                + " characters; keep it under " + MAX_FEEDBACK);
                    }
                    if (Math.abs(effect.points()) > POINTS_LIMIT) {
                        error(e + "/points", "points must be from -" + POINTS_LIMIT + " to " + POINTS_LIMIT
                                + ", not " + effect.points());
                    }
                }
            }
            FreeText free = node.freeText();
            if (free != null) {
                String f = at + "/free-text";
                required(f, "fallback", free.fallback());
                if (free.maxLength() != null && (free.maxLength() < 20 || free.maxLength() > MAX_TYPED)) {
                    error(f + "/max-length", "max-length must be from 20 to " + MAX_TYPED);
                }
                if (free.threshold() != null && (free.threshold() <= 0 || free.threshold() >= 1)) {
                    error(f + "/threshold", "threshold must be between 0 and 1");
                }
                if (free.intents() == null || free.intents().isEmpty()) {
                    error(f, "free-text needs at least one intent");
                    return;
                }
                var intentIds = new java.util.HashSet<String>();
                for (int i = 0; i < free.intents().size(); i++) {
                    FreeText.Intent intent = free.intents().get(i);
                    String in = f + "/intents/" + i;
                    if (required(in, "id", intent.id()) && !intentIds.add(intent.id())) {
                        error(in + "/id", "intent id '" + intent.id() + "' is used twice in node '" + id + "'");
                    }
                    if (intent.examples() == null || intent.examples().isEmpty()) {
                        error(in, "intent '" + intent.id() + "' needs at least one example reply");
                    }
                    checkTarget(in, intent.next(), targets);
                    checkMood(in, intent.moodChange());
                }
            }
        }

        /** Empty lines are errors; over-long ones are warnings. */
        private void line(String at, @Nullable String text, int max) {
            if (text == null) {
                return;
            }
            if (text.isBlank()) {
                error(at, "empty line");
            } else if (text.length() > max) {
                warning(at, "over-long line (" + text.length() + " characters); keep it under " + max
                        + " so it reads like speech");
            }
        }

        private void checkTarget(String at, @Nullable String next, Set<String> targets) {
            if (required(at, "next", next) && !targets.contains(next)) {
                error(at + "/next", "'" + next + "' is not a node or an ending" + hint(next, targets));
            }
        }

        private void checkMood(String at, int change) {
            if (Math.abs(change) > MOOD_CHANGE_LIMIT) {
                error(at + "/mood", "a reply may change the mood by at most " + MOOD_CHANGE_LIMIT
                        + " either way, not " + change);
            }
        }

        private static final int PLAYTHROUGH_STATES = 200_000;

        private void checkGraph() {
            var walker = new PathWalker(scenario);
            Set<String> reachable = walker.reachable();
            scenario.nodes().keySet().stream().filter(Predicate.not(reachable::contains)).forEach(
                    id -> warning("/nodes/" + id, "node '" + id + "' cannot be reached from the start"));
            scenario.endings().keySet().stream().filter(Predicate.not(reachable::contains)).forEach(
                    id -> warning("/endings/" + id, "ending '" + id + "' cannot be reached from the start"));
            if (walker.shortestDecisions() < 0) {
                error("/start", "no path from the start reaches an ending");
            }
            for (String id : walker.stuck()) {
                if (reachable.contains(id) && !id.equals(scenario.start())) {
                    error("/nodes/" + id, "no way from node '" + id + "' to any ending: a loop with no way out");
                }
            }
            if (problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR)) {
                checkPlaythroughs(reachable);
            }
        }

        /** Plays the scenario with its conditions: endings that are drawn but never reached, states with no way on. */
        private void checkPlaythroughs(Set<String> reachable) {
            var play = Playthroughs.explore(scenario, PLAYTHROUGH_STATES);
            if (!play.complete()) {
                return;
            }
            play.unreachable().stream().filter(reachable::contains).forEach(id -> warning("/endings/" + id,
                    "ending '" + id + "' is never reached when the conditions on the way to it are applied"));
            var seen = new java.util.HashSet<String>();
            for (Playthroughs.Stuck s : play.stuck()) {
                if (seen.add(s.node())) {
                    error("/nodes/" + s.node(), "the conversation gets stuck: " + s.message());
                }
            }
        }

        private boolean required(String parent, String key, @Nullable Object value) {
            if (value == null || value instanceof String s && s.isBlank()) {
                error(parent, "missing required key '" + key + "'");
                return false;
            }
            return true;
        }

        private static String hint(String given, Set<String> known) {
            return Ids.didYouMean(given, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
        }

        private void error(String pointer, String message) {
            add(pointer, Problem.Severity.ERROR, message);
        }

        private void warning(String pointer, String message) {
            add(pointer, Problem.Severity.WARNING, message);
        }

        private void add(String pointer, Problem.Severity severity, String message) {
            problems.add(document.problemAt(pointer, severity, message));
        }
    }

}
