package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;

@ApplicationScoped
public class JpaOrgUnitRepository implements OrgUnitRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public Optional<OrgUnit> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(OrgUnit.class, id));
    }

    @Override
    public Optional<OrgUnit> findByCode(String code) {
        return em.createNamedQuery("OrgUnit.findByCode", OrgUnit.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<OrgUnit> findByShortName(String shortName) {
        return em.createNamedQuery("OrgUnit.findByShortName", OrgUnit.class).setParameter("shortName", shortName)
                .getResultStream().findFirst();
    }

    @Override
    public List<OrgUnit> findAll() {
        return em.createNamedQuery("OrgUnit.findAll", OrgUnit.class).getResultList();
    }

    @Override
    public List<OrgUnit> childrenOf(OrgUnit parent) {
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent = :parent ORDER BY u.id", OrgUnit.class)
                .setParameter("parent", parent).getResultList();
    }

    @Override
    public List<OrgUnit> lock(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT u FROM OrgUnit u WHERE u.id IN :ids ORDER BY u.id", OrgUnit.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public List<OrgUnit> lockSubtree(String path) {
        // Paths hold only digits and slashes: nothing in them for LIKE to read as a wildcard.
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.path LIKE :prefix ORDER BY u.path", OrgUnit.class)
                .setParameter("prefix", path + "%").setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public OrgUnit add(OrgUnit unit) {
        em.persist(unit);
        em.flush();
        unit.placeInTree();
        return unit;
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM OrgUnit u", Long.class).getSingleResult();
    }
}
