package com.rapport.scenario;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A node where the trainee types their own reply. The reply is scored against the rubric and matched to the
 * intent whose example replies it is closest to; below the threshold the patient says the fallback line and the
 * trainee tries again.
 *
 * @param prompt what the trainee is asked to do, shown above the text box
 * @param fallback what the patient says when the reply matches no intent
 * @param maxLength the longest reply accepted, in characters (default 600)
 * @param threshold the least confidence that picks an intent (default: the rubric's)
 */
public record FreeText(@Nullable String prompt, List<Intent> intents, String fallback, @Nullable Integer maxLength,
        @Nullable Double threshold) {

    public static final int DEFAULT_MAX_LENGTH = 600;

    /** A file may leave out {@code intents}; the validator reports that, and everything else sees none. */
    public FreeText {
        intents = intents == null ? List.of() : intents;
    }

    public int effectiveMaxLength() {
        return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    }

    /**
     * What the trainee might mean, shown by example replies, and where it leads.
     *
     * @param sets flags this intent sets, such as {@code identity_verified: true}
     */
    public record Intent(String id, List<String> examples, String next, @Nullable Integer mood,
            @Nullable Map<String, Boolean> sets, @Nullable Map<String, Integer> adds, @Nullable String when) {

        /** A file may leave out {@code examples}; the validator reports that, and matching sees none. */
        public Intent {
            examples = examples == null ? List.of() : examples;
        }

        public int moodChange() {
            return mood == null ? 0 : mood;
        }
    }
}
