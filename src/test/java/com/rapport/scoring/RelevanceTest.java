package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.Scenario;

/**
 * Credit counts only for sentences that answer the moment: a generic line earns nothing where it answers nothing,
 * and says why; a sentence about what the patient just said keeps its credit.
 */
class RelevanceTest {

    static final Scenario ED_WAIT = ScorerTest.CATALOG.find("ed-wait-family").orElseThrow().scenario();
    static final ReplyContext OPENING = new ReplyContext(ED_WAIT, "opening", Map.of());

    /** The same rubric without generic replies: no sentence is ever judged off the moment. */
    static final Scorer UNGATED = new Scorer(withoutRelevance(ScorerTest.SCORER.rubric()), SharedModel.EMBEDDER);

    static Rubric withoutRelevance(Rubric r) {
        return new Rubric(r.version(), r.paraphraseThreshold(), r.intentThreshold(), r.criteria(), r.jargon(),
                r.negations(), r.disclosureCues(), r.explanationCues(), r.protectedSubjects(), null, null,
                r.negationsByLanguage(), r.presenceByAction());
    }

    @Test
    void a_reply_about_what_the_patient_just_said_keeps_its_empathy_and_active_listening() {
        var score = ScorerTest.SCORER.score("Six hours in that waiting room with your mother is far too long, and"
                + " I'm so sorry nobody has told you anything.", OPENING);

        assertThat(score.criteria().get(Criterion.EMPATHY).evidence()).isNotEmpty();
        assertThat(score.criteria().get(Criterion.EMPATHY).unanswered()).isEmpty();
        assertThat(score.criteria().get(Criterion.ACTIVE_LISTENING).evidence()).isNotEmpty();
    }

    @Test
    void a_generic_follow_up_line_earns_nothing_at_a_moment_it_does_not_answer_and_the_debrief_says_why() {
        String reply = "Six hours in that waiting room with your mother is far too long. I'll make a note of this on"
                + " your file and I will follow up with you by tomorrow at noon.";

        var moment = ScorerTest.SCORER.scoreMoment(reply, OPENING);

        var followUp = moment.reply().criteria().get(Criterion.FOLLOW_UP);
        assertThat(followUp.evidence()).isEmpty();
        assertThat(followUp.unanswered()).isNotEmpty();
        assertThat(moment.points()).filteredOn(p -> p.criterion() == Criterion.FOLLOW_UP).singleElement()
                .satisfies(p -> assertThat(p.feedback()).contains("no credit", "does not answer this moment"));
    }

    @Test
    void the_same_line_scored_without_a_moment_is_not_judged_for_relevance() {
        String reply = "I'll make a note of this on your file and I will follow up with you by tomorrow at noon.";

        var score = ScorerTest.SCORER.score(reply, ReplyContext.genericCall());

        assertThat(score.criteria().get(Criterion.FOLLOW_UP).evidence()).isNotEmpty();
    }

    @Test
    void saying_who_you_are_counts_at_any_moment() {
        var score = ScorerTest.SCORER.score("My name is Alex and I work in Patient Relations.", OPENING);

        assertThat(score.criteria().get(Criterion.PROFESSIONALISM).evidence()).isNotEmpty();
    }

    /**
     * On the corpus's tuning split, the credit the scorer gave and the labellers agreed with is kept in at least
     * nine cases in ten when relevance is judged (2026-12-06: about 95%).
     */
    @Test
    void on_topic_replies_of_the_tuning_split_keep_nearly_all_their_agreed_credit() throws Exception {
        int agreed = 0;
        int kept = 0;
        for (Evaluation.Row row : Evaluation.read(VoicesCorpusTest.FILE)) {
            if (!row.split().equals("tune")) {
                continue;
            }
            var scenario = ScorerTest.CATALOG.find(row.scenario()).orElseThrow().scenario();
            var flags = Map.of(ReplyContext.IDENTITY_VERIFIED, row.verified(), ReplyContext.AUTHORISED,
                    row.verified());
            var context = new ReplyContext(scenario, row.node(), flags);
            var before = UNGATED.score(row.text(), context);
            var after = ScorerTest.SCORER.score(row.text(), context);
            for (Criterion c : Criterion.values()) {
                if (row.labels().get(c) == '+' && Evaluation.predicted(before, c) == '+') {
                    agreed++;
                    kept += Evaluation.predicted(after, c) == '+' ? 1 : 0;
                }
            }
        }
        assertThat(agreed).isGreaterThan(300);
        assertThat((double) kept / agreed).isGreaterThanOrEqualTo(0.90);
    }

}
