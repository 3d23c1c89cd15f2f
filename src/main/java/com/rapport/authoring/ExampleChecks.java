package com.rapport.authoring;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.rapport.scenario.Problem;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.scenario.ScenarioParser;
import com.rapport.scoring.ScoringService;

/**
 * Scores every scenario's examples whenever the library reads a version, so none goes into use failing them. Its
 * fingerprint (code, model, rubric; see {@link CheckerFingerprint}) lets the import at start skip a file whose
 * content these same checks have already scored.
 */
@Component
class ExampleChecks implements ScenarioLibrary.Check {

    private final ScenarioValidator validator;
    private final ScoringService scoring;
    private volatile @Nullable String fingerprint;

    ExampleChecks(ScoringService scoring) {
        this.scoring = scoring;
        this.validator = new ScenarioValidator(scoring.scorer());
    }

    @Override
    public List<Problem> check(Scenario scenario, ScenarioParser.Locator locator) {
        return validator.checkExamples(scenario, locator);
    }

    @Override
    public String fingerprint() {
        String known = fingerprint;
        if (known == null) {
            known = CheckerFingerprint.of(scoring.rubric());
            fingerprint = known;
        }
        return known;
    }
}
