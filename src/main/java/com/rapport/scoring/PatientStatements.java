package com.rapport.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds clauses that state a fact about a patient: "he was moved last night", "she's recovering", "your dad had
 * the follow-up call". Before the caller may be told, any such statement tells them something the record holds,
 * whatever words it uses, so the statement's shape is read rather than a list of findings: a patient as the
 * subject (he, she, your father ...) and a verb that reports what is or was (is, was, has, had, or a past tense),
 * not what may or should be ("he can call the clinic", "she'll need to sign a form"), nor the patient's rights
 * ("he is an adult", "she has the right to say no").
 */
final class PatientStatements {

    private static final Set<String> SUBJECTS = Set.of("he", "she");
    private static final Set<String> RELATIVES = Set.of("dad", "father", "mum", "mom", "mother", "son", "daughter",
            "husband", "wife", "sister", "brother", "grandmother", "grandfather", "grandma", "grandpa", "nan",
            "partner", "aunt", "uncle");
    /** Words a speaker puts before a statement without changing it ("so" opens a reflection, and is not one). */
    private static final Set<String> OPENERS = Set.of("yes", "yeah", "yep", "well", "oh", "and", "honestly",
            "um", "uh", "mm", "ok", "okay", "look", "listen", "actually", "basically", "anyway", "now", "good",
            "news", "great");
    private static final Set<String> ADVERBS = Set.of("already", "just", "still", "also", "probably", "definitely",
            "only", "actually", "really", "now", "recently", "finally", "even", "all");
    private static final Set<String> STATE_VERBS = Set.of("is", "was", "has", "had", "seems", "seemed", "looks",
            "looked", "got", "gets", "went", "came", "left", "took", "saw", "felt", "feels", "began", "started",
            "stayed", "slept", "ate", "woke", "spent", "underwent", "fell", "broke", "lost", "became");
    /** What follows "is" or "has" when it is about a duty, a right or a wish rather than a fact of the record. */
    private static final Set<String> NOT_FACTS = Set.of("to", "an", "entitled", "allowed", "welcome", "able",
            "free", "right", "rights", "every", "always", "adult", "responsible", "own", "listed", "named", "not",
            "never");
    /** What follows "is the" or "has the" in a duty or a right: "he is the only one who can", "the right to". */
    private static final Set<String> NOT_FACTS_AFTER_THE = Set.of("right", "one", "only", "patient", "person",
            "last", "final");
    /** Past tenses ending in -ed that say what the patient did or wanted about the call, not about their care. */
    private static final Set<String> NOT_CARE = Set.of("asked", "wanted", "called", "phoned", "needed", "agreed",
            "signed", "authorised", "authorized", "named", "decided", "mentioned", "requested", "wished", "liked",
            "used", "tried", "hoped", "loved");

    private PatientStatements() {
    }

    /** Token spans [from, to) of the clauses in the reply that state a fact about a patient. */
    static List<int[]> find(Reply reply) {
        var tokens = reply.tokens();
        var found = new ArrayList<int[]>();
        int i = 0;
        while (i < tokens.size()) {
            // a clause opens at the start or after a boundary or "but"/"and"
            int start = i;
            int k = start;
            while (k < tokens.size() && !tokens.get(k).boundary() && OPENERS.contains(tokens.get(k).word())) {
                k++;
            }
            int verb = subjectEnd(tokens, k);
            if (verb >= 0) {
                while (verb < tokens.size() && ADVERBS.contains(tokens.get(verb).word())) {
                    verb++;
                }
                if (verb < tokens.size() && states(tokens, verb)) {
                    var clause = reply.clauseAround(new PhrasePattern.Match(k, verb + 1));
                    found.add(clause);
                }
            }
            // on to the next clause
            i = start + 1;
            while (i < tokens.size() && !tokens.get(i - 1).boundary() && !tokens.get(i - 1).word().equals("but")
                    && !tokens.get(i - 1).word().equals("and")) {
                i++;
            }
        }
        return found;
    }

    /** Where the verb would stand after a patient subject at {@code k}, or -1 when no patient is the subject. */
    private static int subjectEnd(List<Token> tokens, int k) {
        if (k >= tokens.size() || tokens.get(k).boundary()) {
            return -1;
        }
        String word = tokens.get(k).word();
        if (SUBJECTS.contains(word)) {
            return k + 1;
        }
        if ((word.equals("your") || word.equals("ur")) && k + 1 < tokens.size()
                && RELATIVES.contains(tokens.get(k + 1).word())) {
            return k + 2;
        }
        if (word.equals("the") && k + 1 < tokens.size() && tokens.get(k + 1).word().equals("patient")) {
            return k + 2;
        }
        return -1;
    }

    private static boolean states(List<Token> tokens, int verb) {
        String word = tokens.get(verb).word();
        String next = wordAt(tokens, verb + 1);
        if (STATE_VERBS.contains(word)) {
            if (next.isEmpty() || NOT_FACTS.contains(next)) {
                return false;
            }
            String after = wordAt(tokens, verb + 2);
            // "he is going to need" says what may be, not what is
            return !(next.equals("the") && NOT_FACTS_AFTER_THE.contains(after))
                    && !(next.equals("going") && after.equals("to"));
        }
        return word.length() > 4 && word.endsWith("ed") && !NOT_CARE.contains(word);
    }

    private static String wordAt(List<Token> tokens, int index) {
        return index < tokens.size() && !tokens.get(index).boundary() ? tokens.get(index).word() : "";
    }
}
