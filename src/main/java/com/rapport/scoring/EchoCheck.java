package com.rapport.scoring;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.Node;

/**
 * Active listening in the person's own words: a sentence of the reply that picks up at least two of the
 * particular words the patient just said (their "six hours", "wheelchair", "$312") shows it was heard. Only
 * content words count (no "the", "I", "really"), compared on their first five letters so "waited" meets
 * "waiting"; greetings and the names of the people in the scene do not count. Needs the moment: without a node
 * there is nothing to echo. Deterministic and explainable: the evidence names the words.
 */
final class EchoCheck {

    static final String SIGNAL = "echoes-their-words";
    private static final int MIN_SHARED = 2;
    private static final int STEM = 5;
    private static final Set<String> COMMON = Set.of("the", "and", "you", "your", "yours", "i", "me", "my", "mine",
            "we", "us", "our", "he", "him", "his", "she", "her", "they", "them", "their", "it", "its", "this", "that",
            "these", "those", "there", "here", "what", "which", "who", "whom", "whose", "when", "where", "why", "how",
            "is", "am", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do", "does", "did", "done",
            "will", "would", "can", "could", "should", "shall", "may", "might", "must", "not", "no", "yes", "just",
            "really", "very", "so", "too", "also", "only", "even", "still", "again", "about", "with", "from", "into",
            "onto", "for", "of", "to", "in", "on", "at", "by", "as", "or", "but", "if", "then", "than", "because",
            "all", "any", "some", "one", "ones", "out", "up", "down", "over", "off", "get", "got", "getting", "go",
            "going", "gone", "went", "come", "came", "know", "knew", "think", "want", "wanted", "need", "needs",
            "like", "said", "say", "says", "tell", "told", "let", "make", "made", "take", "took", "give", "gave",
            "now", "please", "thank", "thanks", "sorry", "okay", "well", "oh", "yeah", "right", "sure", "something",
            "anything", "nothing", "everything", "someone", "anyone", "nobody", "everyone", "thing", "things", "way",
            "much", "many", "more", "most", "lot", "back");
    /**
     * Greetings and the service's own name: "good morning" or "Patient Relations" said back is manners, not
     * listening.
     */
    private static final Set<String> GREETINGS = Set.of("hello", "good", "morning", "afternoon", "evening", "hola",
            "buenos", "buenas", "dias", "tardes", "noches", "senora", "senor", "relations");

    private EchoCheck() {
    }

    static void check(Reply reply, ReplyContext context, Hits hits) {
        Node node = context.node();
        if (node == null) {
            return;
        }
        var heard = new TreeSet<String>();
        stems(node.patient(), heard);
        if (node.patientByMood() != null) {
            node.patientByMood().values().forEach(line -> stems(line, heard));
        }
        node.lineList().forEach(line -> stems(line.text(), heard));
        heard.removeAll(namesInTheScene(context));
        if (heard.isEmpty()) {
            return;
        }
        for (Reply.Sentence sentence : reply.sentences()) {
            var shared = new TreeSet<String>();
            var words = new TreeSet<String>();
            for (String word : reply.wordsOf(sentence)) {
                String stem = stem(word);
                if (stem != null && heard.contains(stem)) {
                    shared.add(stem);
                    words.add(word);
                }
            }
            if (shared.size() >= MIN_SHARED) {
                hits.addCredit(Criterion.ACTIVE_LISTENING, SIGNAL, sentence.start(), sentence.end(),
                        "Picks up what the person said, in their words (" + String.join(", ", words) + ").");
                return;
            }
        }
    }

    /** The stems of the scene's people's names: calling someone by name shows manners, not that they were heard. */
    private static Set<String> namesInTheScene(ReplyContext context) {
        var names = new TreeSet<String>();
        var scenario = context.scenario();
        if (scenario != null) {
            stems(scenario.persona().name(), names);
            scenario.peopleList().forEach(p -> stems(p.name(), names));
        }
        return names;
    }

    private static void stems(@Nullable String line, Set<String> into) {
        if (line == null) {
            return;
        }
        for (Token t : Tokenizer.tokenize(line)) {
            String stem = t.boundary() ? null : stem(t.word());
            if (stem != null) {
                into.add(stem);
            }
        }
    }

    /** The word's first letters, or null for a common word or a short one (numbers always count). */
    private static @Nullable String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (COMMON.contains(w) || GREETINGS.contains(Tokenizer.withoutAccents(w))) {
            return null;
        }
        if (w.chars().allMatch(Character::isDigit)) {
            return w;
        }
        if (w.length() < 4) {
            return null;
        }
        return w.length() <= STEM ? w : w.substring(0, STEM);
    }
}
