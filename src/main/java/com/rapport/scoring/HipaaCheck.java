package com.rapport.scoring;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.Persona;
import com.rapport.scenario.ScenarioScoring;

/**
 * Finds protected health information a reply gives away. Before the caller may be told (see
 * {@link ReplyContext#mayDisclose()}): health information about any patient, and the scenario's protected facts;
 * after, the facts meant for the patient alone when the caller is someone else. Only a clause that reveals (has a
 * disclosure cue, states a fact about the patient, or names a fact kept for the patient alone next to the patient)
 * and is not negated counts; about any patient, neither does a condition, a wish or a question.
 * Thread-safe.
 */
final class HipaaCheck {

    private final List<PhrasePattern> protectedSubjects;
    private final List<PhrasePattern> disclosureCues;
    private final List<PhrasePattern> presenceByAction;
    private final Map<ScenarioScoring.ProtectedFact, List<PhrasePattern>> factPatterns = new ConcurrentHashMap<>();

    /**
     * @param disclosureCues words that reveal a finding ("came back", "showed")
     * @param protectedSubjects who or what a disclosure is about in any call ("his results", "your mother")
     * @param presenceByAction what the representative does that puts a patient in the building ("I'll take it up
     *        to him")
     */
    HipaaCheck(List<PhrasePattern> disclosureCues, List<PhrasePattern> protectedSubjects,
            List<PhrasePattern> presenceByAction) {
        this.protectedSubjects = protectedSubjects;
        this.disclosureCues = disclosureCues;
        this.presenceByAction = presenceByAction;
    }

    void check(Reply reply, ReplyContext context, Hits hits) {
        // found once: flagged where the caller asks about a patient, and what makes a protected fact told
        var statements = statements(reply, context);
        if (!context.mayDisclose()) {
            for (PhrasePattern subject : protectedSubjects) {
                for (PhrasePattern.Match m : subject.find(reply.tokens())) {
                    var clause = reply.clauseAround(m);
                    if (tellsNothing(reply, clause, m.from(), clause[1]) || !disclosed(reply, clause)
                            || Hedges.inquired(reply.tokens(), m.from())) {
                        continue;
                    }
                    hits.addViolation(Criterion.HIPAA, "discloses-health-information", Severity.CRITICAL,
                            reply.tokens().get(clause[0]).start(), reply.tokens().get(clause[1] - 1).end(),
                            "Reveals health information about a patient before the caller's identity is verified.");
                }
            }
            if (aboutAPatient(context)) {
                for (int[] statement : statements) {
                    int[] clause = {statement[0], statement[1]};
                    hits.addViolation(Criterion.HIPAA, "states-patient-fact", Severity.CRITICAL,
                            reply.tokens().get(clause[0]).start(), reply.tokens().get(clause[1] - 1).end(),
                            "Says something about the patient to a caller who has not been verified: where they are,"
                                    + " how they are or what happened to them is all protected.");
                }
                placedByAction(reply, context, statements, hits);
            }
        }
        if (context.scenario() == null) {
            return;
        }
        ScenarioScoring scoring = context.scenario().scoringOrEmpty();
        boolean verified = context.mayDisclose();
        boolean relative = context.scenario().persona().role() != Persona.Role.PATIENT;
        for (ScenarioScoring.ProtectedFact fact : scoring.facts()) {
            if (verified && !(relative && fact.onlyForPatient())) {
                continue;
            }
            // keyed by the fact itself, so each version of a scenario gets its own phrases
            var patterns = factPatterns.computeIfAbsent(fact,
                    f -> f.phrases().stream().map(PhrasePattern::compile).toList());
            for (PhrasePattern pattern : patterns) {
                for (PhrasePattern.Match m : pattern.find(reply.tokens())) {
                    var clause = reply.clauseAround(m);
                    // "she's not pregnant" states the finding itself, with or without a disclosure cue
                    if (factUntold(reply, clause, m) || !reply.negatesDirectly(m.from()) && !disclosed(reply, clause)
                            && !stated(statements, clause) && !saidOf(reply, m)
                            && !(fact.onlyForPatient() && namedOutright(reply, clause, m, context))) {
                        continue;
                    }
                    int start = reply.tokens().get(clause[0]).start();
                    int end = reply.tokens().get(clause[1] - 1).end();
                    if (verified) {
                        hits.addViolation(Criterion.HIPAA, "minimum-necessary", Severity.MAJOR, start, end,
                                "Tells a relative " + fact.description()
                                        + ", more than the minimum necessary for their part in the care.");
                    } else {
                        hits.addViolation(Criterion.HIPAA, "discloses-protected-fact", Severity.CRITICAL, start, end,
                                "Reveals " + fact.description() + " before identity is verified.");
                    }
                }
            }
        }
    }

