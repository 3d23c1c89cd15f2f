package com.rapport.scenario;

/** The patient's mood on a 0 (furious) to 10 (at ease) scale, with named bands. */
public record Mood(int value) {

    public static final int MIN = 0;
    public static final int MAX = 10;

    public Mood {
        value = Math.clamp(value, MIN, MAX);
    }

    public Mood plus(int change) {
        return new Mood(value + change);
    }

    /** Band name, also the suffix of its translation key ({@code mood.furious} …). */
    public String band() {
        if (value <= 1) {
            return "furious";
        } else if (value <= 3) {
            return "angry";
        } else if (value <= 5) {
            return "upset";
        } else if (value <= 7) {
            return "calmer";
        }
        return "reassured";
    }
}
