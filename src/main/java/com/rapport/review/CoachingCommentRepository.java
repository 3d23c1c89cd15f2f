package com.rapport.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CoachingCommentRepository extends JpaRepository<CoachingComment, Long> {

    List<CoachingComment> findByAttemptIdOrderByCreatedAt(long attemptId);
}
