package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.rapport.scenario.Criterion;

class LearnedSignalsTest {

    static final Scorer RULES_ONLY = new Scorer(ScorerTest.SCORER.rubric(), SharedModel.EMBEDDER, null);

    private static List<String> signals(ReplyScore score, Criterion c) {
        return score.criteria().get(c).evidence().stream().map(ReplyScore.Evidence::signal).toList();
    }

    @Test
    void empathy_in_other_words_than_the_rubric_earns_credit_and_says_what_it_reads_like() {
        String reply = "Six hours on those chairs with your dad in pain, no wonder you've had enough.";
        var context = ReplyContext.genericCall();
        assertThat(signals(RULES_ONLY.score(reply, context), Criterion.EMPATHY)).isEmpty();

        var score = ScorerTest.SCORER.score(reply, context);
        var evidence = score.criteria().get(Criterion.EMPATHY).evidence();
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.signal()).isEqualTo("reads-like-empathy");
            assertThat(e.reason()).startsWith("Reads like what trainers credit on empathy: \"");
        });
    }

    @Test
    void the_same_reply_always_gets_the_same_score() {
        String reply = "I can hear how much this has worn you down. I'll call you by five today with what I find.";
        var context = ReplyContext.genericCall();
        assertThat(ScorerTest.SCORER.score(reply, context)).isEqualTo(ScorerTest.SCORER.score(reply, context));
    }

    @Test
    void detectors_learned_on_one_model_are_not_used_with_another() {
        SentenceEmbedder other = sentence -> new float[384];
        assertThat(LearnedSignals.shipped(other)).isNull();
        assertThat(LearnedSignals.shipped(SharedModel.EMBEDDER)).isNotNull();
    }

    @Test
    void what_the_shipped_detectors_show_as_reads_like_comes_from_the_tuning_split_or_the_rubric()
            throws IOException {
        var seen = DetectorTraining.tuneRows().stream().map(Evaluation.Row::text).toList().toString()
                + ScorerTest.SCORER.rubric();
        var shipped = LearnedSignals.shipped(SharedModel.EMBEDDER);
        assertThat(shipped).isNotNull();
        assertThat(shipped.detectors()).isNotEmpty().allSatisfy(d -> assertThat(d.exemplars())
                .allSatisfy(e -> assertThat(seen).contains(e.text())));
    }

    @Test
    void the_shipped_detectors_read_and_written_back_are_the_same_file_so_every_number_is_read_exactly() {
        String stored = new String(LearnedSignals.shippedBytes(), java.nio.charset.StandardCharsets.UTF_8);
        var read = LearnedSignals.read(new java.io.ByteArrayInputStream(LearnedSignals.shippedBytes()));

        assertThat(DetectorTraining.toJson(read)).isEqualTo(stored);
    }

    @Test
    void training_is_reproducible_and_uses_only_the_rows_it_is_given() throws IOException {
        var rows = DetectorTraining.tuneRows().stream().limit(120).toList();
        var scenarios = (java.util.function.Function<String, com.rapport.scenario.Scenario>) id -> ScorerTest.CATALOG
                .find(id).map(e -> e.scenario()).orElse(null);
        String first = DetectorTraining.toJson(new DetectorTraining(ScorerTest.SCORER.rubric(), SharedModel.EMBEDDER)
                .train(rows, scenarios));
        String second = DetectorTraining.toJson(new DetectorTraining(ScorerTest.SCORER.rubric(), SharedModel.EMBEDDER)
                .train(rows, scenarios));
        assertThat(second).isEqualTo(first);
        assertThat(first).contains("\"model\" : \"all-minilm-l6-v2-q\"");
        var read = LearnedSignals.read(new java.io.ByteArrayInputStream(first.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(read.detectors()).allSatisfy(d -> assertThat(d.exemplars()).allSatisfy(e -> assertThat(
                rows.stream().map(Evaluation.Row::text).toList().toString()
                        + ScorerTest.SCORER.rubric().toString()).contains(e.text())));
        assertThat(Path.of(LearnedSignals.RESOURCE.substring(1))).isNotNull();
    }
}
