package com.rapport.scoring;

import java.util.List;
import java.util.Set;

/**
 * A time in a reply is a follow-up only when it is the representative's commitment, never the person's own deadline
 * or task: "I'll call you back by 4" commits; "payment is due by Friday" and "Just bring it back by Thursday" do not.
 */
final class Deadlines {

    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");
    private static final Set<String> DEADLINE = Set.of("due", "deadline", "overdue", "owe",
            "owed", "payment", "pay", "paid", "required");
    /** Words that may open an instruction before its verb: "please", "just", "so". */
    private static final Set<String> SOFTENERS = Set.of("please", "just", "so", "and", "then",
            "also", "but", "kindly", "simply");
    /** The person's own tasks, as an instruction opens: "Drop it back by Friday", "Please submit it by the 3rd". */
    private static final Set<String> TASKS = Set.of("drop", "send", "bring", "return", "submit",
            "mail", "post", "fax", "email", "upload", "fill", "sign", "pay", "complete", "get", "make", "call", "ring",
            "phone", "contact", "hand");
    private static final Set<String> OBLIGATION = Set.of("need", "must", "have", "should",
            "required", "supposed", "got");

    /**
     * Whether the time in the match is the person's deadline rather than a commitment to them: before it in its
     * sentence, and before any "I" or "we" that would make it the representative's, stands a payment or due date
     * ("payment is due by Friday") or an obligation of theirs ("you need to send it by Friday"), or the sentence is
     * an instruction to them ("Just drop it back by Friday"). "I'll call you back by 4" and "Marcy will call you
     * today by 1" commit; "you have to pay by Friday" does not.
     */
    static boolean forThePerson(List<Token> tokens, PhrasePattern.Match m) {
        for (int i = m.from() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (FIRST_PERSON.contains(t.word())) {
                return false;
            }
            if (t.boundary() && Reply.SENTENCE_ENDS.contains(t.word())) {
                return imperative(tokens, i + 1, m.from());
            }
            if (DEADLINE.contains(t.word())) {
                return true;
            }
            if (t.word().equals("you")) {
                for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
                    if (OBLIGATION.contains(tokens.get(k).word())) {
                        return true;
                    }
                }
            }
        }
        return imperative(tokens, 0, m.from());
    }

    /**
     * Whether the sentence starting at token {@code start} tells the person to do something ("Just send it by ..."),
     * with its verb before the matched time at {@code matchFrom} ("Call you back by 4" commits).
     */
    private static boolean imperative(List<Token> tokens, int start, int matchFrom) {
        int i = start;
        while (i < matchFrom && SOFTENERS.contains(tokens.get(i).word())) {
            i++;
        }
        return i < matchFrom && TASKS.contains(tokens.get(i).word());
    }

    private Deadlines() {
    }
}
