package org.xinfang.core.domain.model.prevention;

import java.util.List;
import java.util.Optional;

/** The mediations of cases. Read by case id after the use case found the case visible. */
public interface MediationRepository {

    Mediation add(Mediation mediation);

    /**
     * The open mediation of a case, read after locking the case's row and with a locking read, so
     * that two referrals of the same case at once queue and the second sees the first's.
     */
    Optional<Mediation> openOfLocked(Long caseId);

    /** Every mediation of the case, the newest first. */
    List<Mediation> ofCase(Long caseId);
}
