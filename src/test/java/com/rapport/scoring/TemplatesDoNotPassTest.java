package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioCatalog;
import com.rapport.scenario.ScoredPoint;

/**
 * Gaming the typed replies does not pass: a fluent generic template (an apology, a named feeling, "tell me more",
 * a request to verify, a hedged call-back, a name and an interpreter offer) or a keyword salad, pasted at every
 * typed-reply moment of a shipped scenario as one attempt, earns less than the scenario's pass mark on those
 * moments. A sentence earns credit once per attempt; a list of keywords earns nothing and means nothing.
 */
class TemplatesDoNotPassTest {

    static final List<String> GAMING = List.of(
            "I'm so sorry, that sounds really frustrating and upsetting. Tell me more about what happened. Before I"
                    + " go further, can I verify your identity with your full name and date of birth? I can't"
                    + " promise anything, but I'll call you back today by 5pm. My name is Alex from Patient"
                    + " Relations. Would you like an interpreter?",
            "I completely understand how you feel and I apologise for the experience. Can you tell me more about"
                    + " that? I'm going to look into this personally and I will follow up with you by tomorrow at"
                    + " noon. I'll document everything in your file. Please let me know if you need an interpreter.",
            "I hear you, and you have every right to be upset. Let me make sure I understand what happened: could"
                    + " you walk me through it? I'll write this up as a formal complaint and get back to you by"
                    + " Friday.",
            "sorry frustrating understand verify identity date birth interpreter call back today document"
                    + " complaint follow up",
            "apologise upset worried explore tell more ownership next step document escalate supervisor tomorrow"
                    + " 5pm plain words interpreter");

    /**
     * Fluent templates written after the rubric's generic replies, in other words than theirs, so this test also
     * checks that the relevance gate holds for templates it was not calibrated with.
     */
    static final List<String> UNSEEN_TEMPLATES = List.of(
            "Thank you so much for reaching out, and I truly apologise for everything you've been through. Your"
                    + " concerns are completely valid. I want to understand your experience fully, so please share"
                    + " whatever details you feel comfortable with. I will personally make sure this gets resolved"
                    + " and I'll reach out to you by end of business tomorrow with an update. I've noted all of this"
                    + " in our system.",
            "I really appreciate your patience with us, and I'm sorry this has been so stressful for you. What else"
                    + " can you tell me about what's been going on? I'm taking ownership of this and I'll ring you"
                    + " back on Monday before noon. Is there any language support or accommodation you need?");

    static Stream<Scenario> shipped() {
        return ScorerTest.CATALOG.all().stream().map(ScenarioCatalog.Entry::scenario);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void no_template_or_keyword_salad_pasted_at_every_typed_moment_passes(Scenario scenario) {
        var typed = scenario.nodes().entrySet().stream().filter(e -> e.getValue().freeText() != null)
                .map(Map.Entry::getKey).toList();
        assertThat(typed).as("typed-reply moments of %s", scenario.id()).isNotEmpty();
        for (String template : GAMING) {
            var earlier = new ArrayList<String>();
            var points = new ArrayList<ScoredPoint>();
            for (String node : typed) {
                var context = new ReplyContext(scenario, node, Map.of()).after(earlier);
                points.addAll(ScorerTest.SCORER.scoreMoment(template, context).scoredPoints());
                earlier.add(template);
            }
            int percent = ScoreSheet.of(points, scenario.scoringOrEmpty()::weight).percent();
            assertThat(percent).as("%s pasted at %d moments of %s", template.substring(0, 30), typed.size(),
                    scenario.id()).isLessThan(scenario.effectivePassMark());
        }
    }

    /**
     * Relevance: a fluent template tailored to no moment earns credit only in sentences that answer the moment it
     * is typed at, so pasted once, at any single typed-reply moment, it scores below that moment's pass share.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void no_fluent_template_typed_at_a_single_moment_reaches_the_pass_share(Scenario scenario) {
        var templates = new ArrayList<>(GAMING.subList(0, 3));
        templates.addAll(UNSEEN_TEMPLATES);
        scenario.nodes().forEach((node, n) -> {
            if (n.freeText() == null) {
                return;
            }
            for (String template : templates) {
                var moment = ScorerTest.SCORER.scoreMoment(template, new ReplyContext(scenario, node, Map.of()));
                int percent = ScoreSheet.of(moment.scoredPoints(), scenario.scoringOrEmpty()::weight).percent();
                assertThat(percent).as("%s typed at %s of %s", template.substring(0, 30), node, scenario.id())
                        .isLessThan(scenario.effectivePassMark());
            }
        });
    }
}
