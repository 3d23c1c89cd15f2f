package com.rapport.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Node;
import com.rapport.scenario.Scenario;

/**
 * Whether a sentence answers the moment it is typed at. A sentence earns credit at a typed-reply moment only when
 * it comes closer, by sentence vectors, to what this moment is about (the patient's line, the replies the moment's
 * intents and choices stand for, the author's example replies there, the scenario's summary, each whole and each of
 * its sentences, so a call-back counts where the moment's own answers promise one) than to the rubric's
 * generic replies, the lines a representative could say on any call, give or take the rubric's margin. A fluent
 * generic template is made of such lines, so it earns nothing where it answers nothing; "six hours in that waiting
 * room with your mum is far too long" comes closer to the moment than to any generic line, and earns.
 *
 * <p>Short sentences ("I'm so sorry.") are too short to embed alone; they are read with the reply as a whole, so a
 * short apology counts in a reply that answers the moment. Signals marked {@code any-moment} in the rubric are
 * right at any moment and count in any sentence. Deterministic: the same vectors, the same verdict. Thread-safe.
 */
final class Relevance {

    /** The text a sentence came closest to, and how close (cosine similarity). */
    record Closest(String anchor, double similarity) {
    }

    private final ExampleVectors vectors;
    private final List<String> generic;
    private final double margin;

    Relevance(ExampleVectors vectors, List<String> generic, @Nullable Double margin) {
        this.vectors = vectors;
        this.generic = List.copyOf(generic);
        this.margin = margin == null ? 0 : margin;
    }

    /**
     * Marks every sentence with credit in it that does not answer the moment; no-op away from a typed-reply moment
     * (a reply scored without a scenario and node is not gated).
     */
    void gate(Reply reply, ReplyContext context, Hits hits) {
        Node node = context.node();
        if (node == null || node.freeText() == null) {
            return;
        }
        var anchors = anchors(context.scenario(), context.nodeId());
        for (Reply.Sentence sentence : reply.sentences()) {
            if (!hits.hasCredit(sentence.start(), sentence.end())) {
                continue;
            }
            float[] v = sentence.longEnough() ? reply.vector(sentence) : reply.whole();
            var here = closest(v, anchors);
            var anywhere = closest(v, generic);
            if (here.similarity() - anywhere.similarity() < margin) {
                hits.offTopic(sentence.start(), sentence.end(), String.format(Locale.ROOT, "It does not answer this"
                        + " moment: it reads like \"%s\", which could be said on any call (similarity %.2f), more than"
                        + " like anything said or meant here (closest \"%s\", %.2f).", anywhere.anchor(),
                        anywhere.similarity(), abbreviate(here.anchor()), here.similarity()));
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** What the moment at this node is about, as texts; empty when there is no scenario or node. */
    static List<String> anchors(@Nullable Scenario scenario, @Nullable String nodeId) {
        Node node = scenario == null || nodeId == null ? null : scenario.nodes().get(nodeId);
        if (node == null) {
            return List.of();
        }
        var texts = new ArrayList<String>();
        if (node.patient() != null) {
            texts.add(node.patient());
        }
        if (node.patientByMood() != null) {
            texts.addAll(node.patientByMood().values());
        }
        node.lineList().forEach(l -> texts.add(l.text()));
        node.choiceList().forEach(c -> texts.add(c.text()));
        if (node.freeText() != null) {
            node.freeText().intents().forEach(i -> texts.addAll(i.examples()));
        }
        if (scenario.examples() != null) {
            scenario.examples().stream().filter(e -> nodeId.equals(e.node())).forEach(e -> texts.add(e.reply()));
        }
        texts.add(scenario.summary());
        var withSentences = new ArrayList<String>(texts);
        for (String text : texts) {
            var reply = new Reply(text, java.util.Set.of(), null);
            if (reply.sentences().size() > 1) {
                reply.sentences().stream().filter(Reply.Sentence::longEnough)
                        .forEach(s -> withSentences.add(text.substring(s.start(), s.end())));
            }
        }
        return withSentences;
    }

    /** The text the sentence vector comes closest to. */
    Closest closest(float[] sentence, List<String> texts) {
        String best = "";
        double bestSim = -1;
        for (String text : texts) {
            double sim = SentenceEmbedder.similarity(sentence, vectors.of(text));
            if (sim > bestSim) {
                bestSim = sim;
                best = text;
            }
        }
        return new Closest(best, bestSim);
    }
}
