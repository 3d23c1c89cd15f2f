package com.rapport.practice.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;

import com.rapport.scenario.Mood;
import com.rapport.scenario.Persona;

/**
 * The person the trainee talks to, as they look and feel now: a portrait whose expression follows the mood, the mood
 * in words and as a bar. Changes only what a new mood changes.
 */
class MoodPanel extends Div {

    private final Div portrait = new Div();
    private final Span words = new Span();
    private final ProgressBar bar = new ProgressBar(Mood.MIN, Mood.MAX);
    private @Nullable Persona persona;
    private @Nullable String band;
    private int value = -1;

    MoodPanel() {
        addClassName("mood-panel");
        portrait.addClassName("portrait");
        portrait.setId("portrait");
        portrait.getElement().setAttribute("role", "img");
        words.setId("mood");
        words.addClassName("mood-words");
        bar.setId("mood-bar");
        bar.addClassName("mood-bar");
        var mood = new Div(words, bar);
        mood.addClassName("mood");
        add(portrait, mood);
    }

    /** Shows this persona at this mood; the portrait is redrawn only when the mood changes band. */
    void show(Persona who, Mood mood) {
        String inWords = getTranslation("mood." + mood.band());
        if (!who.equals(persona) || !mood.band().equals(band)) {
            portrait.getElement().setProperty("innerHTML", Portrait.svg(who, mood));
            portrait.getElement().setAttribute("aria-label", getTranslation("play.portrait", who.name(), inWords));
            persona = who;
            band = mood.band();
        }
        if (mood.value() == value) {
            return;
        }
        value = mood.value();
        words.setText(getTranslation("mood.label", inWords));
        bar.setValue(mood.value());
        bar.getElement().setAttribute("aria-label", getTranslation("play.mood-bar", who.name()));
        bar.getElement().setAttribute("aria-valuetext",
                getTranslation("play.mood-value", inWords, mood.value(), Mood.MAX));
        bar.removeThemeVariants(ProgressBarVariant.LUMO_ERROR, ProgressBarVariant.LUMO_SUCCESS);
        if (mood.value() <= 3) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        } else if (mood.value() >= 7) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        }
    }
}
