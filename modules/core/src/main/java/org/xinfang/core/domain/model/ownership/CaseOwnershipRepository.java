package org.xinfang.core.domain.model.ownership;

import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.cases.Case;

/** 包案: leaders' ownerships of cases. Reads by case id; whether the caller sees the case is the use case's check. */
public interface CaseOwnershipRepository {

    /** An open ownership with its case, as a leader's list shows it. */
    record Owned(CaseOwnership ownership, Case caseFile) {
    }

    CaseOwnership add(CaseOwnership ownership);

    /**
     * The open ownership of a case, read after locking the case's row and with a locking read, so
     * two leaders taking the case at once queue and the second sees the first's.
     */
    Optional<CaseOwnership> openOfLocked(Long caseId);

    /** Every ownership of the case, the newest first. */
    List<CaseOwnership> ofCase(Long caseId);

    /** The leader's open ownerships with their cases in every unit, the earliest due first. */
    List<Owned> openOfLeader(String leaderUsername);

    /** The ownerships (open and closed) of cases in units within these subtrees, with their cases, the latest first. */
    List<Owned> ofUnits(org.xinfang.api.caller.Visibility visibility, int limit);
}
