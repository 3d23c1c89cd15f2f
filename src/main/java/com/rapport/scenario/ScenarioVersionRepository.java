package com.rapport.scenario;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScenarioVersionRepository extends JpaRepository<ScenarioVersion, Long> {

    Optional<ScenarioVersion> findByScenarioIdAndContentHash(String scenarioId, String contentHash);

    List<ScenarioVersion> findByInUseTrue();

    List<ScenarioVersion> findByScenarioIdOrderByCreatedAtDesc(String scenarioId);

    List<ScenarioVersion> findByScenarioIdAndInUseTrue(String scenarioId);
}
