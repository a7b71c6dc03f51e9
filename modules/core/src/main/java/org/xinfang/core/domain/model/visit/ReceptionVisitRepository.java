package org.xinfang.core.domain.model.visit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Leaders' meetings with petitioners, always read within a set of unit ids the caller sees. */
public interface ReceptionVisitRepository {

    /** One meeting held: its day and kind. */
    record Held(LocalDate heldOn, VisitKind kind) {
    }

    /** A list's filters besides the units; each may be null. */
    record Filter(VisitKind kind, LocalDate from, LocalDate to, String leaderUsername) {
    }

    ReceptionVisit add(ReceptionVisit visit);

    /** The record with the people who came. */
    Optional<ReceptionVisit> find(Long id);

    /** The records of {@code unitIds} matching the filter, newest first, at most {@code limit}, with the people who came. */
    List<ReceptionVisit> list(Collection<Long> unitIds, Filter filter, int limit);

    /** The meetings {@code leader} held in {@code unitIds} from {@code from} to {@code to}. */
    List<Held> heldBy(String leader, Collection<Long> unitIds, LocalDate from, LocalDate to);
}
