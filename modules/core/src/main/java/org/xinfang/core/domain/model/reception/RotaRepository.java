package org.xinfang.core.domain.model.reception;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit's rota: its rules and the dated sessions they expand into. Reads by unit id; which units a
 * caller may see is the use case's check, made before it asks.
 */
public interface RotaRepository {

    /** Persists a new rule and a session of it on each date. */
    RotaRule add(RotaRule rule, List<LocalDate> dates);

    /** Adds sessions of a saved rule on {@code dates}. */
    void addSessions(RotaRule rule, List<LocalDate> dates);

    /** The rule, its row locked on the first read (a plain read first would pin an older snapshot on InnoDB). */
    Optional<RotaRule> findLocked(Long id);

    /** The rules of a unit not withdrawn and not ended before {@code today}, by start date. */
    List<RotaRule> inForce(Long unitId, LocalDate today);

    /** Per rule of the unit, how many sessions (not withdrawn) it has from {@code from} on. */
    Map<Long, Long> sessionsFrom(Long unitId, LocalDate from);

    /** Every session of the rule from {@code from} on (withdrawn ones too), by date, their rows locked. */
    List<ReceptionSlot> sessionsOfLocked(RotaRule rule, LocalDate from);

    Optional<ReceptionSlot> findSession(Long id);

    /** The unit's sessions from {@code from} to {@code to} (included), not withdrawn, in time order. */
    List<ReceptionSlot> sessions(Long unitId, LocalDate from, LocalDate to);

    /** The sessions from {@code from} to {@code to} not withdrawn, of one unit or of all when {@code unitId} is null. */
    List<ReceptionSlot> published(Long unitId, LocalDate from, LocalDate to);

    /**
     * Locks the session's rule row, then the session's, and reads the session again under the lock:
     * the order an edit of the rule takes them, so a booking and an edit queue instead of deadlocking.
     */
    void lockForBooking(ReceptionSlot session);

    /** Writes pending changes now. */
    void flush();
}
