package org.xinfang.core.domain.model.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The disputes of the ledgers. Whether the caller may see a unit is the use case's check. */
public interface DisputeRepository {

    Dispute add(Dispute dispute);

    /** A dispute read with a row lock, so that two people settling it at once queue and the second sees the first's. */
    Optional<Dispute> findLocked(Long id);

    Optional<Dispute> find(Long id);

    /** The unit's disputes found within {@code [from, to]}, the riskiest and then the oldest first. */
    List<Dispute> ofUnit(Long unitId, LocalDate from, LocalDate to);

    /** How many disputes the unit registered for the round that starts on {@code roundStartsOn}. */
    int countInRound(Long unitId, LocalDate roundStartsOn);
}
