package com.rapport.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.practice.ReplyRejectedException;
import com.rapport.practice.ReplyVerdicts;
import com.rapport.scenario.Criterion;
import com.rapport.security.CurrentUser;
import com.rapport.security.Role;

/**
 * Trainers keep the scorer honest: a reviewer labels what the scorer should have said on a criterion of a typed
 * reply ("+" credit, "-" violation, "0" neither); every label is kept as a labelled example. Trainers and admins
 * see, per criterion, how often the scorer agrees with those labels and where it does not, and export them in the
 * labelled format that {@code rapport evaluate} reads.
 */
@Service
@Transactional(readOnly = true)
public class ScorerAgreementService {

    /** Per criterion: how many labels, how many the scorer agrees with, and its credit and violation hits. */
    public record CriterionAgreement(Criterion criterion, int labels, int agreed, int creditLabels,
            int creditFound, int violationLabels, int violationFound) {

        /** The share of labels the scorer agrees with, 0-100 (100 with no labels). */
        public int percent() {
            return labels == 0 ? 100 : Math.round(100f * agreed / labels);
        }
    }

    /** A label the scorer disagrees with: the reply, what the reviewer said and what the scorer said. */
    public record Disagreement(long attemptId, int seq, String scenarioId, String nodeId, String text,
            Criterion criterion, char label, char scorer, String labelledBy) {
    }

    public record Agreement(List<CriterionAgreement> criteria, List<Disagreement> disagreements) {
    }

    private final ReplyLabelRepository labels;
    private final ReplyVerdicts verdicts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ScorerAgreementService(ReplyLabelRepository labels, ReplyVerdicts verdicts, CurrentUser currentUser,
            Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.labels = labels;
        this.verdicts = verdicts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Labels one criterion of a typed reply of an attempt the current user reviews (the trainee's manager or an
     * admin); a second label on the same criterion replaces the first.
     */
    @Transactional
    public void labelReply(long attemptId, int seq, Criterion criterion, char label) {
        if (label != '+' && label != '-' && label != '0') {
            throw new ReplyRejectedException("A label is +, - or 0.");
        }
        try {
            verdicts.forReview(attemptId, seq);
        } catch (IllegalArgumentException e) {
            throw new ReplyRejectedException("Only typed replies can be labelled: the scorer did not read a choice.");
        }
        var existing = labels.findByAttemptIdAndTurnSeqAndCriterion(attemptId, seq, criterion);
        if (existing.isPresent()) {
            existing.get().relabel(label, currentUser.username(), clock.instant());
        } else {
            labels.save(new ReplyLabel(attemptId, seq, criterion, label, currentUser.username(), clock.instant()));
        }
    }

    /**
     * Deletes the labels on a trainee's replies and returns how many. For the privacy feature's erasure, which
     * checks that an admin asks and runs it in one transaction.
     */
    @Transactional
    public int eraseTrainee(String trainee) {
        return labels.deleteAllOnAttemptsOf(trainee);
    }

    /** The scorer's agreement with every label, per criterion, and the disagreements, newest first. */
    public Agreement agreement() {
        var all = labels.findAllByOrderByLabelledAtDesc();
        var replies = replies(all);
        var counts = new EnumMap<Criterion, int[]>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            counts.put(c, new int[6]);
        }
        var disagreements = new ArrayList<Disagreement>();
        for (ReplyLabel l : all) {
            var reply = replies.get(new ReplyVerdicts.Key(l.getAttemptId(), l.getTurnSeq()));
            if (reply == null) {
                continue;
            }
            char scorer = reply.verdict().get(l.getCriterion());
            int[] n = counts.get(l.getCriterion());
            n[0]++;
            n[1] += scorer == l.getLabel() ? 1 : 0;
            n[2] += l.getLabel() == '+' ? 1 : 0;
            n[3] += l.getLabel() == '+' && scorer == '+' ? 1 : 0;
            n[4] += l.getLabel() == '-' ? 1 : 0;
            n[5] += l.getLabel() == '-' && scorer == '-' ? 1 : 0;
            if (scorer != l.getLabel()) {
                disagreements.add(new Disagreement(l.getAttemptId(), l.getTurnSeq(), reply.scenarioId(),
                        reply.nodeId(), reply.text(), l.getCriterion(), l.getLabel(), scorer, l.getLabelledBy()));
            }
        }
        var criteria = counts.entrySet().stream().map(e -> new CriterionAgreement(e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4], e.getValue()[5])).toList();
        return new Agreement(criteria, disagreements);
    }

    /**
     * Every labelled reply as one row of the labelled format (split "review"): the reviewers' labels, and on a
     * criterion nobody labelled, the scorer's own verdict, which the reviewer read and let stand.
     */
    public void export(Writer out) {
        events.publishEvent(new DataExported(currentUser.username(), "reply-labels.csv", "all"));
        var all = labels.findAllByOrderByLabelledAtDesc();
        var replies = replies(all);
        var byReply = new HashMap<ReplyVerdicts.Key, Map<Criterion, Character>>();
        all.forEach(l -> byReply.computeIfAbsent(new ReplyVerdicts.Key(l.getAttemptId(), l.getTurnSeq()),
                k -> new EnumMap<>(Criterion.class)).putIfAbsent(l.getCriterion(), l.getLabel()));
        var header = new ArrayList<>(List.of("id", "split", "scenario", "node", "verified", "text"));
        for (Criterion c : Criterion.values()) {
            header.add(c.id());
        }
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                .get())) {
            for (var entry : byReply.entrySet()) {
                var reply = replies.get(entry.getKey());
                if (reply == null) {
                    continue;
                }
                var row = new ArrayList<Object>(List.of("review-" + reply.attemptId() + "-" + reply.seq(), "review",
                        reply.scenarioId(), reply.nodeId(), reply.verified(), reply.text()));
                for (Criterion c : Criterion.values()) {
                    row.add(String.valueOf(entry.getValue().getOrDefault(c, reply.verdict().get(c))));
                }
                com.rapport.shared.CsvCells.print(csv, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<ReplyVerdicts.Key, ReplyVerdicts.ScoredReply> replies(List<ReplyLabel> all) {
        if (!currentUser.has(Role.TRAINER) && !currentUser.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only trainers and admins see the scorer's agreement");
        }
        var keys = new LinkedHashSet<ReplyVerdicts.Key>();
        all.forEach(l -> keys.add(new ReplyVerdicts.Key(l.getAttemptId(), l.getTurnSeq())));
        var result = new HashMap<ReplyVerdicts.Key, ReplyVerdicts.ScoredReply>();
        verdicts.forTrainers(keys).forEach(r -> result.put(new ReplyVerdicts.Key(r.attemptId(), r.seq()), r));
        return result;
    }
}
