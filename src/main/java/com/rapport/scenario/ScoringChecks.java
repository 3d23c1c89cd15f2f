package com.rapport.scenario;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The {@code examples} and {@code scoring} sections: examples name a node, a reply and something to expect (known
 * criteria, levels 0-4, an intent of that node); weights are above 0 and at most 10; protected facts and jargon
 * terms are complete, their phrases not empty and their parentheses balanced. Needs a scenario with nodes.
 */
final class ScoringChecks {

    private final CheckContext context;

    ScoringChecks(CheckContext context) {
        this.context = context;
    }

    /** The examples first, then the scoring section. */
    void check() {
        var examples = context.scenario.exampleList();
        for (int i = 0; i < examples.size(); i++) {
            checkExample("/examples/" + i, examples.get(i));
        }
        checkScoring();
    }

    private void checkExample(String at, Scenario.Example example) {
        Map<String, Node> nodes = context.scenario.nodes();
        if (context.required(at, "node", example.node()) && !nodes.containsKey(example.node())) {
            context.error(at + "/node", "'" + example.node() + "' is not a node"
                    + CheckContext.hint(example.node(), nodes.keySet()));
        }
        if (context.required(at, "reply", example.reply()) && example.expect() == null
                && example.violations() == null && example.intent() == null) {
            context.warning(at, "this example expects nothing; add expect, violations or intent");
        }
        if (example.expect() != null) {
            example.expect().forEach((criterion, expected) -> {
                if (!CheckContext.CRITERIA.contains(criterion)) {
                    context.error(at + "/expect/" + criterion, "'" + criterion + "' is not a criterion"
                            + CheckContext.hint(criterion, CheckContext.CRITERIA));
                } else if (Expectation.parse(expected) == null) {
                    context.error(at + "/expect/" + criterion, "expected level \"" + expected
                            + "\" must be a level 0-4, optionally after >= or <=");
                }
            });
        }
        if (example.violations() != null) {
            for (String criterion : example.violations()) {
                if (!CheckContext.CRITERIA.contains(criterion)) {
                    context.error(at + "/violations", "'" + criterion + "' is not a criterion"
                            + CheckContext.hint(criterion, CheckContext.CRITERIA));
                }
            }
        }
        Node node = example.node() == null ? null : nodes.get(example.node());
        if (example.intent() != null && node != null && !example.intent().equals("none")) {
            Set<String> intents = node.freeText() == null ? Set.of()
                    : node.freeText().intents().stream().map(FreeText.Intent::id).collect(Collectors.toSet());
            if (!intents.contains(example.intent())) {
                context.error(at + "/intent", "node '" + example.node() + "' has no intent '" + example.intent()
                        + "'" + CheckContext.hint(example.intent(), intents));
            }
        }
    }

    private void checkScoring() {
        ScenarioScoring scoring = context.scenario.scoring();
        if (scoring == null) {
            return;
        }
        if (scoring.weights() != null) {
            scoring.weights().forEach((criterion, weight) -> {
                if (weight == null || weight <= 0 || weight > 10) {
                    context.error("/scoring/weights/" + criterion.id(), "a weight must be above 0 and at most 10");
                }
            });
        }
        var facts = scoring.facts();
        for (int i = 0; i < facts.size(); i++) {
            var fact = facts.get(i);
            String at = "/scoring/protected-facts/" + i;
            context.required(at, "id", fact.id());
            context.required(at, "description", fact.description());
            if (fact.phrases() == null || fact.phrases().isEmpty()) {
                context.error(at, "a protected fact needs at least one phrase");
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
            if (context.required(at, "term", term.term())) {
                phrase(at + "/term", term.term());
            }
            context.required(at, "plain", term.plain());
        }
    }

    /** A rubric phrase: not empty, parentheses balanced. */
    private void phrase(String at, @Nullable String phrase) {
        if (phrase == null || phrase.isBlank()) {
            context.error(at, "empty phrase");
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
            context.error(at, "unbalanced parentheses in phrase \"" + phrase + "\"");
        }
    }
}
