package com.rapport.review;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Tier;

/** Which attempts an export holds; every part is optional. Dates are inclusive, by the day an attempt started. */
public record ExportFilter(@Nullable String trainee, @Nullable String scenarioId, @Nullable Tier tier,
        @Nullable LocalDate from, @Nullable LocalDate to) {

    public static final ExportFilter ALL = new ExportFilter(null, null, null, null, null);
}
