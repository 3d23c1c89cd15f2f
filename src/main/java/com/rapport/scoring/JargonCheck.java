package com.rapport.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.JargonTerm;
import com.rapport.scenario.Persona;

/**
 * Finds the rubric's and the scenario's jargon in a reply: a term explained nearby earns plain-language credit, one
 * left unexplained is a minor violation. Each term counts once per reply. Thread-safe.
 */
final class JargonCheck {

    /** How many words after the term an explanation may stand; half as many before it. */
    private static final int WINDOW = 10;

    private record CompiledTerm(JargonTerm term, List<PhrasePattern> patterns) {
    }

    private final List<CompiledTerm> terms = new ArrayList<>();
    private final List<PhrasePattern> explanationCues;
    /** Scenario jargon compiled once per term, as written in whichever version uses it. */
    private final Map<JargonTerm, CompiledTerm> scenarioTerms = new ConcurrentHashMap<>();

    /**
     * @param terms the rubric's jargon, for every call
     * @param explanationCues words that show a term is being explained ("means", "in other words")
     */
    JargonCheck(@Nullable List<JargonTerm> terms, List<PhrasePattern> explanationCues) {
        if (terms != null) {
            terms.forEach(t -> this.terms.add(compile(t)));
        }
        this.explanationCues = explanationCues;
    }

    private static CompiledTerm compile(JargonTerm term) {
        return new CompiledTerm(term, term.spellings().stream().map(PhrasePattern::compile).toList());
    }

    void check(Reply reply, ReplyContext context, Hits hits) {
        // the rubric's everyday hospital words ("triage", "copay") are a colleague's own; a scenario's terms count
        // for whoever it names them for
        boolean colleague = context.scenario() != null
                && context.scenario().persona().role() == Persona.Role.COLLEAGUE;
        var all = new ArrayList<>(colleague ? List.<CompiledTerm>of() : terms);
        if (context.scenario() != null) {
            context.scenario().scoringOrEmpty().terms()
                    .forEach(t -> all.add(scenarioTerms.computeIfAbsent(t, JargonCheck::compile)));
        }
        var seen = new HashSet<String>();
        for (CompiledTerm term : all) {
            for (PhrasePattern pattern : term.patterns()) {
                for (PhrasePattern.Match m : pattern.find(reply.tokens())) {
                    if (!asWritten(reply, m, pattern) || !seen.add(term.term().term().toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    int start = reply.start(m);
                    int end = reply.end(m);
                    if (explained(reply, m, term.term())) {
                        hits.addCredit(Criterion.PLAIN_LANGUAGE, "explains-term", start, end,
                                "Explains '" + term.term().term() + "' in everyday words.");
                    } else {
                        hits.addViolation(Criterion.PLAIN_LANGUAGE, "jargon:" + term.term().term(), Severity.MINOR,
                                start, end, "'" + reply.text().substring(start, end)
                                        + "' may mean nothing to the person; say \"" + term.term().plain() + "\".");
                    }
                }
            }
        }
    }

    /**
     * Whether a term spelt in capitals (an acronym: "HIM", "APP") is written in capitals in the reply, where
     * lower case makes it an everyday word ("bring him out", "the app"); a reply with no capital letter at all is
     * read as a texter's, and its acronyms count in lower case.
     */
    private static boolean asWritten(Reply reply, PhrasePattern.Match m, PhrasePattern pattern) {
        String spelling = pattern.source();
        if (!spelling.equals(spelling.toUpperCase(Locale.ROOT)) || spelling.chars().noneMatch(Character::isLetter)) {
            return true;
        }
        String text = reply.text();
        if (text.equals(text.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String written = text.substring(reply.start(m), reply.end(m));
        return written.equals(written.toUpperCase(Locale.ROOT));
    }

    /** An explanation cue, or a word of six letters or more from the plain wording, near the term. */
    private boolean explained(Reply reply, PhrasePattern.Match m, JargonTerm term) {
        int from = Math.max(0, m.from() - WINDOW / 2);
        int to = Math.min(reply.tokens().size(), m.to() + WINDOW);
        var window = reply.tokens().subList(from, to);
        for (PhrasePattern cue : explanationCues) {
            if (!cue.find(window).isEmpty()) {
                return true;
            }
        }
        var plainWords = Tokenizer.tokenize(term.plain()).stream().map(Token::word).filter(w -> w.length() >= 6)
                .toList();
        return window.stream().anyMatch(t -> plainWords.contains(t.word()));
    }
}
