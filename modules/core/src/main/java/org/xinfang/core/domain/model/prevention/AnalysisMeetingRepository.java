package org.xinfang.core.domain.model.prevention;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The meetings (研判例会 and the kinds agencies declare) and their decisions. Whether the caller sees a meeting's unit is the use case's check. */
public interface AnalysisMeetingRepository {

    AnalysisMeeting add(AnalysisMeeting meeting);

    Optional<AnalysisMeeting> find(Long id);

    /** A decision with its row locked, so that two follow-ups at once queue. */
    Optional<MeetingDecision> findDecisionLocked(Long decisionId);

    /**
     * The meetings of the units within these subtrees, of {@code month} and {@code kind} (each null:
     * every one), the latest held first, at most {@code limit}.
     */
    List<AnalysisMeeting> within(Collection<String> unitPaths, YearMonth month, String kind, int limit);

    /** The day the unit's latest meeting of {@code kind} held between {@code from} and {@code to} was held. */
    Optional<LocalDate> lastHeld(Long unitId, String kind, LocalDate from, LocalDate to);

    /**
     * The decisions of meetings of the units within these subtrees held between {@code from} and
     * {@code to} (each may be null), of {@code kind} (null: every kind), by meeting date then decision, at most {@code limit}.
     */
    List<MeetingDecision> decisionsWithin(Collection<String> unitPaths, LocalDate from, LocalDate to, String kind, int limit);
}
