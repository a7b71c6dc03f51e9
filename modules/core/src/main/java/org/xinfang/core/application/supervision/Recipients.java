package org.xinfang.core.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.AppUserRepository;
import org.xinfang.core.domain.model.user.UnitRole;

/**
 * Who is told about a unit's matters: the people holding a role in that very unit (not above it),
 * a plugin's roles counted as the core role they act as (纪检 leader as leader).
 */
@ApplicationScoped
public class Recipients {

    @Inject
    private AppUserRepository users;

    @Inject
    private Procedures procedures;

    /** The enabled users of {@code unit} acting in one of {@code coreRoles} there, by user name. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> of(OrgUnit unit, Collection<String> coreRoles) {
        Set<String> names = new LinkedHashSet<>();
        for (UnitRole r : users.rolesIn(unit.getId(), null)) {
            if (r.getUser().isEnabled() && coreRoles.contains(procedures.actsAs(r.getRoleName()))) {
                names.add(r.getUser().getUsername());
            }
        }
        return names;
    }
}
