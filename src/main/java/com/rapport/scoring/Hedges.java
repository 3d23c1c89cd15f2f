package com.rapport.scoring;

import java.util.List;
import java.util.Set;

/**
 * What keeps words that would disclose from being a statement: a condition or a question about a fact ("whether he
 * is here", "if she was seen"), a wish ("I hope he's comfortable"), or a check that must come first ("once you've
 * confirmed your date of birth, I can see the visit"). Read over a reply's tokens; stateless.
 */
final class Hedges {

    private static final Set<String> HYPOTHETICAL = Set.of("whether", "if");
    /** "I hope he's comfortable": a wish says nothing of what a record holds. */
    private static final Set<String> WISHES = Set.of("hope", "hoping", "hopefully", "wish", "pray", "praying");
    private static final Set<String> UNTIL_CHECKED = Set.of("once", "after", "when");
    private static final Set<String> CHECKS = Set.of("verified", "verify", "verifying", "confirmed", "confirm",
            "confirming", "checked", "check", "checking", "dob", "birth", "identity", "id");

    private Hedges() {
    }

    /** "whether he is here", "if she was seen" just before the token at {@code index}: a question, not a statement. */
    /** Words that ask to learn what follows them: "find out where", "check how", "ask when". */
    private static final Set<String> INQUIRIES = Set.of("out", "check", "ask", "see", "know", "learn", "into",
            "confirm", "tell");
    private static final Set<String> QUESTION_WORDS = Set.of("where", "how", "when", "what", "who", "why");

    /**
     * Whether the words at {@code index} are what someone sets out to learn, not what they tell: "I'll find out
     * where she is in the queue", "let me check how he's doing".
     */
    static boolean inquired(List<Token> tokens, int index) {
        return index >= 2 && QUESTION_WORDS.contains(tokens.get(index - 1).word())
                && INQUIRIES.contains(tokens.get(index - 2).word());
    }

    static boolean hypothetical(List<Token> tokens, int index) {
        return shortlyBefore(tokens, index, HYPOTHETICAL) || fearedByCaller(tokens, index);
    }

    /** What the caller fears, which the representative names and does not state. */
    private static final Set<String> FEARS = Set.of("scared", "afraid", "worried", "frightened", "terrified",
            "worrying", "wondering", "fear", "fearing", "convinced", "sure", "thinking", "think");
    private static final Set<String> YOU = Set.of("you", "u", "ur");

    /**
     * "I know you're scared it's cancer": the caller's fear (a fear word after "you", up to three words before the
     * token at {@code index}, in the same clause) is what they dread, not what the representative tells them. "I'm
     * afraid it's ..." is not: there the representative says it.
     */
    static boolean fearedByCaller(List<Token> tokens, int index) {
        return saidOfYou(tokens, index, FEARS, 3);
    }

    /** What the caller wants, asks or said, just before a fact: "you want the biopsy results", "you asked about". */
    private static final Set<String> CALLERS_INTEREST = Set.of("want", "wanted", "wants", "need", "needed", "asked",
            "asking", "ask", "mean", "meant", "mentioned", "said", "saw", "read", "heard", "know", "find");

    /**
     * Whether the words at {@code index} are what the caller wants or said: "you" (or "u") and a word of wanting or
     * saying up to four words before, in the same clause ("I know you just want to know Danny's ok").
     */
    static boolean callersInterest(List<Token> tokens, int index) {
        return saidOfYou(tokens, index, CALLERS_INTEREST, 4);
    }

    /**
     * Whether one of {@code words} stands up to {@code reach} words before the token at {@code index}, in the same
     * clause, with "you" (or "u") up to two words before it: the caller's fear or wish, not the speaker's.
     */
    private static boolean saidOfYou(List<Token> tokens, int index, Set<String> words, int reach) {
        for (int i = index - 1; i >= 1 && i >= index - reach; i--) {
            if (tokens.get(i).boundary()) {
                return false;
            }
            if (words.contains(tokens.get(i).word())) {
                for (int j = i - 1; j >= 0 && j >= i - 2 && !tokens.get(j).boundary(); j--) {
                    if (YOU.contains(tokens.get(j).word())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Words that make a clause about any patient, not this one: "chest pain always gets seen first". */
    private static final Set<String> GENERAL = Set.of("always", "any", "anyone", "anybody", "usually", "general",
            "generally", "everyone", "everybody", "normally", "typically", "often");

    static boolean general(List<Token> tokens, int[] clause) {
        return anyInClause(tokens, clause, GENERAL);
    }

    static boolean hypotheticalInClause(List<Token> tokens, int[] clause) {
        return anyInClause(tokens, clause, HYPOTHETICAL);
    }

    /** A wish ("hope", "pray") up to three words before the token at {@code index}, in the same clause. */
    static boolean wished(List<Token> tokens, int index) {
        return shortlyBefore(tokens, index, WISHES);
    }

    static boolean wishedInClause(List<Token> tokens, int[] clause) {
        return anyInClause(tokens, clause, WISHES);
    }

    /**
     * "Once you've confirmed your date of birth, I can see the visit": the sentence opens on a condition (once,
     * after, when, as soon as) that names a check before the token at {@code index}, so what follows waits on
     * verifying and discloses nothing yet.
     */
    static boolean waitsOnVerifying(List<Token> tokens, int index) {
        int start = index;
        while (start > 0 && !Reply.SENTENCE_ENDS.contains(tokens.get(start - 1).word())) {
            start--;
        }
        String first = tokens.get(start).word();
        boolean condition = UNTIL_CHECKED.contains(first) || first.equals("as") && start + 2 < index
                && tokens.get(start + 1).word().equals("soon") && tokens.get(start + 2).word().equals("as");
        if (!condition) {
            return false;
        }
        for (int i = start + 1; i < index; i++) {
            if (CHECKS.contains(tokens.get(i).word())) {
                return true;
            }
        }
        return false;
    }

    /** One of the words up to three words before the token at {@code index}, in the same clause. */
    private static boolean shortlyBefore(List<Token> tokens, int index, Set<String> words) {
        for (int i = index - 1; i >= 0 && i >= index - 3; i--) {
            if (words.contains(tokens.get(i).word())) {
                return true;
            }
            if (tokens.get(i).boundary()) {
                return false;
            }
        }
        return false;
    }

    /** Whether one of {@code words} stands in the token range [clause[0], clause[1]). */
    static boolean anyInClause(List<Token> tokens, int[] clause, Set<String> words) {
        for (int i = clause[0]; i < clause[1]; i++) {
            if (words.contains(tokens.get(i).word())) {
                return true;
            }
        }
        return false;
    }
}
