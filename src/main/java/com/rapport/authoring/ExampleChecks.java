package com.rapport.authoring;

import java.util.List;

import org.springframework.stereotype.Component;

import com.rapport.scenario.Problem;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.scenario.ScenarioParser;
import com.rapport.scoring.ScoringService;

/** Scores every scenario's examples whenever the library reads a version, so none goes into use failing them. */
@Component
class ExampleChecks implements ScenarioLibrary.Check {

    private final ScenarioValidator validator;

    ExampleChecks(ScoringService scoring) {
        this.validator = new ScenarioValidator(scoring.scorer());
    }

    @Override
    public List<Problem> check(Scenario scenario, ScenarioParser.Locator locator) {
        return validator.checkExamples(scenario, locator);
    }
}
