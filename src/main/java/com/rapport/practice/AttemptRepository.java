package com.rapport.practice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    List<Attempt> findByUsernameOrderByStartedAtDesc(String username);

    long countByUsername(String username);

    @org.springframework.data.jpa.repository.Query(value = "select count(*) from turn t join attempt a "
            + "on a.id = t.attempt_id where a.username = :username", nativeQuery = true)
    long countTurnsOf(String username);

    /** Deletes a trainee's attempts; their turns, scores, evidence and criterion results go with them (cascade). */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query(value = "delete from attempt where username = :username",
            nativeQuery = true)
    int deleteAllOf(String username);

    List<Attempt> findByUsernameAndFinishedAtIsNotNullOrderByFinishedAt(String username);

    @org.springframework.data.jpa.repository.Query("select a.scenarioId, count(a) from Attempt a group by a.scenarioId")
    List<Object[]> countByScenario();

    Optional<Attempt> findFirstByUsernameAndScenarioIdAndFinishedAtIsNullOrderByStartedAtDesc(String username,
            String scenarioId);
}
