package org.xinfang.core.application.ledgers;

import static org.xinfang.core.domain.model.user.CoreRoles.CLERK;
import static org.xinfang.core.domain.model.user.CoreRoles.LEADER;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.CallerUnits;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;

/**
 * Who keeps a unit's ledgers and who reads them. A unit's clerks and leaders — holding the role in that
 * very unit, not above it — report for it and keep its screening ledger; anyone reads the ledgers of
 * the units they see, and nothing outside them.
 */
@ApplicationScoped
public class LedgerUnits {

    /** The roles that keep a unit's ledgers, as the core roles a plugin's roles act as. */
    static final Set<String> KEEPERS = Set.of(CLERK, LEADER);

    @Inject
    private OrgUnitRepository units;

    @Inject
    private Procedures procedures;

    /**
     * Refuses unless the caller is a clerk or leader of {@code unit} itself.
     *
     * @throws NotPermittedException naming the unit
     */
    public void requireKeeper(Caller caller, OrgUnit unit) {
        if (!keeps(caller, unit)) {
            throw new NotPermittedException(Messages.get(caller.locale(), "ledger.notKeeper", unit.getName()));
        }
    }

    public boolean keeps(Caller caller, OrgUnit unit) {
        return procedures.holdsIn(caller, unit, KEEPERS);
    }

    /** The units whose ledgers the caller keeps, in tree order. */
    @Transactional
    public List<OrgUnit> keptBy(Caller caller) {
        return caller.grants().stream().map(Caller.Grant::unitId).distinct()
                .map(id -> units.find(id).orElse(null))
                .filter(u -> u != null && keeps(caller, u))
                .sorted(CallerUnits.TREE_ORDER).toList();
    }
}
