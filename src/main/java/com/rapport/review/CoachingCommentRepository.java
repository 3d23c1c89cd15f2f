package com.rapport.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CoachingCommentRepository extends JpaRepository<CoachingComment, Long> {

    List<CoachingComment> findByAttemptIdOrderByCreatedAt(long attemptId);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query(value = "delete from coaching_comment where attempt_id in "
            + "(select id from attempt where username = :trainee)", nativeQuery = true)
    int deleteAllOnAttemptsOf(String trainee);
}
