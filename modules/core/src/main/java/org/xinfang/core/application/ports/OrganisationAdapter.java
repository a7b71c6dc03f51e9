package org.xinfang.core.application.ports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xinfang.api.port.Organisation;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;
import org.xinfang.core.domain.model.user.AppUserRepository;
import org.xinfang.core.domain.model.user.UnitRole;

/** The organisation tree and its role holders, read-only, for plugins. */
@ApplicationScoped
public class OrganisationAdapter implements Organisation {

    @Inject
    private OrgUnitRepository units;

    @Inject
    private AppUserRepository users;

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
        return users.rolesIn(unitId, role).stream().map(OrganisationAdapter::member).toList();
    }

    @Override
    @Transactional
    public List<Member> grantsOf(String username) {
        return users.rolesOf(username).stream().map(OrganisationAdapter::member).toList();
    }

    private static Unit unit(OrgUnit u) {
        return new Unit(u.getId(), u.getCode(), u.getName(), u.getShortName(), u.getAgencyType(), u.getPath(),
                u.getParent() == null ? null : u.getParent().getId());
    }

    private static Member member(UnitRole r) {
        return new Member(r.getUser().getUsername(), r.getUser().getDisplayName(), r.getRoleName(), r.getUnit().getId());
    }
}
