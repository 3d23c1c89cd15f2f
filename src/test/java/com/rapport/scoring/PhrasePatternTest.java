package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a rubric phrase reads: optional words, and a comma after a word that is optional itself. */
class PhrasePatternTest {

    private static boolean matches(String phrase, String text) {
        return !PhrasePattern.compile(phrase).find(Tokenizer.tokenize(text)).isEmpty();
    }

    @Test
    void an_optional_comma_after_a_word_leaves_the_word_required() {
        assertThat(matches("with respect,? (that|you)", "With respect, that is not how it works.")).isTrue();
        assertThat(matches("with respect,? (that|you)", "With respect you are wrong.")).isTrue();
        assertThat(matches("with respect,? (that|you)", "I'll go through it with you now.")).isFalse();
    }

    @Test
    void an_end_mark_matches_only_where_the_clause_ends() {
        assertThat(matches("whatever <end>", "Whatever, I can't help you.")).isTrue();
        assertThat(matches("whatever <end>", "ok whatever")).isTrue();
        assertThat(matches("whatever <end>", "I'll do whatever I can to help.")).isFalse();
        assertThat(matches("whatever <end>", "Whatever you heard, I can't confirm it.")).isFalse();
    }

    @Test
    void a_start_mark_matches_only_where_the_clause_starts() {
        assertThat(matches("<start> i can promise", "Yes, I can promise that.")).isTrue();
        assertThat(matches("<start> i can promise", "What I can promise is a call.")).isFalse();
    }

    @Test
    void a_name_s_before_a_word_no_noun_can_follow_reads_as_is_or_has() {
        assertThat(matches("(he|dale) is in", "Dale's in the cardiac unit for a test.")).isTrue();
        assertThat(matches("(he|frank) is on", "frank's on 5 north")).isTrue();
        assertThat(matches("your dad is having", "Your dad's having the scan now.")).isTrue();
        assertThat(matches("frank has been", "Frank's been moved upstairs.")).isTrue();
        assertThat(matches("frank is", "Frank's wife called earlier.")).isFalse();
        assertThat(matches("doyle is", "Mrs Doyle's hearing aids are missing.")).isFalse();
        assertThat(matches("frank wife", "Frank's wife called earlier.")).isTrue();
    }

    @Test
    void back_home_and_stable_after_a_name_s_read_as_is_only_where_no_noun_could_stand() {
        assertThat(matches("dale is back", "Dale's back is sore from the chairs.")).isFalse();
        assertThat(matches("dale is home", "I have Dale's home address here.")).isFalse();
        assertThat(matches("patient is stable", "The patient's stable condition is charted.")).isFalse();
        assertThat(matches("dale is back", "Dale's back on the ward.")).isTrue();
        assertThat(matches("dale is home", "Dale's home now.")).isTrue();
        assertThat(matches("dale is back", "Honestly, Dale's back.")).isTrue();
        assertThat(matches("dale is stable", "Dale's stable and resting.")).isTrue();
    }

    @Test
    void an_everyday_word_is_itself_not_a_typo_but_a_spelling_variant_is_the_same_word() {
        assertThat(matches("his heart", "I heard his heard was racing")).isFalse();
        assertThat(matches("get (her|him) fired", "I'll get him filed under urgent")).isFalse();
        assertThat(matches("i apologise", "I apologize for the wait")).isTrue();
        assertThat(matches("his heart", "its his hearrt")).isTrue();
    }

    @Test
    void a_past_tense_is_another_word_not_a_typo() {
        assertThat(matches("i promise", "I promised her a call.")).isFalse();
        assertThat(matches("i promise", "I promiss you.")).isTrue();
    }

    @Test
    void a_texters_contraction_without_its_apostrophe_reads_like_the_full_words() {
        assertThat(matches("there is * more than one", "theres def more than one at that address")).isTrue();
        assertThat(matches("she is (fine|here)", "shes here")).isTrue();
    }

    @Test
    void a_question_mark_standing_at_the_end_counts_only_inside_a_question() {
        assertThat(matches("what happened ?", "So, what happened after that?")).isTrue();
        assertThat(matches("what happened ?", "What happened when you called, and who did you speak to?")).isTrue();
        assertThat(matches("what happened ?", "I'll pass it on so they know what happened.")).isFalse();
        assertThat(matches("what happened ?", "I know what happened. Can I help?")).isFalse();
    }

    @Test
    void a_question_mark_after_a_word_makes_it_optional() {
        assertThat(matches("call you back? today", "I'll call you today.")).isTrue();
        assertThat(matches("call you back? today", "I'll call you back today.")).isTrue();
    }
}
