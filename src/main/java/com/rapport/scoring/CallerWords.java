package com.rapport.scoring;

import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Node;
import com.rapport.scenario.Utterance;

/**
 * What the caller said at a moment, read for whether a reply gives it back to them: "Your mother broke her hip and
 * you heard nothing for four hours" reflects what the son just said, and tells him nothing from the record.
 * Stateless.
 */
final class CallerWords {

    /** How far into a statement its words are compared: the subject, the verb and what it says of them. */
    private static final int WINDOW = 6;
    private static final Set<String> FUNCTION = Set.of("he", "she", "his", "her", "him", "your", "you", "i", "we",
            "the", "a", "an", "and", "to", "of", "in", "on", "at", "for", "is", "was", "has", "had", "be", "been",
            "it", "that", "this", "with", "by", "my", "me", "our", "us", "they", "them", "their", "so", "but", "or",
            "are", "were", "have", "do", "did", "not", "up", "just", "still", "already");

    private CallerWords() {
    }

    /**
     * Whether the statement starting at token {@code from} gives back what the caller said at the node: at least two
     * of the content words among its first few, and two in three of them, are the caller's own.
     */
    static boolean reflects(Reply reply, int from, @Nullable Node node) {
        if (node == null) {
            return false;
        }
        // read only when a statement about the patient is found, which is rare
        var said = words(node);
        var tokens = reply.tokens();
        int content = 0;
        int shared = 0;
        for (int i = from; i < tokens.size() && i < from + WINDOW && !tokens.get(i).boundary(); i++) {
            String word = tokens.get(i).word();
            if (!FUNCTION.contains(word)) {
                content++;
                if (said.contains(word)) {
                    shared++;
                }
            }
        }
        return shared >= 2 && shared * 3 >= content * 2;
    }

    /**
     * Whether every content word of the tokens [from, to) was said by the caller at the node: "birth control" said
     * back to a mother who asked about birth control names what she fears, and tells her nothing new.
     */
    static boolean named(Reply reply, int from, int to, @Nullable Node node) {
        if (node == null) {
            return false;
        }
        var said = words(node);
        boolean any = false;
        for (int i = from; i < to; i++) {
            String word = reply.tokens().get(i).word();
            if (!FUNCTION.contains(word)) {
                if (!said.contains(word)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static Set<String> words(Node node) {
        var text = new StringBuilder();
        if (node.patient() != null) {
            text.append(node.patient()).append(' ');
        }
        if (node.patientByMood() != null) {
            node.patientByMood().values().forEach(t -> text.append(t).append(' '));
        }
        if (node.lines() != null) {
            node.lines().stream().map(Utterance::text).forEach(t -> text.append(t).append(' '));
        }
        var words = new HashSet<String>();
        Tokenizer.tokenize(text.toString()).stream().filter(t -> !t.boundary()).forEach(t -> words.add(t.word()));
        return Set.copyOf(words);
    }
}
