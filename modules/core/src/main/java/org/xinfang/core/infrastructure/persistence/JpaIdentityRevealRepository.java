package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.identity.IdentityReveal;
import org.xinfang.core.domain.model.identity.IdentityRevealRepository;
import org.xinfang.core.domain.model.unit.OrgUnit;

@ApplicationScoped
public class JpaIdentityRevealRepository implements IdentityRevealRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public IdentityReveal add(IdentityReveal reveal) {
        em.persist(reveal);
        em.flush();
        return reveal;
    }

    @Override
    public List<Logged> within(Collection<Within> scopes, Long caseId, int limit) {
        if (scopes.isEmpty()) {
            return List.of();
        }
        List<Within> in = List.copyOf(scopes);
        StringBuilder jpql = new StringBuilder("SELECT r, c, h FROM IdentityReveal r, Case c, OrgUnit h"
                + " WHERE r.caseId = c.id AND r.holderId = h.id AND (");
        for (int i = 0; i < in.size(); i++) {
            jpql.append(i == 0 ? "" : " OR ").append("(h.path LIKE :p").append(i).append(" AND h.agencyType = :a").append(i).append(')');
        }
        jpql.append(')');
        if (caseId != null) {
            jpql.append(" AND r.caseId = :caseId");
        }
        jpql.append(" ORDER BY r.id DESC");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setMaxResults(limit);
        for (int i = 0; i < in.size(); i++) {
            // Paths are ids and slashes (/1/4/), nothing LIKE would read as a wildcard.
            query.setParameter("p" + i, in.get(i).unitPath() + "%");
            query.setParameter("a" + i, in.get(i).agencyType());
        }
        if (caseId != null) {
            query.setParameter("caseId", caseId);
        }
        return query.getResultStream().map(r -> new Logged((IdentityReveal) r[0], (Case) r[1], (OrgUnit) r[2])).toList();
    }
}
