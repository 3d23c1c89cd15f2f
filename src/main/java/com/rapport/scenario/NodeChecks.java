package com.rapport.scenario;

import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The shape of each node: a jump node only jumps; any other has patient lines (per mood band if wanted) and choices
 * or free text, with unique ids, complete rubric lines, lines of sensible length, and mood changes and points in
 * range. Each {@code next} is checked by {@link GraphChecks#checkTarget} where it stands, among the node's other
 * problems.
 */
final class NodeChecks {

    private static final int MOOD_CHANGE_LIMIT = 3;
    private static final int POINTS_LIMIT = 5;
    /** Longest feedback sentence, and longest typed reply a node may allow (what the database keeps). */
    private static final int MAX_FEEDBACK = 2000;
    private static final int MAX_TYPED = 4000;
    private static final Set<String> MOOD_BANDS = Set.of("furious", "angry", "upset", "calmer", "reassured");

    private final CheckContext context;
    private final GraphChecks graph;

    NodeChecks(CheckContext context, GraphChecks graph) {
        this.context = context;
        this.graph = graph;
    }

    void check() {
        context.scenario.nodes().forEach(this::checkNode);
    }

    private void checkNode(String id, Node node) {
        String at = "/nodes/" + id;
        if (node.isJump()) {
            checkJump(id, node, at);
            return;
        }
        if (node.patient() == null && node.patientByMood() == null && node.lineList().isEmpty()) {
            context.error(at, "missing required key 'patient'" + (VoiceChecks.is11(context.scenario)
                    ? " (or 'lines'): something must be said at each moment" : ""));
        }
        line(at + "/patient", node.patient(), ScenarioParser.MAX_LINE);
        line(at + "/narrator", node.narrator(), ScenarioParser.MAX_LINE);
        if (node.patientByMood() != null) {
            node.patientByMood().forEach((band, text) -> {
                if (!MOOD_BANDS.contains(band)) {
                    context.error(at + "/patient-by-mood/" + band, "'" + band + "' is not a mood band"
                            + CheckContext.hint(band, MOOD_BANDS)
                            + "; bands are furious, angry, upset, calmer, reassured");
                }
                line(at + "/patient-by-mood/" + band, text, ScenarioParser.MAX_LINE);
            });
            if (node.patient() == null && !node.patientByMood().keySet().containsAll(MOOD_BANDS)) {
                context.error(at + "/patient-by-mood", "without a plain 'patient' line, give a line for every band");
            }
        }
        if (node.choiceList().isEmpty() && node.freeText() == null) {
            context.error(at, "node '" + id + "' has no choices and no free-text; give it one or make it an ending");
            return;
        }
        checkChoices(id, node, at);
        FreeText free = node.freeText();
        if (free != null) {
            checkFreeText(id, free, at + "/free-text");
        }
    }

    private void checkJump(String id, Node node, String at) {
        if (node.patient() != null || node.patientByMood() != null || !node.choiceList().isEmpty()
                || node.freeText() != null || !node.lineList().isEmpty() || node.replyTimer() != null) {
            context.error(at, "node '" + id + "' jumps; a jump node has only 'jumps' (and a narrator note)");
        }
        var jumps = node.jumpList();
        for (int i = 0; i < jumps.size(); i++) {
            graph.checkTarget(at + "/jumps/" + i, jumps.get(i).next());
        }
        if (jumps.stream().allMatch(j -> j.when() != null)) {
            context.warning(at + "/jumps", "every branch of jump node '" + id + "' has a condition; if none holds "
                    + "the conversation stops here, so give the last branch no condition");
        }
    }

    private void checkChoices(String id, Node node, String at) {
        var seen = new HashSet<String>();
        for (int i = 0; i < node.choiceList().size(); i++) {
            Choice choice = node.choiceList().get(i);
            String c = at + "/choices/" + i;
            if (context.required(c, "id", choice.id()) && !seen.add(choice.id())) {
                context.error(c + "/id", "choice id '" + choice.id() + "' is used twice in node '" + id + "'");
            }
            context.required(c, "text", choice.text());
            line(c + "/text", choice.text(), ScenarioParser.MAX_REPLY);
            graph.checkTarget(c, choice.next());
            checkMood(c, choice.moodChange());
            for (int r = 0; r < choice.effects().size(); r++) {
                checkRubric(c + "/rubric/" + r, choice.effects().get(r));
            }
        }
    }

    void checkRubric(String at, RubricEffect effect) {
        context.required(at, "criterion", effect.criterion());
        if (context.required(at, "feedback", effect.feedback())
                && effect.feedback().length() > MAX_FEEDBACK) {
            context.error(at + "/feedback", "feedback is " + effect.feedback().length()
                    + " characters; keep it under " + MAX_FEEDBACK);
        }
        if (Math.abs(effect.points()) > POINTS_LIMIT) {
            context.error(at + "/points", "points must be from -" + POINTS_LIMIT + " to " + POINTS_LIMIT
                    + ", not " + effect.points());
        }
    }

    private void checkFreeText(String id, FreeText free, String f) {
        context.required(f, "fallback", free.fallback());
        if (free.maxLength() != null && (free.maxLength() < 20 || free.maxLength() > MAX_TYPED)) {
            context.error(f + "/max-length", "max-length must be from 20 to " + MAX_TYPED);
        }
        if (free.threshold() != null && (free.threshold() <= 0 || free.threshold() >= 1)) {
            context.error(f + "/threshold", "threshold must be between 0 and 1");
        }
        if (free.intents() == null || free.intents().isEmpty()) {
            context.error(f, "free-text needs at least one intent");
            return;
        }
        var intentIds = new HashSet<String>();
        for (int i = 0; i < free.intents().size(); i++) {
            FreeText.Intent intent = free.intents().get(i);
            String in = f + "/intents/" + i;
            if (context.required(in, "id", intent.id()) && !intentIds.add(intent.id())) {
                context.error(in + "/id", "intent id '" + intent.id() + "' is used twice in node '" + id + "'");
            }
            if (intent.examples() == null || intent.examples().isEmpty()) {
                context.error(in, "intent '" + intent.id() + "' needs at least one example reply");
            }
            graph.checkTarget(in, intent.next());
            checkMood(in, intent.moodChange());
        }
    }

    /** Empty lines are errors; over-long ones are warnings. */
    void line(String at, @Nullable String text, int max) {
        if (text == null) {
            return;
        }
        if (text.isBlank()) {
            context.error(at, "empty line");
        } else if (text.length() > max) {
            context.warning(at, "over-long line (" + text.length() + " characters); keep it under " + max
                    + " so it reads like speech");
        }
    }

    void checkMood(String at, int change) {
        if (Math.abs(change) > MOOD_CHANGE_LIMIT) {
            context.error(at + "/mood", "a reply may change the mood by at most " + MOOD_CHANGE_LIMIT
                    + " either way, not " + change);
        }
    }
}
