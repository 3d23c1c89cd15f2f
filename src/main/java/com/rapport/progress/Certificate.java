package com.rapport.progress;

import java.time.LocalDate;
import java.util.List;

import com.rapport.scenario.Tier;

/**
 * What a tier certificate says: who, which tier, since when, on which scenarios, and for which organisation.
 *
 * @param scenarios titles of the tier's scenarios the trainee passed in attempts that counted
 * @param organisation the hospital's name as configured ({@code rapport.organisation-name}), or the app's name
 */
public record Certificate(String username, String traineeName, Tier tier, LocalDate certifiedOn,
        List<String> scenarios, String organisation) {

    public Certificate {
        scenarios = List.copyOf(scenarios);
    }
}
