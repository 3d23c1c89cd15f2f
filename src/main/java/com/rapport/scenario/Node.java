package com.rapport.scenario;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A point in the conversation: the patient speaks, the trainee chooses a reply or types their own (or both). */
public record Node(@Nullable String narrator, String patient, @Nullable List<Choice> choices,
        @Nullable FreeText freeText) {

    public List<Choice> choiceList() {
        return choices == null ? List.of() : choices;
    }

    public boolean allowsTyping() {
        return freeText != null;
    }

    /** Every node or ending this node can lead to, through a choice or a typed reply's intent. */
    public List<String> targets() {
        var targets = new ArrayList<String>();
        choiceList().forEach(c -> targets.add(c.next()));
        if (freeText != null) {
            freeText.intents().forEach(i -> targets.add(i.next()));
        }
        return targets;
    }
}
