package com.rapport.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreOverrideRepository extends JpaRepository<ScoreOverride, Long> {

    List<ScoreOverride> findByAttemptIdOrderByOverriddenAt(long attemptId);
}
