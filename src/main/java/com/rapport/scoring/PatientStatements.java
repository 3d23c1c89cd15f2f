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

    /** "I can tell you", "I think", "we heard": what a speaker puts before a statement they make all the same. */
    private static final Set<String> FRAMES = Set.of("say", "tell", "assure", "promise", "think", "believe", "know",
            "heard", "hear", "guess", "understand", "reckon", "imagine", "suppose", "gather");
    private static final Set<String> FRAME_FILLERS = Set.of("can", "could", "will", "would", "do", "just", "you",
            "that", "did", "have", "i", "we");
    /**
     * What a speaker puts before a statement to pass it on as news or in confidence: "just so you know he's on the
     * ward", "between you and me, she's ...", "apparently he had surgery", "word is she's ...".
     */
    private static final List<List<String>> ASIDES = java.util.stream.Stream.of("just so you know", "so you know",
            "for what it is worth", "between you and me", "between us", "off the record", "apparently", "fyi",
            "word is", "rumour is", "rumor is", "rumour has it", "rumor has it", "from what i hear",
            "from what i heard", "confidentially", "strictly between us", "not that you heard it from me")
            .map(a -> List.of(a.split(" "))).toList();

    /** Who cares for a patient: "the clinic saw her", "they moved him", "we admitted your dad". */
    private static final Set<String> STAFF = Set.of("clinic", "doctor", "doctors", "nurse", "nurses", "team",
            "hospital", "surgeon", "surgeons", "consultant", "er", "ed", "ward", "staff", "paramedics", "lab",
            "unit", "physician", "specialist", "therapist", "counselor", "counsellor");
    private static final Set<String> STAFF_PRONOUNS = Set.of("they", "we");
    /** Irregular past tenses of what is done to a patient ("saw her", "gave him", "ran tests on her"). */
    private static final Set<String> DONE_TO = Set.of("saw", "seen", "gave", "given", "took", "taken", "ran", "sent",
            "kept", "put", "brought", "told", "found", "got", "gotten", "held", "let");

    private PatientStatements() {
    }

    /**
     * Token spans [from, to) of the clauses in the reply that state a fact about a patient, each with a third
     * index: where the statement itself begins (a negation after it is part of what it states, "he's asked for no
     * visitors", and does not make it tell nothing).
     */
    static List<int[]> find(Reply reply) {
        var tokens = reply.tokens();
        var found = new ArrayList<int[]>();
        int i = 0;
        while (i < tokens.size()) {
            // a clause opens at the start or after a boundary or "but"/"and"
            int start = i;
            int k = afterFrame(tokens, afterOpeners(tokens, afterAside(tokens, afterOpeners(tokens, start))));
            int verb = subjectEnd(tokens, k);
            if (verb >= 0) {
                while (verb < tokens.size() && ADVERBS.contains(tokens.get(verb).word())) {
                    verb++;
                }
                if (verb < tokens.size() && states(tokens, verb)) {
                    var clause = reply.clauseAround(new PhrasePattern.Match(k, verb + 1));
                    found.add(new int[] {clause[0], clause[1], k});
                }
            } else {
                int done = doneToAPatient(tokens, k);
                if (done >= 0) {
                    var clause = reply.clauseAround(new PhrasePattern.Match(k, done));
                    found.add(new int[] {clause[0], clause[1], k});
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

    private static int afterOpeners(List<Token> tokens, int k) {
        while (k < tokens.size() && !tokens.get(k).boundary() && OPENERS.contains(tokens.get(k).word())) {
            k++;
        }
        return k;
    }

    /** Past an aside such as "just so you know" or "between you and me" at {@code k}, and a comma after it. */
    private static int afterAside(List<Token> tokens, int k) {
        for (List<String> aside : ASIDES) {
            int j = 0;
            while (j < aside.size() && wordAt(tokens, k + j).equals(aside.get(j))) {
                j++;
            }
            if (j == aside.size()) {
                int after = k + j;
                return after < tokens.size() && tokens.get(after).word().equals(",") ? after + 1 : after;
            }
        }
        return k;
    }

    /** Past "I can tell you (that)", "I think", "we heard" at {@code k}, if one stands there; else {@code k}. */
    private static int afterFrame(List<Token> tokens, int k) {
        String first = wordAt(tokens, k);
        if (!first.equals("i") && !first.equals("we")) {
            return k;
        }
        int j = k + 1;
        while (j < tokens.size() && j < k + 4 && FRAME_FILLERS.contains(wordAt(tokens, j))) {
            j++;
        }
        if (!FRAMES.contains(wordAt(tokens, j))) {
            return k;
        }
        j++;
        while (j < tokens.size() && (wordAt(tokens, j).equals("you") || wordAt(tokens, j).equals("that"))) {
            j++;
        }
        return j;
    }

    /**
     * The end of "the clinic saw her", "they've moved him", "we admitted your dad" at {@code k}: staff as subject, a
     * past tense, and the patient as its object; or -1.
     */
    private static int doneToAPatient(List<Token> tokens, int k) {
        int verb;
        if (STAFF_PRONOUNS.contains(wordAt(tokens, k))) {
            verb = k + 1;
        } else if ((wordAt(tokens, k).equals("the") || wordAt(tokens, k).equals("his")
                || wordAt(tokens, k).equals("her")) && STAFF.contains(wordAt(tokens, k + 1))) {
            verb = k + 2;
        } else {
            return -1;
        }
        while (ADVERBS.contains(wordAt(tokens, verb)) || wordAt(tokens, verb).equals("have")
                || wordAt(tokens, verb).equals("had") || wordAt(tokens, verb).equals("has")) {
            verb++;
        }
        String word = wordAt(tokens, verb);
        boolean past = DONE_TO.contains(word) || word.length() > 4 && word.endsWith("ed");
        if (!past) {
            return -1;
        }
        String object = wordAt(tokens, verb + 1);
        if (object.equals("him") || object.equals("her")) {
            return verb + 2;
        }
        return (object.equals("your") || object.equals("ur")) && RELATIVES.contains(wordAt(tokens, verb + 2))
                ? verb + 3 : -1;
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
