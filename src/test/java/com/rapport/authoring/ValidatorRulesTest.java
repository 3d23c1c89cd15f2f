package com.rapport.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.rapport.scenario.Problem;

/**
 * One small file per validator rule in src/test/resources/validator/, each breaking one rule. Its first lines say
 * what {@code validate} must report ("# expect: LINE:COL: severity: message"); the check is exact: every expected
 * problem at its line and column, and nothing else.
 */
class ValidatorRulesTest {

    static final Path FOLDER = Path.of("src/test/resources/validator");

    static Stream<Path> files() throws IOException {
        return Files.list(FOLDER).filter(f -> f.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("files")
    void each_rule_is_reported_at_its_line_and_nothing_else_is(Path file) throws IOException {
        List<String> expected = Files.readAllLines(file).stream().filter(l -> l.startsWith("# expect: "))
                .map(l -> l.substring("# expect: ".length())).toList();
        String name = file.getFileName().toString();

        List<Problem> problems = new ScenarioValidator(null).validate(name, Files.readAllBytes(file)).problems();

        assertThat(problems).as("problems in %s", name).hasSameSizeAs(expected);
        for (String expectation : expected) {
            assertThat(problems).extracting(Problem::toString).as("in %s", name)
                    .anySatisfy(p -> assertThat(p).startsWith(name + ":" + expectation));
        }
    }
}
