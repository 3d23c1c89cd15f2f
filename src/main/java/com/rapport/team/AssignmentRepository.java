package com.rapport.team;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByUsernameOrderByDueOn(String username);

    List<Assignment> findByUsernameInOrderByDueOn(Collection<String> usernames);
}
