package com.rapport.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.Plays;
import com.rapport.scenario.Choice;
import com.rapport.scenario.Node;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.scenario.ScenarioVersion;

/**
 * What a reply and the catalogue read from the database, counted by Hibernate: a reply costs as many statements
 * late in a conversation as early on (no query per earlier turn), and neither a reply nor the catalogue reads the
 * scenario files' text again once they are known.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@ActiveProfiles("test")
@WithMockUser(username = "statements-trainee", roles = "TRAINEE")
class RepliesReadWhatTheyNeedTest {

    private static final String SCENARIO = "results-caller-unverified";

    @Autowired
    PlayService play;

    @Autowired
    AttemptService attempts;

    @Autowired
    ScenarioLibrary library;

    @Autowired
    EntityManagerFactory entityManagers;

    private Statistics statistics;

    @BeforeEach
    void countStatements() {
        statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @Test
    void a_reply_late_in_a_conversation_costs_as_many_statements_as_an_early_one() {
        Scenario scenario = library.find(SCENARIO).orElseThrow().scenario();
        long id = play.start(SCENARIO);
        PlayState state = play.play(id);
        var statements = new ArrayList<Long>();
        while (!state.finished() && statements.size() < 60) {
            Choice pick = bestOffered(scenario, state);
            statistics.clear();
            state = play.answer(id, pick.id());
            if (!state.finished()) {
                statements.add(statistics.getPrepareStatementCount());
            }
        }

        assertThat(statements).as("replies that did not end the call").hasSizeGreaterThanOrEqualTo(3);
        // the first reply finds no earlier turns to read; every later one reads them all at once
        assertThat(statements.subList(1, statements.size())).as("statements per reply: %s", statements)
                .containsOnly(statements.get(1));
    }

    @Test
    void neither_a_reply_nor_the_catalogue_reads_the_text_of_a_scenario_version_already_read() {
        Scenario scenario = library.find(SCENARIO).orElseThrow().scenario();
        long id = play.start(SCENARIO);
        PlayState state = play.play(id);
        attempts.catalog();
        statistics.clear();

        play.answer(id, bestOffered(scenario, state).id());
        play.play(id);
        attempts.catalog();
        attempts.catalog(CatalogQuery.ALL);

        assertThat(statistics.getEntityStatistics(ScenarioVersion.class.getName()).getLoadCount()).isZero();
    }

    private static Choice bestOffered(Scenario scenario, PlayState state) {
        Node node = scenario.nodes().get(state.debug().node());
        List<String> offered = state.options().stream().map(PlayState.Option::id).toList();
        return node.choiceList().stream().filter(c -> offered.contains(c.id()))
                .max(Comparator.comparingInt(Plays::best)).orElseThrow();
    }
}
