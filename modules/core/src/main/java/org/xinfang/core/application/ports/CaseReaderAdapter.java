package org.xinfang.core.application.ports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.caller.Visibility;
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

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    @Transactional
    public Optional<CaseFacts> find(Caller caller, long caseId) {
        return cases.find(caseId, caller.visibility()).map(this::facts);
    }

    @Override
    @Transactional
    public CaseFacts get(Caller caller, long caseId) {
        return find(caller, caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    @Override
    @Transactional
    public List<CaseFacts> ofAgency(Caller caller, String agencyType, int limit) {
        Visibility visibility = caller.visibility();
        if (visibility.unitPaths().isEmpty()) {
            return List.of();
        }
        List<String> paths = List.copyOf(visibility.unitPaths());
        StringBuilder within = new StringBuilder();
        for (int i = 0; i < paths.size(); i++) {
            within.append(i == 0 ? "" : " OR ").append("c.unit.path LIKE :p").append(i);
        }
        TypedQuery<Case> query = em.createQuery("SELECT c FROM Case c JOIN FETCH c.unit WHERE c.agencyType = :type AND ("
                + within + ") ORDER BY c.id DESC", Case.class).setParameter("type", agencyType).setMaxResults(limit);
        for (int i = 0; i < paths.size(); i++) {
            query.setParameter("p" + i, paths.get(i) + "%");
        }
        return query.getResultStream().map(this::facts).toList();
    }

    /** The facts of {@code c}; its subject as everyone may read it (a sealed reporter by pseudonym). */
    CaseFacts facts(Case c) {
        return new CaseFacts(c.getId(), c.getNumber(), c.getAgencyType(), c.getUnit().getId(), c.getUnit().getName(),
                c.getUnit().getPath(), c.getStatus(), disclosure.redact(c, c.getSubject()), c.getReceivedOn(), c.getVersion());
    }
}
