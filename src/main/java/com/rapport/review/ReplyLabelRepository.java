package com.rapport.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import com.rapport.scenario.Criterion;

interface ReplyLabelRepository extends JpaRepository<ReplyLabel, Long> {

    Optional<ReplyLabel> findByAttemptIdAndTurnSeqAndCriterion(long attemptId, int turnSeq, Criterion criterion);

    List<ReplyLabel> findByAttemptIdOrderByTurnSeq(long attemptId);

    List<ReplyLabel> findAllByOrderByLabelledAtDesc();

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query(value = "delete from reply_label where attempt_id in "
            + "(select id from attempt where username = :trainee)", nativeQuery = true)
    int deleteAllOnAttemptsOf(String trainee);
}
