package com.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema editors use (scenarios/scenario.schema.json) must name exactly the keys the strict parser
 * accepts, so completion never offers a key Rapport refuses and never misses one it reads.
 */
class SchemaMatchesFormatTest {

    static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(Path.of("scenarios/scenario.schema.json").toFile());

    static java.util.stream.Stream<Arguments> pairs() {
        return java.util.stream.Stream.of(
                Arguments.of("", Scenario.class),
                Arguments.of("/$defs/persona", Persona.class),
                Arguments.of("/$defs/person", Person.class),
                Arguments.of("/$defs/utterance", Utterance.class),
                Arguments.of("/$defs/replyTimer", ReplyTimer.class),
                Arguments.of("/$defs/replyTimer/properties/rubric/items", RubricEffect.class),
                Arguments.of("/$defs/persona/properties/communication-needs", Persona.CommunicationNeeds.class),
                Arguments.of("/properties/variables", Scenario.Variables.class),
                Arguments.of("/$defs/node", Node.class),
                Arguments.of("/$defs/node/properties/jumps/items", Node.Jump.class),
                Arguments.of("/$defs/choice", Choice.class),
                Arguments.of("/$defs/rubricEffect", RubricEffect.class),
                Arguments.of("/$defs/freeText", FreeText.class),
                Arguments.of("/$defs/intent", FreeText.Intent.class),
                Arguments.of("/$defs/ending", Ending.class),
                Arguments.of("/$defs/scoring", ScenarioScoring.class),
                Arguments.of("/$defs/scoring/properties/protected-facts/items", ScenarioScoring.ProtectedFact.class),
                Arguments.of("/$defs/scoring/properties/jargon/items", JargonTerm.class),
                Arguments.of("/$defs/example", Scenario.Example.class));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void the_schema_names_exactly_the_keys_the_parser_reads(String pointer, Class<? extends Record> type) {
        JsonNode definition = SCHEMA.at(pointer);
        Set<String> inSchema = new TreeSet<>(definition.get("properties").propertyNames());
        Set<String> inFormat = new TreeSet<>(Arrays.stream(type.getRecordComponents())
                .map(c -> c.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase()).toList());

        assertThat(inSchema).as("keys of %s", type.getSimpleName()).isEqualTo(inFormat);
        assertThat(definition.get("additionalProperties").asBoolean(true)).as("unknown keys refused").isFalse();
    }
}
