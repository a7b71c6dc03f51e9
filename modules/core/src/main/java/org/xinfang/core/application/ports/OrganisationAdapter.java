package org.xinfang.core.application.ports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xinfang.api.port.Organisation;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;
import org.xinfang.core.domain.model.user.UnitRole;

/** The organisation tree and its role holders, read-only, for plugins. */
@ApplicationScoped
public class OrganisationAdapter implements Organisation {

    @Inject
    private OrgUnitRepository units;

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    @Transactional
    public Optional<Unit> unit(long unitId) {
        return units.find(unitId).map(OrganisationAdapter::unit);
    }

    @Override
    @Transactional
    public Optional<Unit> unitByCode(String code) {
        return units.findByCode(code).map(OrganisationAdapter::unit);
    }

    @Override
    @Transactional
    public List<Unit> children(long unitId) {
        return units.findAll().stream().filter(u -> u.getParent() != null && u.getParent().getId() == unitId)
                .sorted(Comparator.comparing(OrgUnit::getPath)).map(OrganisationAdapter::unit).toList();
    }

    @Override
    @Transactional
    public List<Unit> ofAgency(String agencyType) {
        return units.findAll().stream().filter(u -> agencyType.equals(u.getAgencyType()))
                .sorted(Comparator.comparing(OrgUnit::getPath)).map(OrganisationAdapter::unit).toList();
    }

    @Override
    @Transactional
    public List<Member> members(long unitId, String role) {
        TypedQuery<UnitRole> query = em.createQuery("SELECT r FROM UnitRole r JOIN FETCH r.user WHERE r.unit.id = :unit"
                + (role == null ? "" : " AND r.roleName = :role") + " ORDER BY r.user.username", UnitRole.class)
                .setParameter("unit", unitId);
        if (role != null) {
            query.setParameter("role", role);
        }
        return query.getResultStream().map(OrganisationAdapter::member).toList();
    }

    @Override
    @Transactional
    public List<Member> grantsOf(String username) {
        return em.createQuery("SELECT r FROM UnitRole r JOIN FETCH r.unit WHERE r.user.username = :name ORDER BY r.id", UnitRole.class)
                .setParameter("name", username).getResultStream().map(OrganisationAdapter::member).toList();
    }

    private static Unit unit(OrgUnit u) {
        return new Unit(u.getId(), u.getCode(), u.getName(), u.getShortName(), u.getAgencyType(), u.getPath(),
                u.getParent() == null ? null : u.getParent().getId());
    }

    private static Member member(UnitRole r) {
        return new Member(r.getUser().getUsername(), r.getUser().getDisplayName(), r.getRoleName(), r.getUnit().getId());
    }
}
