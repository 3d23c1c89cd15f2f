package com.rapport.scenario;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScenarioVersionRepository extends JpaRepository<ScenarioVersion, Long> {

    /** A version without its content (tens of kilobytes): which scenario, which content, from which file. */
    record Head(String scenarioId, String contentHash, String fileName) {
    }

    Optional<ScenarioVersion> findByScenarioIdAndContentHash(String scenarioId, String contentHash);

    List<ScenarioVersion> findByScenarioIdOrderByCreatedAtDesc(String scenarioId);

    List<ScenarioVersion> findByScenarioIdAndInUseTrue(String scenarioId);

    @Query("select v.scenarioId, v.contentHash, v.fileName from ScenarioVersion v where v.inUse = true")
    List<Object[]> headsInUse();

    @Query("select v.scenarioId, v.contentHash, v.fileName from ScenarioVersion v "
            + "where v.scenarioId = :scenarioId and v.inUse = true")
    List<Object[]> headsInUse(String scenarioId);

    @Query("select v.scenarioId, v.contentHash, v.fileName from ScenarioVersion v "
            + "where v.scenarioId = :scenarioId and v.contentHash = :contentHash and v.valid = true")
    List<Object[]> validHead(String scenarioId, String contentHash);

    @Query("select v.content from ScenarioVersion v where v.scenarioId = :scenarioId and v.contentHash = :contentHash")
    Optional<String> contentOf(String scenarioId, String contentHash);

    static List<Head> heads(List<Object[]> rows) {
        return rows.stream().map(r -> new Head((String) r[0], (String) r[1], (String) r[2])).toList();
    }
}
