package com.rapport.review;

/** Published when someone downloads an export of people's work, for the audit log. */
public record DataExported(String actor, String what, String filter) {
}
