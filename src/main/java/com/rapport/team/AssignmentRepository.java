package com.rapport.team;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByUsernameOrderByDueOn(String username);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query("delete from Assignment a where a.username = :username")
    int deleteAllOf(String username);

    List<Assignment> findByUsernameInOrderByDueOn(Collection<String> usernames);
}
