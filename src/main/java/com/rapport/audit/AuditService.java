package com.rapport.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.security.CurrentUser;
import com.rapport.security.Role;
import com.rapport.shared.CsvCells;

/** Writes the audit log and lets admins read, filter and export it. Nothing here changes or deletes a line. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    /** At most this many lines on screen; the export has them all. */
    public static final int SCREEN_LIMIT = 500;

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(AuditEntryRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Which lines to show: a date range (inclusive, in the server's zone), an action, a name in actor or target. */
    public record Filter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable AuditAction action, String who) {
        public static final Filter ALL = new Filter(null, null, null, "");
    }

    /**
     * Adds a line in a transaction of its own: the listeners call it after the change they record has committed,
     * and an export runs in a read-only transaction that could not write it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, AuditAction action, String target, @Nullable String address, String detail) {
        entries.save(new AuditEntry(clock.instant(), actor, action, target, address, detail));
    }

    /** The newest lines matching the filter, at most {@link #SCREEN_LIMIT}; admins only. */
    public List<AuditEntry> search(Filter filter) {
        requireAdmin();
        return query(filter, SCREEN_LIMIT);
    }

    /** Every line matching the filter as CSV (cells neutralised for spreadsheets); the export is itself audited. */
    @Transactional
    public void export(Filter filter, Writer out) {
        requireAdmin();
        try (CSVPrinter csv = CSVFormat.RFC4180.builder()
                .setHeader("occurred_at", "actor", "action", "target", "address", "detail").get().print(out)) {
            for (AuditEntry e : query(filter, Integer.MAX_VALUE)) {
                csv.printRecord(e.getOccurredAt(), CsvCells.safe(e.getActor()), e.getAction(),
                        CsvCells.safe(e.getTarget()), CsvCells.safe(e.getAddress() == null ? "" : e.getAddress()),
                        CsvCells.safe(e.getDetail()));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        record(currentUser.username(), AuditAction.EXPORTED, "audit log", null, describe(filter));
    }

    private List<AuditEntry> query(Filter filter, int limit) {
        ZoneId zone = clock.getZone();
        Instant from = filter.from() == null ? Instant.EPOCH : filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to() == null ? Instant.parse("9999-12-31T00:00:00Z")
                : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        String who = filter.who().isBlank() ? ""
                : "%" + filter.who().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return entries.search(from, to, filter.action(), who, PageRequest.ofSize(limit));
    }

    private static String describe(Filter f) {
        return "from " + (f.from() == null ? "start" : f.from()) + " to " + (f.to() == null ? "now" : f.to())
                + (f.action() == null ? "" : ", " + f.action()) + (f.who().isBlank() ? "" : ", who " + f.who());
    }

    private void requireAdmin() {
        if (!currentUser.has(Role.ADMIN)) {
            throw new AccessDeniedException("Admins only");
        }
    }
}
