package com.rapport.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * What axe-core finds on each page against WCAG 2.0 and 2.1, levels A and AA: the violated rules per view, counted by
 * impact, printed as a table and kept for the assertions. Axe's best practices (one main landmark, one H1, all content
 * in landmarks, ...) are checked too and listed apart: they are not WCAG failures.
 */
final class AxeReport {

    /** The WCAG levels Rapport is bought to (Section 508 refers to WCAG 2.0 AA; hospitals ask for 2.1 AA). */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");
    private static final String BEST_PRACTICE = "best-practice";

    private final Map<String, List<Rule>> violations = new LinkedHashMap<>();

    /** Runs axe on the page as it is now and files what it violates under the view's name. */
    void check(String view, Page page) {
        Chromium.settle(page);
        var tags = new ArrayList<>(WCAG_TAGS);
        tags.add(BEST_PRACTICE);
        violations.put(view, new AxeBuilder(page).withTags(tags).analyze().getViolations());
    }

    private static boolean wcag(Rule rule) {
        return rule.getTags().stream().anyMatch(WCAG_TAGS::contains);
    }

    /** The best-practice rules (not WCAG) the view breaks. */
    List<String> bestPractice(String view) {
        return violations.get(view).stream().filter(r -> !wcag(r)).map(Rule::getId).toList();
    }

    /** The views where a violation of the given impacts was found. */
    Map<String, List<String>> failing(List<String> impacts) {
        var failing = new LinkedHashMap<String, List<String>>();
        violations.forEach((view, rules) -> {
            var found = rules.stream().filter(r -> wcag(r) && impacts.contains(r.getImpact()))
                    .map(r -> r.getImpact() + " " + r.getId() + " ×" + r.getNodes().size() + " (" + targets(r) + ")")
                    .toList();
            if (!found.isEmpty()) {
                failing.put(view, found);
            }
        });
        return failing;
    }

    List<String> views() {
        return List.copyOf(violations.keySet());
    }

    /** One line per view: the number of violated rules per impact, then the rules with their number of elements. */
    String table(String title) {
        var out = new StringBuilder("axe-core, WCAG 2.0/2.1 A+AA, " + title + " (rules violated per impact; "
                + "rule ×elements)\n");
        out.append(String.format("%-16s %8s %7s %8s %5s  %s | %s%n", "view", "critical", "serious", "moderate",
                "minor", "WCAG rules", "best practice"));
        violations.forEach((view, rules) -> {
            var counts = new ArrayList<Object>();
            counts.add(view);
            for (String impact : IMPACTS) {
                counts.add(rules.stream().filter(r -> wcag(r) && impact.equals(r.getImpact())).count());
            }
            counts.add(listed(rules.stream().filter(AxeReport::wcag).toList()));
            counts.add(listed(rules.stream().filter(r -> !wcag(r)).toList()));
            out.append(String.format("%-16s %8d %7d %8d %5d  %s | %s%n", counts.toArray()));
        });
        return out.toString();
    }

    private static String listed(List<Rule> rules) {
        return rules.isEmpty() ? "-" : String.join(", ", rules.stream().map(r -> r.getId() + " ×" + r.getNodes()
                .size()).toList());
    }

    private static String targets(Rule rule) {
        return String.join(" | ", rule.getNodes().stream().limit(3).map(n -> Objects.toString(n.getTarget()))
                .toList());
    }
}