    /**
     * "I'll take it up to him", "when I go up to see her": what the representative does there tells the caller the
     * patient is in the building, unless it is negated before the action, a condition, a wish, a question or the
     * caller's own words, or the clause already states a fact about the patient (flagged once); whether the patient
     * is here may be left open earlier in the sentence ("If he is here, I'll take it up to him"), and "him" or "her"
     * may stand for staff named in that sentence or the one before ("Let me ask my supervisor. I'll go and see her").
     */
    private void placedByAction(Reply reply, ReplyContext context, List<int[]> statements, Hits hits) {
        var flagged = new java.util.HashSet<Integer>();
        for (PhrasePattern action : presenceByAction) {
            for (PhrasePattern.Match m : action.find(reply.tokens())) {
                var clause = reply.clauseAround(m);
                int sentence = sentenceStart(reply, m.from());
                if (flagged.contains(clause[0]) || tellsNothing(reply, clause, m.from(), m.from())
                        || presenceInDoubt(reply.tokens(), sentence, m.from())
                        || Hedges.anyInClause(reply.tokens(),
                                new int[] {sentence == 0 ? 0 : sentenceStart(reply, sentence - 1), m.from()}, STAFF)
                        || stated(statements, clause) || CallerWords.reflects(reply, m.from(), context.node())) {
                    continue;
                }
                flagged.add(clause[0]);
                hits.addViolation(Criterion.HIPAA, "states-patient-fact", Severity.CRITICAL,
                        reply.tokens().get(clause[0]).start(), reply.tokens().get(clause[1] - 1).end(),
                        "Tells a caller who has not been verified that the patient is here: going to see them, or"
                                + " taking something up to them, says they are in the building.");
            }
        }
    }

    private static final java.util.Set<String> IF = java.util.Set.of("if", "whether");
    private static final java.util.Set<String> SOMEONE = java.util.Set.of("he", "she", "they", "him", "her");

