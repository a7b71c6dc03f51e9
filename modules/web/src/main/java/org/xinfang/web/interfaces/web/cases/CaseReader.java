package org.xinfang.web.interfaces.web.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.xinfang.core.application.AuditLog;
import org.xinfang.core.application.Caller;
import org.xinfang.core.application.CaseDetails;
import org.xinfang.core.application.CaseService;
import org.xinfang.core.domain.model.audit.AuditEvent;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseQuery;
import org.xinfang.core.domain.model.cases.Page;

/**
 * Reads cases for pages that render after the service's transaction has ended. The parties of a
 * case load lazily, so they are fetched here, inside one transaction around the service call,
 * before the page touches them (batch fetching keeps a page of the list to one extra query).
 */
@ApplicationScoped
public class CaseReader {

    @Inject
    private CaseService cases;

    @Inject
    private AuditLog audit;

    @Transactional
    public Page<Case> list(Caller caller, CaseQuery query) {
        Page<Case> page = cases.list(caller, query);
        page.items().forEach(c -> c.getParties().size());
        return page;
    }

    /** @throws org.xinfang.core.application.CaseNotFoundException as the service does */
    @Transactional
    public CaseDetails get(Caller caller, Long id) {
        CaseDetails details = cases.get(caller, id);
        details.caseFile().getParties().size();
        return details;
    }

    /** The audit history of a case the caller has just been allowed to read through {@link #get}. */
    public List<AuditEvent> history(CaseDetails readable) {
        return audit.history("Case", readable.caseFile().getId());
    }
}
