package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xinfang.core.domain.model.visit.ReceptionVisit;
import org.xinfang.core.domain.model.visit.ReceptionVisitRepository;
import org.xinfang.core.domain.model.visit.VisitKind;

@ApplicationScoped
public class JpaReceptionVisitRepository implements ReceptionVisitRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public ReceptionVisit add(ReceptionVisit visit) {
        em.persist(visit);
        return visit;
    }

    @Override
    public Optional<ReceptionVisit> find(Long id) {
        ReceptionVisit visit = id == null ? null : em.find(ReceptionVisit.class, id);
        if (visit != null) {
            visit.getPeople().size();
        }
        return Optional.ofNullable(visit);
    }

    @Override
    public List<ReceptionVisit> list(Collection<Long> unitIds, Filter filter, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT v FROM ReceptionVisit v WHERE v.unitId IN :units");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("units", unitIds);
        if (filter.kind() != null) {
            jpql.append(" AND v.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.from() != null) {
            jpql.append(" AND v.heldOn BETWEEN :from AND :to");
            params.put("from", filter.from());
            params.put("to", filter.to());
        }
        if (filter.leaderUsername() != null) {
            jpql.append(" AND v.leaderUsername = :leader");
            params.put("leader", filter.leaderUsername());
        }
        var query = em.createQuery(jpql.append(" ORDER BY v.heldOn DESC, v.id DESC").toString(), ReceptionVisit.class)
                .setMaxResults(limit);
        params.forEach(query::setParameter);
        List<ReceptionVisit> found = query.getResultList();
        found.forEach(v -> v.getPeople().size());
        return found;
    }

    @Override
    public List<Held> heldBy(String leader, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT v.heldOn, v.kind FROM ReceptionVisit v WHERE v.leaderUsername = :l AND v.unitId IN :units"
                        + " AND v.heldOn BETWEEN :f AND :t", Object[].class)
                .setParameter("l", leader).setParameter("units", unitIds).setParameter("f", from).setParameter("t", to)
                .getResultStream().map(r -> new Held((LocalDate) r[0], (VisitKind) r[1])).toList();
    }
}
