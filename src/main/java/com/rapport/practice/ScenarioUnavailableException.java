package com.rapport.practice;

/** The scenario an attempt was started on is no longer in the library, or has changed under it. */
public class ScenarioUnavailableException extends RuntimeException {

    public ScenarioUnavailableException(String title) {
        super("The scenario \"" + title + "\" has changed or been removed since this attempt began");
    }
}
