package com.rapport.scenario;

/**
 * A line as the trainee hears it: the speaker's id ({@code patient} for the persona), their name, and the words.
 */
public record Voice(String speaker, String name, String text) {

    /** "Name: text", as a transcript shows a line of a scene with more than one voice. */
    public String labelled() {
        return name + ": " + text;
    }
}
