package org.xinfang.core.domain.model.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The rounds units recorded as screened. */
public interface ScreeningRoundRepository {

    /**
     * The unit's record of the round starting on {@code startsOn}, read after locking the unit's row
     * and with a locking read, so two people recording the same round at once queue.
     */
    Optional<ScreeningRound> ofRoundLocked(Long unitId, LocalDate startsOn);

    /** Stores the record and writes it now, so that the unique key guards it inside the caller's transaction. */
    ScreeningRound add(ScreeningRound round);

    /** The unit's recorded rounds starting within {@code [from, to]}, in order. */
    List<ScreeningRound> ofUnit(Long unitId, LocalDate from, LocalDate to);
}
