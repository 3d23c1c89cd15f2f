package com.rapport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.TestUsers;
import com.rapport.review.ReviewService;
import com.rapport.review.TeamQuery;
import com.rapport.review.TeamRow;
import com.rapport.scenario.Criterion;

/** With the demo accounts on, the demo manager's first look at the dashboard is a team with a history. */
@SpringBootTest(properties = "rapport.demo-history=true")
@ActiveProfiles("test")
class DemoTeamTest {

    /** Starting this test's own app installs its security context strategy globally; put the JVM's back after. */
    private static final org.springframework.security.core.context.SecurityContextHolderStrategy BEFORE =
            org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();

    @org.junit.jupiter.api.AfterAll
    static void restoreSecurityContextStrategy() {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(BEFORE);
    }

    @Autowired
    ReviewService review;

    @Test
    void the_demo_manager_sees_six_trainees_with_believable_histories() {
        var rows = TestUsers.as("manager", "MANAGER", () -> review.team(
                new TeamQuery(null, null, false, Criterion.HIPAA, TeamQuery.Sort.FOCUS, false, 0, 50)));

        assertThat(rows).extracting(TeamRow::username)
                .containsExactlyInAnyOrder("trainee", "sam", "priya", "jordan", "maria", "chris");
        assertThat(rows).allSatisfy(r -> assertThat(r.attempts()).isPositive());
        assertThat(rows.getFirst().username()).as("the trainee weakest at HIPAA sorts first: %s", rows).isEqualTo("sam");
        assertThat(rows).filteredOn(r -> r.username().equals("priya")).singleElement()
                .satisfies(r -> assertThat(r.certified()).isNotEmpty());
        var scenarios = TestUsers.as("manager", "MANAGER", () -> review.scenarios());
        assertThat(scenarios).isNotEmpty().anySatisfy(s -> assertThat(s.hotspots()).isNotEmpty())
                .allSatisfy(s -> assertThat(s.hotspots()).allMatch(com.rapport.review.Hotspot::lostPoints));
        assertThat(scenarios).as("some demo conversations were left unfinished")
                .anySatisfy(s -> assertThat(s.stats().completionRate()).isLessThan(100));
    }
}