    /** "If he is here, I'll take it up to him": whether the patient is here at all is left open before the action. */
    private static boolean presenceInDoubt(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (IF.contains(tokens.get(i).word())) {
                for (int j = i + 1; j < to && j <= i + 3; j++) {
                    if (SOMEONE.contains(tokens.get(j).word())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Staff the "him" or "her" of an action may stand for: "let me check with my supervisor, I'll go and see her". */
    private static final java.util.Set<String> STAFF = java.util.Set.of("supervisor", "manager", "doctor", "dr",
            "nurse", "colleague", "lead", "boss", "consultant", "surgeon", "physician", "coordinator", "officer",
            "director", "team", "billing", "hospitalist", "attending", "chaplain", "social", "worker", "advocate");

    /** The first token of the sentence holding token {@code index}: "If he is here, I'll take it up to him." */
    private static int sentenceStart(Reply reply, int index) {
        int from = index;
        while (from > 0 && !Reply.SENTENCE_ENDS.contains(reply.tokens().get(from - 1).word())) {
            from--;
        }
        return from;
    }

    /**
     * The clauses of the reply that state a fact about a patient and tell the caller something: not negated before
     * the statement, not a condition, wish or question, and not the caller's own words given back.
     */
    private static List<int[]> statements(Reply reply, ReplyContext context) {
        return PatientStatements.find(reply).stream()
                .filter(s -> !tellsNothing(reply, new int[] {s[0], s[1]}, s[0], s[2])
                        && !CallerWords.reflects(reply, s[2], context.node()))
                .toList();
    }

    /**
     * Whether a scenario's protected fact found in {@code clause} is stated of a patient there ("I heard he's having
     * a bypass tomorrow"), with no disclosure cue needed: whoever the caller is, a statement naming the fact tells
     * it.
     */
    private static boolean stated(List<int[]> statements, int[] clause) {
        return statements.stream().anyMatch(s -> s[0] < clause[1] && clause[0] < s[1]);
    }

    /**
     * Whether a protected fact's words open on "he" or "she", so the trainer's phrase is itself a statement about
     * the patient ("she mentioned ...", "he was brought in"), and it is neither asked nor wished ("I hope he's okay").
     */
    private static boolean saidOf(Reply reply, PhrasePattern.Match m) {
        String first = reply.tokens().get(m.from()).word();
        return (first.equals("he") || first.equals("she")) && m.to() - m.from() >= 2
                && !PhrasePattern.asked(reply.tokens(), m.from()) && !Hedges.wished(reply.tokens(), m.from());
    }

    /**
     * Whether a protected fact found at {@code m} in {@code clause} is named outright of the patient, which tells
     * what is for the patient alone without any disclosure cue ("make sure she keeps taking what the clinic gave
     * her"): not asked, wished, negated anywhere in its clause ("biopsy results aren't something I can give out"),
     * what the caller wants to know ("I know you want the biopsy results"), said of any patient ("chest pain always
     * gets seen first"), nor only the caller's own words given back.
     */
    private static boolean namedOutright(Reply reply, int[] clause, PhrasePattern.Match m, ReplyContext context) {
        return ofThePatient(reply.tokens(), clause, m)
                && !PhrasePattern.asked(reply.tokens(), m.from()) && !Hedges.wished(reply.tokens(), m.from())
                && !reply.negatedInClause(clause, clause[1]) && !Hedges.callersInterest(reply.tokens(), m.from())
                && !Hedges.general(reply.tokens(), clause) && !CallerWords.named(reply, m.from(), m.to(), context.node());
    }

    private static final java.util.Set<String> THE_PATIENT = java.util.Set.of("he", "she", "him", "her", "his", "hers");

    /**
     * Whether the patient stands within three words of the fact, in its clause ("her follow-up test", "she keeps
     * taking"): a fact's words alone may be the caller's own ("the anxiety in your voice") or staff ("the clinic
     * counselor").
     */
    private static boolean ofThePatient(List<Token> tokens, int[] clause, PhrasePattern.Match m) {
        return Hedges.anyInClause(tokens,
                new int[] {Math.max(clause[0], m.from() - 3), Math.min(clause[1], m.to() + 3)}, THE_PATIENT);
    }

    /**
     * Whether the caller asks about a patient the scenario protects from them until verified: a relative or another
     * caller, with a fact they may hear once verified (not only facts kept from everyone but the patient, such as
     * other patients' details to a family sitting with their mother). There, whatever the words, a statement about
     * the patient tells them what the record holds.
     */
    private static boolean aboutAPatient(ReplyContext context) {
        var scenario = context.scenario();
        if (scenario == null) {
            return false;
        }
        var role = scenario.persona().role();
        return (role == Persona.Role.RELATIVE || role == Persona.Role.CALLER)
                && scenario.scoringOrEmpty().facts().stream().anyMatch(f -> !f.onlyForPatient());
    }

    /**
     * A clause about a patient that tells the caller nothing: negated before token {@code negatedBefore}, a
     * condition, a wish, or part of a question from token {@code from} on ("is your mom feeling better?" asks the
     * caller).
     */
    private static boolean tellsNothing(Reply reply, int[] clause, int from, int negatedBefore) {
        return reply.negatedInClause(clause, negatedBefore) || Hedges.hypotheticalInClause(reply.tokens(), clause)
                || Hedges.wishedInClause(reply.tokens(), clause) || PhrasePattern.asked(reply.tokens(), from);
    }

    /**
     * Whether a protected fact found at {@code m} is told nothing of: negated ("I can't say whether she's
     * pregnant"), unless the negation is the finding itself ("she's not pregnant", "it wasn't an STD" tell the
     * result), or a condition ("if he is here, your message reaches him").
     */
    private static boolean factUntold(Reply reply, int[] clause, PhrasePattern.Match m) {
        if (Hedges.hypotheticalInClause(reply.tokens(), clause)) {
            return true;
        }
        return reply.negatedInClause(clause, m.from()) && !reply.negatesDirectly(m.from());
    }

    private boolean disclosed(Reply reply, int[] clause) {
        var words = reply.tokens().subList(clause[0], clause[1]);
        return disclosureCues.stream().anyMatch(cue -> !cue.find(words).isEmpty());
    }
}
