package com.rapport.audit;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e
            where e.occurredAt >= :from and e.occurredAt < :to
              and (:action is null or e.action = :action)
              and (:who = '' or lower(e.actor) like :who or lower(e.target) like :who)
            order by e.occurredAt desc, e.id desc""")
    List<AuditEntry> search(Instant from, Instant to, @Nullable AuditAction action, String who, Pageable page);
}
