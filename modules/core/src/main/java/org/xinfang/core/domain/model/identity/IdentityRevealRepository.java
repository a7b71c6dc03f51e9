package org.xinfang.core.domain.model.identity;

import java.util.Collection;
import java.util.List;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.unit.OrgUnit;

/** The reveal log of sealed identities, append-only, read within the subtrees of agencies a leader leads. */
public interface IdentityRevealRepository {

    /** A subtree of one agency type: the units whose path starts with {@code unitPath} and serve {@code agencyType}. */
    record Within(String unitPath, String agencyType) {
    }

    /** One reveal with its case and the unit that holds the identity. */
    record Logged(IdentityReveal reveal, Case caseFile, OrgUnit holder) {
    }

    /** Stores a reveal and gives it its number at once (the audit event and the log line name it). */
    IdentityReveal add(IdentityReveal reveal);

    /**
     * The reveals whose holding unit lies in one of {@code scopes}, newest first, at most {@code limit};
     * of one case when {@code caseId} is given. No scope, no reveal.
     */
    List<Logged> within(Collection<Within> scopes, Long caseId, int limit);
}
