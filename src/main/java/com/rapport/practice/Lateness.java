package com.rapport.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Conversation;
import com.rapport.scenario.Node;
import com.rapport.scenario.ReplyTimer;

/**
 * Whether a reply came after its moment's reply timer, measured on the server from when the moment was shown (kept
 * with the attempt, so a reload or a resumed session does not restart it), and what that costs: the timer's mood
 * change and deductions, on top of what the reply itself earned.
 */
record Lateness(@Nullable ReplyTimer timer, Duration waited) {

    /** On time, or no timer at this moment. */
    static final Lateness NONE = new Lateness(null, Duration.ZERO);

    /** The longest feedback a stored score keeps. */
    private static final int MAX_FEEDBACK = 2000;

    static Lateness of(Attempt attempt, Node node, Instant at) {
        ReplyTimer timer = node.replyTimer();
        Duration waited = Duration.between(attempt.getMomentShownAt(), at);
        return timer != null && timer.late(waited) ? new Lateness(timer, waited) : NONE;
    }

    boolean late() {
        return timer != null;
    }

    /** The conversation after the reply, with the timer's effects when it was late. */
    Conversation apply(Conversation replied) {
        return timer == null ? replied : replied.late(timer);
    }

    /** The reply's scores, followed by the timer's deductions (with how long it took) when it was late. */
    List<TurnScore> scores(List<TurnScore> reply) {
        if (timer == null) {
            return reply;
        }
        var all = new ArrayList<>(reply);
        timer.effects().forEach(e -> {
            String feedback = ReplyTimer.lateness(waited, e.feedback());
            all.add(new TurnScore(e.criterion(), Math.min(0, e.points()), 0,
                    feedback.length() <= MAX_FEEDBACK ? feedback : feedback.substring(0, MAX_FEEDBACK)));
        });
        return all;
    }
}
