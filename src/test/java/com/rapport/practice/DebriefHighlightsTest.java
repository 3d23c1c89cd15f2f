package com.rapport.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.Tier;
import com.rapport.scoring.Severity;

class DebriefHighlightsTest {

    private static Debrief.Reply chosen(int seq, Debrief.Point... points) {
        return new Debrief.Reply(seq, "They said", "You said", false, null, 0, null, 5, 5, List.of(points),
                List.of());
    }

    private static Debrief.Mark violation(int start, String text, String reason) {
        return new Debrief.Mark(Criterion.PLAIN_LANGUAGE, false, Severity.MINOR, start, start + text.length(), text,
                "jargon", reason);
    }

    private static Debrief debrief(List<Debrief.Reply> replies) {
        return new Debrief(1, "ana", "s", "v", "Title", Tier.ENTRY, Instant.EPOCH, Instant.EPOCH, null, null, null,
                60, 60, 70, false, List.of(), Map.of(), replies, List.of(), List.of(), List.of(), List.of(), false);
    }

    @Test
    void the_same_finding_in_several_places_of_one_reply_is_said_once_with_every_place_quoted() {
        var marks = List.of(violation(30, "EOB", "Jargon the patient may not know."),
                violation(4, "EOB", "Jargon the patient may not know."),
                violation(50, "deductible", "Jargon the patient may not know."),
                new Debrief.Mark(Criterion.EMPATHY, true, null, 0, 3, "I'm sorry", "apology", "Apologises."),
                violation(60, "EOB", "Jargon the patient may not know."));

        var findings = DebriefHighlights.findings(marks);

        assertThat(findings).hasSize(2);
        assertThat(findings.getFirst().credit()).as("what cost points comes first").isFalse();
        assertThat(findings.getFirst().quotes()).containsExactly("EOB", "deductible");
        assertThat(findings.getLast().quotes()).containsExactly("I'm sorry");
    }

    @Test
    void the_summary_names_at_most_three_strengths_each_on_another_criterion_and_linked_to_its_reply() {
        var replies = List.of(
                chosen(1, new Debrief.Point(Criterion.EMPATHY, 2, 2, "Named the feeling."),
                        new Debrief.Point(Criterion.OWNERSHIP, 1, 3, null)),
                chosen(2, new Debrief.Point(Criterion.EMPATHY, 3, 3, "Reflected his words."),
                        new Debrief.Point(Criterion.ACTIVE_LISTENING, 2, 2, "Asked an open question.")),
                chosen(3, new Debrief.Point(Criterion.PROFESSIONALISM, 1, 1, "Gave your name."),
                        new Debrief.Point(Criterion.HIPAA, 1, 1, "Verified identity.")));

        var strengths = debrief(replies).strengths();

        assertThat(strengths).hasSize(3);
        assertThat(strengths).extracting(DebriefHighlights.Highlight::criterion).doesNotHaveDuplicates()
                .contains(Criterion.EMPATHY, Criterion.ACTIVE_LISTENING);
        assertThat(strengths).filteredOn(h -> h.criterion() == Criterion.EMPATHY).singleElement()
                .satisfies(h -> {
                    assertThat(h.seq()).as("the reply that earned most on it").isEqualTo(2);
                    assertThat(h.why()).isEqualTo("Reflected his words.");
                });
        assertThat(strengths).extracting(DebriefHighlights.Highlight::seq).isSorted();
    }

    @Test
    void things_to_work_on_are_the_biggest_losses_one_per_criterion_with_the_reason_where_points_were_lost() {
        var replies = List.of(
                chosen(1, new Debrief.Point(Criterion.OWNERSHIP, 0, 3, null)),
                chosen(2, new Debrief.Point(Criterion.EMPATHY, -2, 1, "Skipped his mother entirely."),
                        new Debrief.Point(Criterion.EMPATHY, -1, 0, "Said it twice.")),
                chosen(3, new Debrief.Point(Criterion.FOLLOW_UP, 2, 2, "Gave a date.")));

        var work = debrief(replies).toWorkOn();

        assertThat(work).extracting(DebriefHighlights.Highlight::criterion)
                .containsExactly(Criterion.OWNERSHIP, Criterion.EMPATHY);
        assertThat(work).filteredOn(DebriefHighlights.Highlight::lost).singleElement().satisfies(h -> {
            assertThat(h.seq()).isEqualTo(2);
            assertThat(h.points()).isEqualTo(3);
            assertThat(h.why()).isEqualTo("Skipped his mother entirely.");
        });
        assertThat(work).filteredOn(h -> !h.lost()).singleElement().satisfies(h -> assertThat(h.why()).isNull());
    }

    @Test
    void a_typed_reply_explains_itself_with_its_own_marks() {
        var typed = new Debrief.Reply(1, "They said", "I'm sorry about the EOB", true, "apologise", 0.8,
                "I'm sorry.", 4, 5, List.of(new Debrief.Point(Criterion.PLAIN_LANGUAGE, -1, 1, "levels"),
                        new Debrief.Point(Criterion.EMPATHY, 2, 2, "levels")),
                List.of(violation(18, "EOB", "Jargon the patient may not know."),
                        new Debrief.Mark(Criterion.EMPATHY, true, null, 0, 9, "I'm sorry", "apology",
                                "Apologises for the experience.")));

        var d = debrief(List.of(typed));

        assertThat(d.strengths()).singleElement().extracting(DebriefHighlights.Highlight::why)
                .isEqualTo("Apologises for the experience.");
        assertThat(d.toWorkOn()).singleElement().extracting(DebriefHighlights.Highlight::why)
                .isEqualTo("Jargon the patient may not know.");
    }
}
