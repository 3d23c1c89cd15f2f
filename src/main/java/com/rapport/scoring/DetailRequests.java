package com.rapport.scoring;

import java.util.List;
import java.util.Set;

/**
 * Asking the person for their details ("Can I get your date of birth?", "Let me take your account number") is
 * verification, not empathy or ownership: "I get your" there is not understanding, and "can I get" is not a next
 * step taken for them. Finds such a request around a phrase match, within its sentence.
 */
final class DetailRequests {

    private static final Set<String> MODALS = Set.of("can", "could", "may");
    private static final Set<String> FILLERS = Set.of("just", "please", "also", "quickly", "first", "quick");
    private static final Set<String> VERBS = Set.of("get", "have", "take", "grab", "confirm", "ask");
    private static final Set<String> OWNERS = Set.of("your", "his", "her", "their", "the", "ur", "yr");
    private static final Set<String> DETAILS = Set.of("name", "date", "birth", "dob", "birthday", "address", "adress",
            "postcode", "zip", "phone", "email", "ssn", "mrn", "id", "details", "number", "card");
    private static final int NOUN_REACH = 3;

    private DetailRequests() {
    }

    /** Whether the match lies inside a request for the person's details. */
    static boolean covers(List<Token> tokens, PhrasePattern.Match m) {
        int from = Math.max(0, m.from() - 3);
        for (int i = from; i <= m.from() && i < tokens.size(); i++) {
            int verb = afterOpener(tokens, i);
            if (verb < 0 || verb >= tokens.size() || !VERBS.contains(tokens.get(verb).word())) {
                continue;
            }
            int owner = verb + 1;
            if (owner >= tokens.size() || !OWNERS.contains(tokens.get(owner).word())) {
                continue;
            }
            for (int k = owner + 1; k <= owner + NOUN_REACH && k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.boundary()) {
                    break;
                }
                if (DETAILS.contains(t.word())) {
                    return m.to() <= k + 1;
                }
            }
        }
        return false;
    }

    /** The index after "can I", "could I", "may I", "let me" (and a filler such as "just"), or -1. */
    private static int afterOpener(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return -1;
        }
        String first = tokens.get(i).word();
        String second = tokens.get(i + 1).word();
        boolean opener = MODALS.contains(first) && second.equals("i") || first.equals("let") && second.equals("me");
        if (!opener) {
            return -1;
        }
        int next = i + 2;
        while (next < tokens.size() && FILLERS.contains(tokens.get(next).word())) {
            next++;
        }
        return next;
    }
}
