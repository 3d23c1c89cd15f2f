package com.rapport.practice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    List<Attempt> findByUsernameOrderByStartedAtDesc(String username);

    List<Attempt> findByUsernameAndFinishedAtIsNotNullOrderByFinishedAt(String username);

    @org.springframework.data.jpa.repository.Query("select a.scenarioId, count(a) from Attempt a group by a.scenarioId")
    List<Object[]> countByScenario();

    Optional<Attempt> findFirstByUsernameAndScenarioIdAndFinishedAtIsNullOrderByStartedAtDesc(String username,
            String scenarioId);
}
