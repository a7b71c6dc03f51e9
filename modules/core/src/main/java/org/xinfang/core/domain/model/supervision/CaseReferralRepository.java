package org.xinfang.core.domain.model.supervision;

import java.util.List;
import org.xinfang.api.caller.Visibility;
import java.util.Optional;

/** The referrals of cases between units. */
public interface CaseReferralRepository {

    CaseReferral add(CaseReferral referral);

    Optional<CaseReferral> findLocked(Long id);

    /** A case's referrals, oldest first. */
    List<CaseReferral> ofCase(Long caseId);

    /** The latest referral of a case into {@code unitId} that still waits for its report, if any. */
    Optional<CaseReferral> awaitingInto(Long caseId, Long unitId);

    /** The latest referrals made by units within these subtrees (at most {@code limit}). */
    List<CaseReferral> fromUnits(Visibility visibility, int limit);
}
