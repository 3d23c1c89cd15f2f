package com.rapport.team;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

    List<Team> findByManagerOrderByName(String manager);

    List<Team> findAllByOrderByName();

    @Query("select count(t) > 0 from Team t join t.members m where t.manager = ?1 and m = ?2")
    boolean manages(String manager, String trainee);

    @Query("select t from Team t join t.members m where m = ?1")
    List<Team> findByMember(String trainee);
}
