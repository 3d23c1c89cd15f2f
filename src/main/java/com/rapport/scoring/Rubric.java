package com.rapport.scoring;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.Ids;
import com.rapport.scenario.JargonTerm;

/**
 * The scoring rubric as trainers write it in {@code scenarios/rubric.yaml}: per criterion a description, what each
 * level looks like, a baseline level, and the signals that raise or lower it; plus jargon with plain words and the
 * cues that reveal protected information.
 *
 * @param paraphraseThreshold cosine similarity from which a sentence counts as a paraphrase of a signal's example
 * @param intentThreshold confidence below which a typed reply matches no intent and the patient asks again
 * @param protectedSubjects who or what a disclosure is about in any call ("his results", "your mother"): with a
 *        disclosure cue in the same clause, before identity is verified, that is a critical HIPAA violation
 * @param genericReplies lines a representative could say on any call; a credit-earning sentence typed at a moment
 *        must come closer to what that moment is about than to these (see {@link Relevance})
 * @param relevanceMargin how much closer, in cosine similarity (negative: it may come a little less close)
 * @param presenceByAction what the representative does, or offers to do, that puts a patient in the building ("I'll
 *        take it up to him", "when I go up to see her"): said to a relative or other caller about a patient the
 *        scenario protects, before identity is verified, that tells them the patient is here
 * @param negationsByLanguage per language other than English (ISO code, "es"), the words that negate what follows
 */
public record Rubric(Integer version, Double paraphraseThreshold, Double intentThreshold,
        Map<Criterion, CriterionRubric> criteria, @Nullable List<JargonTerm> jargon,
        @Nullable List<String> negations, @Nullable List<String> disclosureCues,
        @Nullable List<String> explanationCues, @Nullable List<String> protectedSubjects,
        @Nullable List<String> genericReplies, @Nullable Double relevanceMargin,
        @Nullable Map<String, List<String>> negationsByLanguage, @Nullable List<String> presenceByAction) {

    /** The languages other than English that signals may have phrases in. */
    public static final java.util.Set<String> OTHER_LANGUAGES = java.util.Set.of(Language.SPANISH.code());

    /** The words that negate what follows them in a language other than English; none if not given. */
    public List<String> negationsIn(Language language) {
        return negationsByLanguage == null ? List.of()
                : negationsByLanguage.getOrDefault(language.code(), List.of());
    }

    public List<String> genericReplyList() {
        return genericReplies == null ? List.of() : genericReplies;
    }

    /** One criterion: how it is described, levelled and detected. */
    public record CriterionRubric(String description, Double weight, Integer baseline, Map<Integer, String> levels,
            List<Signal> signals) {
    }

    /**
     * Something in a reply that earns (credit) or costs (violation) on a criterion.
     *
     * @param phrases patterns matched on the words (see {@code scenarios/README.md} for the syntax)
     * @param examples sentences whose paraphrases also count (credit signals only; compared by sentence embeddings)
     * @param negatable whether a negation just before the phrase ("not", "don't", "never" …) cancels it
     * @param when a condition on the call: {@code unverified} (identity not yet verified) or {@code always}
     * @param also further criteria the signal counts on
     * @param commitment whether the phrase counts only as a commitment to the person, never as their own deadline
     * @param overrides for a violation, the criteria whose credit it voids anywhere in its sentence (an
     *        over-promise owns nothing and sets no real follow-up time)
     * @param phrasesByLanguage per language other than English (ISO code, "es"), the phrases that mean the same
     *        there; matched the same way, with that language's negations
     * @param anyMoment whether the credit counts in a sentence that does not answer the moment (a move that is
     *        right at any moment of any call, such as saying who you are); otherwise it needs a relevant sentence
     * @param except phrases in which a match does not count: a match of the signal that lies inside one of them is
     *        not the signal ("what I can promise is" is not an over-promise; "you should have been told" blames
     *        nobody)
     * @param overridesInReply for a violation, the criteria whose credit it voids anywhere in the reply (a reply
     *        that mocks or brushes off what the person said has not listened, whatever words of theirs it repeats)
     */
    public record Signal(String id, Kind kind, @Nullable Integer points, @Nullable Severity severity, String reason,
            @Nullable List<String> phrases, @Nullable List<String> examples, @Nullable Boolean negatable,
            @Nullable When when, @Nullable List<Criterion> also, @Nullable Boolean commitment,
            @Nullable List<Criterion> overrides, @Nullable Map<String, List<String>> phrasesByLanguage,
            @Nullable Boolean anyMoment, @Nullable List<String> except, @Nullable List<Criterion> overridesInReply) {

        /** The phrases in a language: English ones are {@link #phraseList()}, the others per language code. */
        public List<String> phraseList(Language language) {
            if (language == Language.ENGLISH) {
                return phraseList();
            }
            return phrasesByLanguage == null ? List.of() : phrasesByLanguage.getOrDefault(language.code(), List.of());
        }

        /** The phrases in which a match of this signal does not count. */
        public List<String> exceptList() {
            return except == null ? List.of() : except;
        }

        /** Whether the credit counts even in a sentence that does not answer the moment. */
        public boolean countsAnywhere() {
            return anyMoment != null && anyMoment;
        }

        /** The criteria whose credit this violation voids anywhere in the reply. */
        public List<Criterion> overriddenInReply() {
            return overridesInReply == null ? List.of() : overridesInReply;
        }

        /** The criteria whose credit this violation voids in its sentence. */
        public List<Criterion> overriddenCriteria() {
            return overrides == null ? List.of() : overrides;
        }

        /** Whether the phrase counts only as a commitment to the person, never as their deadline ("due by"). */
        public boolean needsCommitment() {
            return commitment != null && commitment;
        }

        /** Further criteria the same words count on ("calm down" is unprofessional as well as unempathic). */
        public List<Criterion> alsoOn() {
            return also == null ? List.of() : also;
        }

        public int creditPoints() {
            return points == null ? 1 : points;
        }

        public boolean isNegatable() {
            return negatable == null || negatable;
        }

        public When condition() {
            return when == null ? When.ALWAYS : when;
        }

        public List<String> phraseList() {
            return phrases == null ? List.of() : phrases;
        }

        public List<String> exampleList() {
            return examples == null ? List.of() : examples;
        }
    }

    public enum Kind {
        CREDIT, VIOLATION;

        @JsonValue
        public String id() {
            return Ids.of(this);
        }

        @JsonCreator
        public static Kind fromId(String id) {
            return Ids.lookup(Kind.class, id, Kind::id);
        }
    }

    public enum When {
        ALWAYS, UNVERIFIED, VERIFIED;

        @JsonValue
        public String id() {
            return Ids.of(this);
        }

        @JsonCreator
        public static When fromId(String id) {
            return Ids.lookup(When.class, id, When::id);
        }
    }

}
