package org.xinfang.api.port;

import java.util.List;
import java.util.Optional;
import org.xinfang.api.caller.Caller;

/** Cases as the caller may see them, and nothing more: a case outside their units is not found. */
public interface CaseReader {

    Optional<CaseFacts> find(Caller caller, long caseId);

    /**
     * The case as the caller sees it or, when it went on from their units to another (转送, 交办, a review
     * above), as they follow it read-only; empty when neither.
     */
    Optional<CaseFacts> findSeenOrFollowed(Caller caller, long caseId);

    /** The case, or a refusal the API answers with 404, as for any case the caller may not see. */
    CaseFacts get(Caller caller, long caseId);

    /**
     * {@code text} about case {@code caseId} as it may be stored and shown: its sealed identities (a
     * reporter's name, numbers, address) replaced by their pseudonyms, at most {@code longest}
     * characters (a pseudonym is longer than a short name). A plugin passes every text its users type
     * about a case through here before storing it. Unchanged when nothing in the case is sealed, or
     * the caller cannot see the case.
     */
    String protect(Caller caller, long caseId, String text, int longest);

    /** The caller's visible cases of one agency type, newest first, at most {@code limit}. */
    List<CaseFacts> ofAgency(Caller caller, String agencyType, int limit);
}
