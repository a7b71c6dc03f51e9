package org.xinfang.core.application.ports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.api.port.CaseReader;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;

/** Cases for plugins, through the same scoped repository the core's pages use. */
@ApplicationScoped
public class CaseReaderAdapter implements CaseReader {

    @Inject
    private CaseRepository cases;

    @Inject
    private IdentityDisclosure disclosure;

    @Override
    @Transactional
    public Optional<CaseFacts> find(Caller caller, long caseId) {
        return cases.find(caseId, caller.visibility()).map(this::facts);
    }

    @Override
    @Transactional
    public Optional<CaseFacts> findSeenOrFollowed(Caller caller, long caseId) {
        return cases.find(caseId, caller.visibility()).or(() -> cases.findFollowed(caseId, caller.visibility())).map(this::facts);
    }

    @Override
    @Transactional
    public CaseFacts get(Caller caller, long caseId) {
        return find(caller, caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    @Override
    @Transactional
    public String protect(Caller caller, long caseId, String text, int longest) {
        return cases.find(caseId, caller.visibility()).map(c -> disclosure.protect(c, text, longest)).orElse(text);
    }

    @Override
    @Transactional
    public List<CaseFacts> ofAgency(Caller caller, String agencyType, int limit) {
        return cases.ofAgency(agencyType, caller.visibility(), limit).stream().map(this::facts).toList();
    }

    /** The facts of {@code c}; its subject as everyone may read it (a sealed reporter by pseudonym). */
    CaseFacts facts(Case c) {
        return new CaseFacts(c.getId(), c.getNumber(), c.getAgencyType(), c.getUnit().getId(), c.getUnit().getName(),
                c.getUnit().getPath(), c.getStatus(), disclosure.redact(c, c.getSubject()), c.getReceivedOn(), c.getVersion(),
                c.getConcernedUnit() == null ? null : c.getConcernedUnit().getId(), c.getRegisteringUnitId());
    }
}
