package com.rapport.practice;

/** A typed reply that cannot be taken (empty, too long, or typed where only choices are offered); nothing is saved. */
public class ReplyRejectedException extends RuntimeException {

    public ReplyRejectedException(String message) {
        super(message);
    }
}
