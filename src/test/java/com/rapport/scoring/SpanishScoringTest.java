package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.Problem;

/**
 * Spanish replies are scored with the rubric's Spanish phrases where the scenario's patient speaks Spanish, every
 * point on Spanish words; elsewhere they stay "not scored".
 */
class SpanishScoringTest {

    static final ReplyContext MOTHER_AT_THE_DESK = new ReplyContext(
            ScorerTest.CATALOG.find("spanish-interpreter-son").orElseThrow().scenario(), "opening", Map.of());
    static final ReplyContext NURSE_CALL = new ReplyContext(
            ScorerTest.CATALOG.find("spanish-interpreter-son").orElseThrow().scenario(), "nurse-call",
            Map.of(ReplyContext.IDENTITY_VERIFIED, true));

    @Test
    void a_warm_spanish_reply_to_the_spanish_speaking_mother_is_scored_on_its_spanish_words() {
        var score = ScorerTest.SCORER.score("Lo siento mucho, señora. Entiendo que debe de ser muy difícil."
                + " Voy a pedir un intérprete médico, es gratis.", MOTHER_AT_THE_DESK);

        assertThat(score.scored()).isTrue();
        assertThat(score.language()).isEqualTo(Language.SPANISH);
        assertThat(score.criteria().get(Criterion.EMPATHY).evidence()).extracting(ReplyScore.Evidence::text)
                .contains("Lo siento");
        assertThat(score.criteria().get(Criterion.CULTURAL_SENSITIVITY).evidence())
                .extracting(ReplyScore.Evidence::text).anySatisfy(t -> assertThat(t).contains("intérprete"));
    }

    @Test
    void words_typed_without_accents_match_as_well() {
        var score = ScorerTest.SCORER.score("Senora, voy a pedir un interprete medico para usted, es gratis.",
                MOTHER_AT_THE_DESK);

        assertThat(score.criteria().get(Criterion.CULTURAL_SENSITIVITY).evidence()).isNotEmpty();
    }

    @Test
    void a_spanish_non_apology_is_a_violation_and_earns_no_empathy() {
        var score = ScorerTest.SCORER.score("Siento que lo vea así, pero el papel lo decía muy claro.", NURSE_CALL);

        assertThat(score.violations()).extracting(ReplyScore.Violation::signal).contains("non-apology");
        assertThat(score.criteria().get(Criterion.EMPATHY).evidence()).isEmpty();
    }

    @Test
    void a_spanish_promise_of_what_only_the_insurer_decides_is_an_over_promise() {
        var bilingual = new ReplyContext(ScorerTest.CATALOG.find("bilingual-rep-spanish-billing").orElseThrow()
                .scenario(), null, Map.of(ReplyContext.IDENTITY_VERIFIED, true));

        var promise = ScorerTest.SCORER.score("Le prometo que no va a tener que pagar nada, señora.", bilingual);
        var cancel = ScorerTest.SCORER.score("No se preocupe, voy a cancelar la factura hoy mismo.", bilingual);
        var honest = ScorerTest.SCORER.score("No le puedo prometer el resultado, pero hoy mismo llamo al seguro.",
                bilingual);

        assertThat(promise.violations()).extracting(ReplyScore.Violation::signal).contains("overpromises");
        assertThat(cancel.violations()).extracting(ReplyScore.Violation::signal).contains("overpromises");
        assertThat(honest.violations()).extracting(ReplyScore.Violation::signal).doesNotContain("overpromises");
    }

    @Test
    void a_negated_spanish_apology_earns_nothing() {
        var score = ScorerTest.SCORER.score("Yo no lo siento, señora, el papel lo decía muy claro.", NURSE_CALL);

        assertThat(score.criteria().get(Criterion.EMPATHY).evidence()).isEmpty();
    }

    @Test
    void a_spanish_owner_with_a_dated_call_back_earns_ownership_and_follow_up() {
        var score = ScorerTest.SCORER.score("Yo me encargo de la factura, señora, y le llamo mañana antes de las"
                + " diez con un intérprete en la línea.", NURSE_CALL);

        assertThat(score.criteria().get(Criterion.OWNERSHIP).evidence()).isNotEmpty();
        assertThat(score.criteria().get(Criterion.FOLLOW_UP).evidence()).isNotEmpty();
    }

    @Test
    void a_spanish_reply_where_the_patient_does_not_speak_spanish_stays_not_scored() {
        var billing = new ReplyContext(ScorerTest.CATALOG.find("billing-uncovered-services").orElseThrow()
                .scenario(), "opening", Map.of());

        var score = ScorerTest.SCORER.score("Lo siento mucho, señora. Yo me encargo de su factura.", billing);

        assertThat(score.scored()).isFalse();
        assertThat(score.criteria().values()).allSatisfy(r -> assertThat(r.evidence()).isEmpty());
    }

    @Test
    void spanish_phrases_are_checked_as_strictly_as_english_ones() throws Exception {
        String rubric = Files.readString(Path.of("scenarios/rubric.yaml"));
        String broken = rubric.replace("            - \"lo siento\"\n", "            - \"(lo siento\"\n")
                .replace("negations-by-language:\n  es:", "negations-by-language:\n  fr: [ne]\n  es:");
        assertThat(broken).isNotEqualTo(rubric);

        var result = RubricLoader.parse("rubric.yaml", broken.getBytes(StandardCharsets.UTF_8));

        assertThat(result.rubric()).isNull();
        assertThat(result.problems()).filteredOn(p -> p.severity() == Problem.Severity.ERROR)
                .extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("unbalanced parentheses", "(lo siento"))
                .anySatisfy(m -> assertThat(m).contains("unknown language 'fr'"));
    }
}
