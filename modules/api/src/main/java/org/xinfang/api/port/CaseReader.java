package org.xinfang.api.port;

import java.util.List;
import java.util.Optional;
import org.xinfang.api.caller.Caller;

/** Cases as the caller may see them, and nothing more: a case outside their units is not found. */
public interface CaseReader {

    Optional<CaseFacts> find(Caller caller, long caseId);

    /** The case, or a refusal the API answers with 404, as for any case the caller may not see. */
    CaseFacts get(Caller caller, long caseId);

    /** The caller's visible cases of one agency type, newest first, at most {@code limit}. */
    List<CaseFacts> ofAgency(Caller caller, String agencyType, int limit);
}
