package org.xinfang.core.domain.model.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.xinfang.api.caller.Visibility;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Page;

/** The orders of the escalation ladder. Read by case after the use case found the case visible. */
public interface SupervisionOrderRepository {

    SupervisionOrder add(SupervisionOrder order);

    /** The order with its row locked, so that answering and closing at once queue. */
    Optional<SupervisionOrder> findLocked(Long id);

    Optional<SupervisionOrder> find(Long id);

    /** One order with its case, for the deadline watch (which works across every unit). */
    Optional<OfCase> withCase(Long id);

    /** A case's orders, the newest first. */
    List<SupervisionOrder> ofCase(Long caseId);

    /**
     * The case's order of one of {@code kinds} from {@code issuingUnitId} that is not closed, if any; the case's
     * row is locked first, so two people giving an order at once queue and the second finds the first.
     */
    Optional<SupervisionOrder> unclosedFromLocked(Long caseId, List<OrderKind> kinds, Long issuingUnitId);

    /** Whether a case has an order of these kinds that is not closed. */
    boolean hasUnclosed(Long caseId, List<OrderKind> kinds);

    /** An order with its case. */
    record OfCase(SupervisionOrder order, Case caseFile) {
    }

    /** Every listed order (挂牌督办) with its case, open ones first, then the latest closed. */
    List<OfCase> listed(int limit);

    /**
     * Ids (above {@code afterId}, ascending, at most {@code limit}) of open orders due between the two
     * dates with no reminder of {@code kind} sent for their due date.
     */
    List<Long> openDueWithout(ReminderKind kind, LocalDate from, LocalDate to, long afterId, int limit);

    /** The orders given by or to units within these subtrees, with their cases, the latest first (at most {@code limit}). */
    List<OfCase> ofUnits(Visibility visibility, int limit);

    /**
     * The orders given to one of these units and not yet answered, with their cases, the earliest due
     * first (at most {@code limit}), and how many there are.
     */
    Page<OfCase> awaitingAnswerFrom(Collection<Long> targetUnitIds, int limit);

    /**
     * The orders to units under {@code unitPath} whose answer was due from {@code from} to {@code asOf}:
     * how many ({@code [0]}) and how many of them were answered by their due date ({@code [1]}).
     */
    long[] answeredInTime(String unitPath, LocalDate from, LocalDate asOf);
}
