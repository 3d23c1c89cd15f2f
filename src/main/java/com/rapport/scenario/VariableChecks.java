package com.rapport.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Flags and counters: each is declared once; every one a condition or an effect ({@code sets}, {@code adds}) names
 * must be declared; a declared one that nothing reads does nothing; a condition on something nothing ever changes,
 * or outside the range of mood or a score, can never be true. Needs a scenario with nodes.
 */
final class VariableChecks {

    private final CheckContext context;
    private final Scenario scenario;
    private final Set<String> flags = new TreeSet<>(ScenarioParser.BUILT_IN_FLAGS);
    private final Set<String> counters = new TreeSet<>();
    private final Set<String> flagsSet = new HashSet<>();
    private final Set<String> countersAdded = new HashSet<>();
    private final Set<String> read = new HashSet<>(ScenarioParser.BUILT_IN_FLAGS);
    /** Checks that need every effect seen first; run in the order their conditions were read. */
    private final List<Runnable> later = new ArrayList<>();
    private boolean unparsed;

    VariableChecks(CheckContext context) {
        this.context = context;
        this.scenario = context.scenario;
    }

    void check() {
        var vars = scenario.variablesOrEmpty();
        for (int i = 0; i < vars.flagList().size(); i++) {
            String name = vars.flagList().get(i);
            if (!flags.add(name) && !ScenarioParser.BUILT_IN_FLAGS.contains(name)) {
                context.error("/variables/flags/" + i, "flag '" + name + "' is declared twice");
            }
        }
        for (int i = 0; i < vars.counterList().size(); i++) {
            String name = vars.counterList().get(i);
            if (flags.contains(name) || !counters.add(name)) {
                context.error("/variables/counters/" + i, "'" + name + "' is declared twice");
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
        for (int i = 0; i < vars.flagList().size(); i++) {
            String name = vars.flagList().get(i);
            if (!read.contains(name)) {
                context.warning("/variables/flags/" + i, "flag '" + name + "' is never read by any condition, so"
                        + " setting it does nothing");
            }
        }
        for (int i = 0; i < vars.counterList().size(); i++) {
            String name = vars.counterList().get(i);
            if (!read.contains(name)) {
                context.warning("/variables/counters/" + i, "counter '" + name + "' is never read by any"
                        + " condition, so counting it does nothing");
            }
        }
    }

    private void effects(String at, @Nullable Map<String, Boolean> sets, @Nullable Map<String, Integer> adds) {
        if (sets != null) {
            sets.forEach((name, value) -> {
                if (!flags.contains(name)) {
                    context.error(at + "/sets/" + name, "flag '" + name + "' is not declared under variables.flags"
                            + CheckContext.hint(name, flags));
                } else if (value) {
                    flagsSet.add(name);
                }
            });
        }
        if (adds != null) {
            adds.forEach((name, amount) -> {
                if (!counters.contains(name)) {
                    context.error(at + "/adds/" + name, "counter '" + name
                            + "' is not declared under variables.counters" + CheckContext.hint(name, counters));
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
            context.error(at, e.getMessage());
            unparsed = true;
            return;
        }
        for (Condition.Term term : condition.terms()) {
            switch (term) {
                case Condition.Flag f -> flag(at, when, f);
                case Condition.Comparison c -> comparison(at, when, c);
            }
        }
    }

    private void flag(String at, String when, Condition.Flag f) {
        read.add(f.name());
        if (!flags.contains(f.name())) {
            context.error(at, "'" + f.name() + "' is not a declared flag" + CheckContext.hint(f.name(), flags));
        } else {
            later.add(() -> {
                if (!flagsSet.contains(f.name()) && !ScenarioParser.BUILT_IN_FLAGS.contains(f.name())) {
                    context.warning(at, "condition \"" + when + "\" reads flag '" + f.name()
                            + "' but nothing sets it, so it is always false");
                }
            });
        }
    }

    private void comparison(String at, String when, Condition.Comparison c) {
        String subject = c.subject();
        if (subject.equals("mood")) {
            if (!c.satisfiableWithin(Mood.MIN, Mood.MAX)) {
                context.warning(at, "condition \"" + when + "\" can never be true: mood is always "
                        + Mood.MIN + "-" + Mood.MAX);
            }
        } else if (subject.startsWith("score.")) {
            String criterion = subject.substring("score.".length());
            if (!CheckContext.CRITERIA.contains(criterion)) {
                context.error(at, "'" + criterion + "' is not a criterion"
                        + CheckContext.hint(criterion, CheckContext.CRITERIA));
            } else if (!c.satisfiableWithin(0, 100)) {
                context.warning(at, "condition \"" + when + "\" can never be true: scores are 0-100");
            }
        } else if (!counters.contains(subject)) {
            context.error(at, "'" + subject + "' is not a declared counter, mood or score.<criterion>"
                    + CheckContext.hint(subject, counters));
        } else {
            read.add(subject);
            later.add(() -> {
                if (!countersAdded.contains(subject) && !c.satisfiableWithin(0, 0)) {
                    context.warning(at, "condition \"" + when + "\" can never be true: nothing adds to counter '"
                            + subject + "'");
                }
            });
        }
    }
}
